//! Spec loading, validation and Rust code generation for API error and
//! endpoint tables.
//!
//! This is the plain library behind the `userplane-macros` procedural macros;
//! tests, benchmarks and command-line tools call it directly. The pipeline has
//! three phases, each in its own module:
//!
//! 1. [`parse`]: spec text → [`Spec`], reporting missing fields, wrong types
//!    and unknown fields with their line, column and JSON pointer;
//! 2. [`check`]: cross-entry rules (duplicates, identifier collisions, status
//!    ranges, unknown references), every violation gathered;
//! 3. [`expand()`]: a validated [`Spec`] → Rust items.
//!
//! ```
//! let source = userplane_codegen::SourceFile::new(
//!     "demo.json",
//!     r#"{
//!         "categories": [{ "id": "auth", "title": "Authentication" }],
//!         "errors": [
//!             { "code": "TOKEN_EXPIRED", "status": 401, "category": "auth",
//!               "message": "The token has expired." }
//!         ]
//!     }"#,
//! );
//! let spec = userplane_codegen::load_source(source).unwrap();
//! let code = userplane_codegen::expand(&spec, &Default::default());
//! assert!(code.to_string().contains("TokenExpired"));
//! ```
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod check;
pub mod derive;
pub mod diag;
pub mod expand;
pub mod ident;
mod json;
pub mod model;
pub mod parse;
pub mod source;

use std::path::Path;
use std::sync::Arc;

pub use diag::{Diagnostic, Diagnostics};
pub use expand::{ExpandOptions, expand, pretty};
pub use model::Spec;
pub use source::SourceFile;

/// Parses and validates a spec held in memory.
///
/// Shape problems and rule violations are reported together, sorted by
/// position, so one build shows every mistake.
pub fn load_source(source: SourceFile) -> Result<Spec, Diagnostics> {
    let (spec, mut diags) = parse::parse_json_partial(Arc::new(source));
    let Some(spec) = spec else {
        return Err(diags);
    };
    if let Err(more) = check::check(&spec) {
        diags.extend(more);
    }
    diags.sort();
    diags.finish(spec)
}

/// Reads, parses and validates the spec at `path`, reporting it as
/// `display_name` (the path as the user wrote it).
pub fn load_file(path: &Path, display_name: &str) -> Result<Spec, Diagnostics> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_owned(),
            std::io::ErrorKind::InvalidData => "the file is not UTF-8 text".to_owned(),
            _ => e.to_string(),
        };
        Diagnostic::file(display_name, format!("cannot read spec: {reason}"))
    })?;
    load_source(SourceFile::new(display_name, text))
}

/// Loads, validates and generates pretty-printed Rust for the spec at `path`.
pub fn generate_file(
    path: &Path,
    display_name: &str,
    options: &ExpandOptions,
) -> Result<String, Diagnostics> {
    let spec = load_file(path, display_name)?;
    pretty(expand(&spec, options)).map_err(|e| {
        Diagnostics::from(Diagnostic::file(
            display_name,
            format!("internal error: generated code does not parse: {e}"),
        ))
    })
}
