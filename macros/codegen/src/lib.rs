//! Rust code generation for API error and endpoint tables: a validated
//! [`Api`] in, Rust items out.
//!
//! This is the plain library behind the `docspec-macros` procedural macros;
//! tests, benchmarks and command-line tools call it directly. Loading and
//! checking live in `docspec-ir` (re-exported here); [`expand()`] turns the
//! [`Api`] it makes into Rust items, and [`generate`] runs the whole
//! pipeline in one call.
//!
//! ```
//! let source = docspec_codegen::SourceFile::new(
//!     "demo.json",
//!     r#"{
//!         "error_body": { "code": "/error/code", "message": "/error/message" },
//!         "categories": [{ "id": "auth", "title": "Authentication" }],
//!         "errors": [
//!             { "code": "TOKEN_EXPIRED", "status": 401, "category": "auth",
//!               "message": "The token has expired." }
//!         ]
//!     }"#,
//! );
//! let loaded = docspec_codegen::load_source(source).unwrap();
//! let code = docspec_codegen::expand(&loaded.api, &Default::default());
//! assert!(code.to_string().contains("TokenExpired"));
//! ```
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod derive;
pub mod expand;
pub mod fallback;

use proc_macro2::TokenStream;

pub use docspec_ir::{
    Api, Diagnostic, Diagnostics, Input, InputFile, Loaded, SourceFile, Spec, diag, diff, ident,
    ir, load_file, load_markdown_source, load_openapi, load_openapi_source, load_openapi_sources,
    load_source, model, openapi, parse, resolve, source, validate, write,
};
pub use expand::{ExpandOptions, expand, pretty};

/// Loads, validates and generates the Rust for `input`: the one entry that
/// the attribute, the CLI, the benchmarks and the tests share. Every file
/// read is added to `options.track_files`, so that editing one rebuilds.
pub fn generate(input: &Input, options: &ExpandOptions) -> Result<TokenStream, Diagnostics> {
    let loaded = input.load()?;
    let mut options = options.clone();
    options.track_files.extend(input.files_read(&loaded));
    options
        .warnings
        .extend(loaded.warnings.iter().map(ToString::to_string));
    Ok(expand(&loaded.api, &options))
}

/// [`generate`], pretty-printed as a Rust source file.
pub fn generate_file(input: &Input, options: &ExpandOptions) -> Result<String, Diagnostics> {
    let loaded = input.load()?;
    let mut options = options.clone();
    options
        .warnings
        .extend(loaded.warnings.iter().map(ToString::to_string));
    pretty(expand(&loaded.api, &options)).map_err(|e| {
        Diagnostics::from(Diagnostic::file(
            &input.main().display,
            format!("internal error: generated code does not parse: {e}"),
        ))
    })
}
