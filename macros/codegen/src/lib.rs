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
//! let api = docspec_codegen::load_source(source).unwrap();
//! let code = docspec_codegen::expand(&api, &Default::default());
//! assert!(code.to_string().contains("TokenExpired"));
//! ```
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod derive;
pub mod expand;

use std::path::Path;

use proc_macro2::TokenStream;

pub use docspec_ir::{
    Api, Diagnostic, Diagnostics, SourceFile, Spec, check, diag, diff, ident, load_file,
    load_markdown_source, load_openapi, load_openapi_sources, load_source, model, openapi, parse,
    source, valid, validate, write,
};
pub use expand::{ExpandOptions, expand, pretty};

/// Loads, validates and generates the Rust for the spec at `path`, reported
/// as `display_name`: the one entry that the attribute, the CLI, the
/// benchmarks and the tests share. The spec file and any page it reads are
/// added to `options.track_files`, so that editing them rebuilds.
pub fn generate(
    path: &Path,
    display_name: &str,
    options: &ExpandOptions,
) -> Result<TokenStream, Diagnostics> {
    let api = load_file(path, display_name)?;
    let mut options = options.clone();
    options
        .track_files
        .push(std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
    options.track_files.extend(api.extra_files.iter().cloned());
    Ok(expand(&api, &options))
}

/// [`generate`] for an OpenAPI document and its errors page
/// ([`load_openapi`]); both files are tracked.
pub fn generate_openapi(
    openapi: (&Path, &str),
    errors: (&Path, &str),
    options: &ExpandOptions,
) -> Result<TokenStream, Diagnostics> {
    let api = load_openapi(openapi, errors)?;
    let mut options = options.clone();
    options.track_files.extend(api.extra_files.iter().cloned());
    Ok(expand(&api, &options))
}

/// [`generate`], pretty-printed.
pub fn generate_file(
    path: &Path,
    display_name: &str,
    options: &ExpandOptions,
) -> Result<String, Diagnostics> {
    let api = load_file(path, display_name)?;
    pretty(expand(&api, options)).map_err(|e| {
        Diagnostics::from(Diagnostic::file(
            display_name,
            format!("internal error: generated code does not parse: {e}"),
        ))
    })
}
