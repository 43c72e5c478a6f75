//! Loading: files and in-memory sources → a checked [`Api`].
//!
//! What is loaded is decided once, as an [`Input`](crate::Input): a spec in the docspec
//! format (JSON, which may name a Markdown errors page with `errors_from`
//! and an OpenAPI document with `endpoints_from`, or a Markdown errors page
//! alone), or an OpenAPI document with its errors page. The attribute, the
//! derive and the command line all load through it. Each file is read here
//! and merged into one [`Spec`], which the resolve pass then turns into the IR.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{self, Spec};
use crate::source::SourceFile;
use crate::{Api, openapi, parse, resolve};

/// What loading gives: the spec model as its files say it, the IR resolved
/// from it, the warnings, and the files read besides the input's own.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The spec model, merged from every file (what `diff` and `import`
    /// read).
    pub spec: Spec,
    /// The IR: what generation and the mock read.
    pub api: Api,
    /// What was read but degraded (an OpenAPI `oneOf` read as
    /// `serde_json::Value`, say): the build goes on, and says so.
    pub warnings: Vec<Diagnostic>,
    /// Files read besides the input's own (absolute paths): the pages and
    /// documents a spec names.
    pub files: Vec<PathBuf>,
}

/// Parses and validates a JSON spec held in memory.
///
/// Shape problems and rule violations are reported together, sorted by
/// position, so one build shows every mistake. A spec that takes its errors
/// from a Markdown page (`errors_from`) needs [`load_file`], which can find
/// the page.
pub fn load_source(source: SourceFile) -> Result<Loaded, Diagnostics> {
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
    if let Some(from) = &spec.endpoints_from {
        diags.push(
            from.loc.error(
                "`endpoints_from` needs the spec to be read from a file, to find the document",
            ),
        );
    }
    operations_need_a_document(&spec, &mut diags);
    finish(spec, diags)
}

/// `operations` add to an OpenAPI document's operations: without
/// `endpoints_from` they would apply to nothing.
fn operations_need_a_document(spec: &Spec, diags: &mut Diagnostics) {
    if spec.endpoints_from.is_none()
        && let Some(first) = spec.operations.first()
    {
        diags.push(first.operation_id.loc.error(
            "`operations` add to an OpenAPI document's operations; name the document with `endpoints_from`",
        ));
    }
}

/// Parses and validates a Markdown errors page held in memory, as a spec of
/// its own.
pub fn load_markdown_source(source: SourceFile) -> Result<Loaded, Diagnostics> {
    let (spec, diags) = parse::parse_markdown_spec(Arc::new(source));
    finish(spec, diags)
}

/// Resolves parse output ([`parse::parse_json`], say): applies
/// `error_options`, runs the resolve pass, and returns what loading gives
/// (the IR, [`Api`], with the spec model) or every problem found, sorted.
/// The loaders call it; so can a tool that times the phases one by one.
pub fn validate(spec: Spec) -> Result<Loaded, Diagnostics> {
    finish(spec, Diagnostics::new())
}

