//! Spec loading, validation and Rust code generation for API error and
//! endpoint tables.
//!
//! This is the plain library behind the `docspec-macros` procedural macros;
//! tests, benchmarks and command-line tools call it directly. The pipeline has
//! three phases, each in its own module:
//!
//! 1. [`parse`]: spec text → [`Spec`], reporting missing fields, wrong types
//!    and unknown fields with their line, column and JSON pointer;
//! 2. [`check`]: cross-entry rules (duplicates, identifier collisions, status
//!    ranges, unknown references), every violation gathered;
//! 3. [`expand()`]: a validated [`Api`] → Rust items. Only the loaders make
//!    an [`Api`], after the checks pass, so raw parse output cannot reach
//!    generation; [`generate`] runs the three phases in one call.
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

pub mod check;
pub mod derive;
pub mod diag;
pub mod diff;
pub mod expand;
pub mod ident;
mod json;
pub mod model;
pub mod parse;
pub mod source;
pub mod valid;
pub mod write;

use std::path::Path;

use proc_macro2::TokenStream;
use std::sync::Arc;

pub use diag::{Diagnostic, Diagnostics};
pub use expand::{ExpandOptions, expand, pretty};
pub use model::Spec;
pub use source::SourceFile;
pub use valid::Api;

/// Parses and validates a JSON spec held in memory.
///
/// Shape problems and rule violations are reported together, sorted by
/// position, so one build shows every mistake. A spec that takes its errors
/// from a Markdown page (`errors_from`) needs [`load_file`], which can find
/// the page.
pub fn load_source(source: SourceFile) -> Result<Api, Diagnostics> {
    let (spec, mut diags) = parse::parse_json_partial(Arc::new(source));
    let Some(spec) = spec else {
        return Err(diags);
    };
    if let Some(from) = &spec.errors_from {
        diags.push(
            from.loc
                .error("`errors_from` needs the spec to be read from a file, to find the page"),
        );
    }
    finish(spec, diags)
}

/// Parses and validates a Markdown errors page held in memory, as a spec of
/// its own.
pub fn load_markdown_source(source: SourceFile) -> Result<Api, Diagnostics> {
    let (spec, diags) = parse::parse_markdown_spec(Arc::new(source));
    finish(spec, diags)
}

/// Checks parse output ([`parse::parse_json`], say): applies
/// `error_options`, runs every rule, and returns the validated [`Api`] or
/// every problem found, sorted. The loaders call it; so can a tool that times
/// the phases one by one.
pub fn validate(spec: Spec) -> Result<Api, Diagnostics> {
    finish(spec, Diagnostics::new())
}

/// Applies `error_options`, runs the checks, and returns the spec or every
/// problem found, sorted.
fn finish(mut spec: Spec, mut diags: Diagnostics) -> Result<Api, Diagnostics> {
    spec.reindex();
    apply_error_options(&mut spec, &mut diags);
    if let Err(more) = check::check(&spec) {
        diags.extend(more);
    }
    diags.sort();
    diags.finish(spec).and_then(Api::resolve)
}

fn apply_error_options(spec: &mut Spec, diags: &mut Diagnostics) {
    let options = std::mem::take(&mut spec.error_options);
    for o in &options {
        let Some(error) = spec
            .errors
            .iter_mut()
            .find(|e| e.code.value == o.code.value)
        else {
            let codes = spec.errors.iter().map(|e| e.code.as_str());
            diags.push(
                o.code
                    .loc
                    .error(format!(
                        "`error_options` names `{}`, which no error has",
                        o.code.value
                    ))
                    .with_suggestion(&o.code, codes),
            );
            continue;
        };
        if o.retryable.is_some() {
            error.retryable.clone_from(&o.retryable);
        }
        if o.unprocessed.is_some() {
            error.unprocessed.clone_from(&o.unprocessed);
        }
        if o.docs_url.is_some() {
            error.docs_url.clone_from(&o.docs_url);
        }
        if o.rust_name.is_some() {
            error.rust_name.clone_from(&o.rust_name);
        }
    }
    spec.error_options = options;
}

fn read_text(path: &Path, display_name: &str) -> Result<String, Diagnostics> {
    std::fs::read_to_string(path).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_owned(),
            std::io::ErrorKind::InvalidData => "the file is not UTF-8 text".to_owned(),
            _ => e.to_string(),
        };
        Diagnostic::file(display_name, format!("cannot read spec: {reason}")).into()
    })
}

/// Whether a file is a Markdown page (`.md`, `.mdx`, `.markdown`).
fn is_markdown(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        ["md", "mdx", "markdown"]
            .iter()
            .any(|m| e.eq_ignore_ascii_case(m))
    })
}

/// `relative` next to the file named `display_name`, with `/` separators.
fn sibling_display(display_name: &str, relative: &str) -> String {
    match display_name.rfind('/') {
        Some(i) => format!("{}/{relative}", &display_name[..i]),
        None => relative.to_owned(),
    }
}

/// Reads, parses and validates the spec at `path`, reporting it as
/// `display_name` (the path as the user wrote it). A `.md` file is read as
/// a Markdown errors page; a JSON spec's `errors_from` page is read too.
pub fn load_file(path: &Path, display_name: &str) -> Result<Api, Diagnostics> {
    let text = read_text(path, display_name)?;
    let source = SourceFile::new(display_name, text);
    if is_markdown(path) {
        let (spec, diags) = parse::parse_markdown_spec(Arc::new(source));
        return finish(spec, diags);
    }
    let (spec, mut diags) = parse::parse_json_partial(Arc::new(source));
    let Some(mut spec) = spec else {
        return Err(diags);
    };
    if let Some(from) = spec.errors_from.clone() {
        let page_path = path.parent().unwrap_or(Path::new("")).join(&from.value);
        let page_display = sibling_display(display_name, &from.value);
        match read_text(&page_path, &page_display) {
            Err(_) => diags.push(from.loc.error(format!(
                "cannot read the errors page `{page_display}`: no such file"
            ))),
            Ok(text) => {
                let page_source = Arc::new(SourceFile::new(page_display.clone(), text));
                let (page, page_diags) = parse::markdown::parse_markdown(page_source);
                diags.extend(page_diags);
                merge_page(&mut spec, page, &from, &mut diags);
                spec.extra_files
                    .push(std::path::absolute(&page_path).unwrap_or(page_path));
            }
        }
    }
    finish(spec, diags)
}

/// Puts a Markdown page's categories, errors and statuses before the JSON
/// spec's own, and takes the page's error body layout when the spec gives
/// none.
fn merge_page(
    spec: &mut Spec,
    page: parse::markdown::Page,
    from: &model::Spanned<String>,
    diags: &mut Diagnostics,
) {
    let mut categories = page.categories;
    categories.append(&mut spec.categories);
    spec.categories = categories;
    let mut errors = page.errors;
    errors.append(&mut spec.errors);
    spec.errors = errors;
    let mut statuses = page.statuses;
    statuses.append(&mut spec.statuses);
    spec.statuses = statuses;
    if spec.error_body.is_none() {
        spec.error_body = page.error_body;
        if spec.error_body.is_none() {
            diags.push(parse::missing_error_body(from.loc.error(format!(
                "the spec gives no `error_body`, and the errors page `{}` has no JSON example of an error response",
                from.value
            ))));
        }
    }
}

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
