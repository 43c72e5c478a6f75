//! The docspec spec model, its loaders and the resolve pass that makes a validated
//! [`Api`]: everything between an API's published documents and the code
//! generator, with no code generation in it.
//!
//! 1. [`parse`]: spec text (JSON, a Markdown errors page, an OpenAPI
//!    document) → [`Spec`], reporting missing fields, wrong types and unknown
//!    fields with their line, column and JSON pointer;
//! 2. [`resolve`]: one pass that checks the cross-entry rules (duplicates,
//!    identifier collisions, status ranges, unknown references), every
//!    violation gathered, and works out each fact generation needs once;
//! 3. [`ir`]: what it makes, the owned [`Api`] that generation and the mock
//!    read, with no spans and no directives of the spec format.
//!
//! [`Input`] names what is loaded; [`Loaded`] is what loading gives: the IR,
//! the spec model it was resolved from (for `diff` and `import`), the
//! warnings and the files read.
//!
//! ```
//! let source = docspec_ir::SourceFile::new(
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
//! let loaded = docspec_ir::load_source(source).unwrap();
//! let code = &loaded.api.codes()[0];
//! assert_eq!((code.ident.as_str(), code.status.as_u16()), ("TokenExpired", 401));
//! assert_eq!(loaded.api.category(code.category).title, "Authentication");
//! ```
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod diag;
pub mod diff;
pub mod ident;
pub mod input;
pub mod ir;
mod json;
mod load;
pub mod model;
pub mod openapi;
pub mod parse;
pub mod resolve;
pub mod source;
pub mod write;

pub use diag::{Ctxt, Diagnostic, Diagnostics};
pub use input::{Input, InputFile};
pub use ir::Api;
pub use load::{
    Loaded, load_file, load_markdown_source, load_openapi, load_openapi_source,
    load_openapi_sources, load_source, validate,
};
pub use model::Spec;
pub use source::SourceFile;