/// Applies `error_options`, runs the resolve pass, and returns what loading
/// gives or every problem found, sorted.
fn finish(mut spec: Spec, mut diags: Diagnostics) -> Result<Loaded, Diagnostics> {
    spec.reindex();
    apply_error_options(&mut spec, &mut diags);
    let api = resolve::resolve(&spec, diags)?;
    let warnings = std::mem::take(&mut spec.warnings);
    let files = std::mem::take(&mut spec.extra_files);
    Ok(Loaded {
        spec,
        api,
        warnings,
        files,
    })
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
/// a Markdown errors page; a JSON spec's `errors_from` page and
/// `endpoints_from` OpenAPI document are read too. An OpenAPI document
/// given alone is refused, as it has no error codes: see [`load_openapi`].
pub fn load_file(path: &Path, display_name: &str) -> Result<Loaded, Diagnostics> {
    let text = read_text(path, display_name)?;
    let source = SourceFile::new(display_name, text);
    if is_markdown(path) {
        let (spec, diags) = parse::parse_markdown_spec(Arc::new(source));
        return finish(spec, diags);
    }
    if openapi::is_openapi(source.text()) || openapi::is_yaml(display_name) {
        let (spec, diags) = openapi_alone(source);
        return finish(spec, diags);
    }
    let (spec, mut diags) = parse::parse_json_partial(Arc::new(source));
    let Some(mut spec) = spec else {
        return Err(diags);
    };
    let base = path.parent().unwrap_or(Path::new(""));
    if let Some(from) = spec.errors_from.clone() {
        let page = (
            base.join(&from.value),
            sibling_display(display_name, &from.value),
        );
        merge_errors_file(&mut spec, &page, &from, &mut diags);
    }
    if let Some(from) = spec.endpoints_from.clone() {
        let doc = (
            base.join(&from.value),
            sibling_display(display_name, &from.value),
        );
        merge_openapi_file(&mut spec, &doc, &from, &mut diags);
    }
    operations_need_a_document(&spec, &mut diags);
    finish(spec, diags)
}

/// Reads an OpenAPI document as the source of endpoints and models, with the
/// errors page (Markdown, or a JSON spec whose errors are taken) as the
/// source of error codes. The API's name, base URL and key scheme come from
/// the document; for what it cannot say (paging, the key's prefix, rate
/// limits), write a JSON spec with `endpoints_from` and `errors_from`.
/// Each file is given as its path and the name it is reported under.
pub fn load_openapi(openapi: (&Path, &str), errors: (&Path, &str)) -> Result<Loaded, Diagnostics> {
    let openapi_text = read_text(openapi.0, openapi.1)?;
    let errors_text = read_text(errors.0, errors.1)?;
    let (mut spec, diags) = openapi_spec(
        SourceFile::new(openapi.1, openapi_text),
        SourceFile::new(errors.1, errors_text),
    );
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    spec.extra_files = vec![absolute(errors.0), absolute(openapi.0)];
    finish(spec, diags)
}

/// [`load_openapi`] for documents held in memory. The errors source is read
/// as a Markdown page when its name ends in `.md`, `.mdx` or `.markdown`,
/// else as a JSON spec whose errors are taken.
pub fn load_openapi_sources(
    openapi: SourceFile,
    errors: SourceFile,
) -> Result<Loaded, Diagnostics> {
    let (spec, diags) = openapi_spec(openapi, errors);
    finish(spec, diags)
}

/// [`load_file`] for a published document (OpenAPI or Swagger, JSON or
/// YAML by its name) held in memory, alone: its error responses say what
/// it says of errors.
pub fn load_openapi_source(openapi: SourceFile) -> Result<Loaded, Diagnostics> {
    let (spec, diags) = openapi_alone(openapi);
    finish(spec, diags)
}

/// The spec of an OpenAPI document alone, before checking: its error
/// responses say what it says of errors.
fn openapi_alone(openapi: SourceFile) -> (Spec, Diagnostics) {
    let source = Arc::new(openapi);
    let mut spec = Spec::empty(model::Loc::new(source.clone(), 0, ""));
    let mut diags = Diagnostics::new();
    openapi::merge(&mut spec, source, &mut diags);
    if spec.name.is_empty() {
        spec.name = "API".to_owned();
    }
    (spec, diags)
}

/// The spec of an OpenAPI document and its errors source, before checking.
fn openapi_spec(openapi: SourceFile, errors: SourceFile) -> (Spec, Diagnostics) {
    let source = Arc::new(openapi);
    let mut spec = Spec::empty(model::Loc::new(source.clone(), 0, ""));
    let mut diags = Diagnostics::new();
    let markdown = is_markdown(Path::new(errors.name()));
    let from = model::Spanned::new(errors.name().to_owned(), spec.loc.clone());
    merge_errors_source(&mut spec, Arc::new(errors), markdown, &from, &mut diags);
    openapi::merge(&mut spec, source, &mut diags);
    if spec.name.is_empty() {
        spec.name = "API".to_owned();
    }
    (spec, diags)
}

/// Merges the errors file `page` (path, display name), named by `from`:
/// a Markdown page, or a JSON spec whose errors are taken.
fn merge_errors_file(
    spec: &mut Spec,
    page: &(std::path::PathBuf, String),
    from: &model::Spanned<String>,
    diags: &mut Diagnostics,
) {
    let (path, display) = page;
    let text = match read_text(path, display) {
        Ok(text) => text,
        Err(_) => {
            return diags.push(from.loc.error(format!(
                "cannot read the errors page `{display}`: no such file"
            )));
        }
    };
    let source = Arc::new(SourceFile::new(display.clone(), text));
    if merge_errors_source(spec, source, is_markdown(path), from, diags) {
        spec.extra_files
            .push(std::path::absolute(path).unwrap_or_else(|_| path.clone()));
    }
}

/// Merges an errors source: a Markdown page, or a JSON spec whose errors are
/// taken. Whether it could be read at all.
fn merge_errors_source(
    spec: &mut Spec,
    source: Arc<SourceFile>,
    markdown: bool,
    from: &model::Spanned<String>,
    diags: &mut Diagnostics,
) -> bool {
    let page = if markdown {
        let (page, page_diags) = parse::markdown::parse_markdown(source);
        diags.extend(page_diags);
        page
    } else {
        let (other, other_diags) = parse::parse_json_partial(source);
        diags.extend(other_diags);
        let Some(other) = other else { return false };
        unread_fields(spec, &other);
        spec.error_groups.extend(other.error_groups);
        spec.error_options.extend(other.error_options);
        if spec.success_data.is_none() {
            spec.success_data = other.success_data;
        }
        parse::markdown::Page {
            categories: other.categories,
            errors: other.errors,
            statuses: other.statuses,
            error_body: other.error_body,
            title: None,
        }
    };
    merge_page(spec, page, from, diags);
    true
}

/// A warning for what a JSON errors source gives that only the spec
/// naming it is read for: the source gives errors, not the API's setup.
fn unread_fields(spec: &mut Spec, other: &Spec) {
    let given = [
        ("auth", other.auth.is_some()),
        ("rate_limits", !other.rate_limits.is_empty()),
        ("api_key_prefix", other.api_key_prefix.is_some()),
        ("base_url", other.base_url.is_some()),
        (
            "pagination",
            other.pagination.page_param.is_some() || other.pagination.style.is_some(),
        ),
        ("models", !other.models.is_empty()),
        ("endpoints", !other.endpoints.is_empty()),
        ("errors_from", other.errors_from.is_some()),
        ("endpoints_from", other.endpoints_from.is_some()),
    ];
    let unread: Vec<String> = given
        .iter()
        .filter(|(_, present)| *present)
        .map(|(name, _)| format!("`{name}`"))
        .collect();
    if !unread.is_empty() {
        spec.warnings.push(other.loc.error(format!(
            "as an errors source, only its categories, errors, statuses, error body, groups, options and success body are read; {} are not",
            unread.join(", ")
        )));
    }
}

/// Merges the OpenAPI document `doc` (path, display name), named by `from`.
fn merge_openapi_file(
    spec: &mut Spec,
    doc: &(std::path::PathBuf, String),
    from: &model::Spanned<String>,
    diags: &mut Diagnostics,
) {
    let (path, display) = doc;
    match read_text(path, display) {
        Err(_) => diags.push(from.loc.error(format!(
            "cannot read the OpenAPI document `{display}`: no such file"
        ))),
        Ok(text) => {
            let source = Arc::new(SourceFile::new(display.clone(), text));
            openapi::merge(spec, source, diags);
            spec.extra_files
                .push(std::path::absolute(path).unwrap_or_else(|_| path.clone()));
        }
    }
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
    model::prepend(&mut spec.categories, page.categories);
    model::prepend(&mut spec.errors, page.errors);
    model::prepend(&mut spec.statuses, page.statuses);
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
