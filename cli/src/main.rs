//! `docspec`: everything a maintainer does with an API spec file.
//!
//! ```text
//! docspec check SPEC…        validate; file:line:col diagnostics; exit 1 on error
//! docspec expand SPEC        print the generated Rust
//! docspec diff OLD NEW       what changed, and what breaks; exit 1 if anything breaks
//! docspec import PAGE.md     write the JSON spec for a Markdown errors page
//! docspec mock SPEC          serve the spec-driven mock API until interrupted
//! ```
//!
//! `check`, `expand`, `diff` and `mock` also read an OpenAPI document (3.0 or
//! 3.1) in place of a spec, with its errors page: `--errors errors.md`.

mod commands;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Check, expand, diff and import API spec files, and serve them as a mock.
#[derive(Parser, Debug)]
#[command(name = "docspec", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Read each SPEC as an OpenAPI document (3.0 or 3.1, JSON or YAML), with this
    /// errors page (Markdown, or a JSON spec) as the source of its error
    /// codes.
    #[arg(long, global = true, value_name = "PAGE")]
    errors: Option<PathBuf>,
}

/// Output formats of `diff`.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum Format {
    /// One line per change, for people.
    Text,
    /// A JSON document, for tools.
    Json,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Validate specs (JSON, or Markdown errors pages). Prints every problem as
    /// `file:line:col: /json/pointer: message`; exits 1 if any spec has one.
    Check {
        /// Spec files to check.
        #[arg(required = true)]
        specs: Vec<PathBuf>,
    },
    /// Print the Rust the `docspec::api` macro generates for a spec.
    Expand {
        /// The spec file.
        spec: PathBuf,
        /// The path of the runtime crate in the generated code.
        #[arg(long = "crate", default_value = "::docspec")]
        runtime: String,
    },
    /// Compare two versions of a spec: codes, categories and endpoints added,
    /// removed or changed, each marked breaking when code that matches
    /// exhaustively or uses `FromApiError` may stop compiling.
    ///
    /// Exit status: 0 when nothing breaks, 1 when something does, 2 when a
    /// spec does not load.
    Diff {
        /// The old spec.
        old: PathBuf,
        /// The new spec.
        new: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Write the JSON spec (categories and errors) for a Markdown errors page:
    /// `##` sections with tables of error code, status and message.
    Import {
        /// The Markdown page.
        page: PathBuf,
        /// Where to write the JSON (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Serve a spec as a mock API on 127.0.0.1 until interrupted (Ctrl-C).
    ///
    /// Every endpoint answers with examples of its response model. Send
    /// `x-mock-error: CODE` to get any error of the spec.
    Mock {
        /// The spec file.
        spec: PathBuf,
        /// The port (default: any free port).
        #[arg(long, default_value_t = 0)]
        port: u16,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let errors = cli.errors.as_deref();
    match cli.command {
        Command::Check { specs } => commands::check(&specs, errors),
        Command::Expand { spec, runtime } => commands::expand(&spec, errors, &runtime),
        Command::Diff { old, new, format } => {
            commands::diff(&old, &new, errors, matches!(format, Format::Json))
        }
        Command::Import { .. } if errors.is_some() => {
            eprintln!(
                "error: `import` reads a Markdown errors page; `--errors` is for OpenAPI documents"
            );
            ExitCode::from(2)
        }
        Command::Import { page, output } => commands::import(&page, output.as_deref()),
        Command::Mock { spec, port } => commands::mock(&spec, errors, port),
    }
}
