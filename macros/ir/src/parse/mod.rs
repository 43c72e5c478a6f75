//! JSON spec text → [`Spec`], reporting shape problems (missing fields, wrong
//! types, unknown fields). Cross-entry rules live in [`crate::resolve`].

mod endpoints;
pub mod markdown;

use std::sync::Arc;

use crate::diag::Diagnostics;
use jsonc_parser::ast::Value;

use crate::diag::Diagnostic;
use crate::json::{self, Field, ObjectReader, Reader};
use crate::model::{
    Auth, AuthScheme, Category, ErrorBody, ErrorDef, ErrorOptions, Origin, Spanned, Spec, StatusDef,
};
use crate::source::SourceFile;

const ROOT_FIELDS: &[&str] = &[
    "$schema",
    "name",
    "version",
    "base_url",
    "docs_url",
    "error_body",
    "categories",
    "errors",
    "statuses",
    "success_body",
    "error_groups",
    "pagination",
    "models",
    "endpoints",
    "api_key_prefix",
    "auth",
    "rate_limits",
    "errors_from",
    "error_options",
    "endpoints_from",
    "operations",
];
const OPTION_FIELDS: &[&str] = &["retryable", "unprocessed", "docs_url", "rust_name"];
const RATE_LIMIT_FIELDS: &[&str] = &["requests", "per_seconds", "description"];
const SUCCESS_BODY_FIELDS: &[&str] = &["data"];
const ERROR_BODY_FIELDS: &[&str] = &["code", "message"];
const AUTH_FIELDS: &[&str] = &["scheme", "name", "missing_key_code", "invalid_key_code"];
const STATUS_FIELDS: &[&str] = &["status", "category", "message"];
/// The `error_body` shorthand for RFC 9457 problem details.
pub const PROBLEM_DETAILS: &str = "problem_details";
const CATEGORY_FIELDS: &[&str] = &["id", "title", "description"];
const ERROR_FIELDS: &[&str] = &[
    "code",
    "status",
    "category",
    "message",
    "retryable",
    "unprocessed",
    "docs_url",
    "origin",
    "rust_name",
];

/// Reads a JSON spec. Every shape problem is reported; cross-entry rules are
/// left to [`crate::resolve`].
pub fn parse_json(source: Arc<SourceFile>) -> Result<Spec, Diagnostics> {
    let (spec, diags) = parse_json_partial(source);
    match spec {
        Some(spec) => diags.finish(spec),
        None => Err(diags),
    }
}

/// Reads as much of a JSON spec as its shape allows: entries with problems
/// are left out, every problem is returned, and whatever was read is returned
/// too so that cross-entry rules can still be checked in the same pass.
pub fn parse_json_partial(source: Arc<SourceFile>) -> (Option<Spec>, Diagnostics) {
    let value = match json::parse(&source) {
        Ok(v) => v,
        Err(d) => return (None, d),
    };
    let mut r = Reader::new(source.clone());
    let root = Field::root(&value);
    // Indexed once, by validation, after any merging.
    let spec = root
        .object(&mut r, ROOT_FIELDS)
        .map(|obj| read_spec(&mut r, &obj));
    (spec, r.diags)
}

fn read_spec(r: &mut Reader, obj: &ObjectReader<'_, '_>) -> Spec {
    let name = obj
        .opt_string(r, "name")
        .map_or_else(|| "API".to_owned(), |s| s.value);
    // `version` is informational only.
    let _ = obj.opt_string(r, "version");
    let base_url = obj.opt_string(r, "base_url").map(|s| s.value);
    let docs_url = obj.opt_string(r, "docs_url").map(|s| s.value);
    let api_key_prefix = obj.opt_string(r, "api_key_prefix").map(|s| s.value);
    let auth = obj.get("auth").and_then(|f| read_auth(r, &f));
    let rate_limits = endpoints::list(r, obj, "rate_limits", read_rate_limit);
    let error_body = read_error_body(r, obj);
    let errors_from = obj.opt_string(r, "errors_from");
    if obj.get("error_body").is_none() && errors_from.is_none() {
        r.report(missing_error_body(obj.loc(r).error(
            "the spec does not say where error responses carry the code and message",
        )));
    }
    let statuses = endpoints::list(r, obj, "statuses", read_status);
    let (categories, errors) = read_error_table(r, obj, errors_from.is_some());
    let success_data = obj
        .get("success_body")
        .and_then(|f| f.object(r, SUCCESS_BODY_FIELDS))
        .and_then(|body| body.req_string(r, "data"));
    let error_groups = endpoints::list(r, obj, "error_groups", endpoints::read_group);
    let pagination = endpoints::read_paging_convention(r, obj);
    let models = endpoints::list(r, obj, "models", endpoints::read_model);
    let endpoints = endpoints::list(r, obj, "endpoints", endpoints::read_endpoint);
    let endpoints_from = obj.opt_string(r, "endpoints_from");
    let operations = keyed(r, obj, "operations", endpoints::read_operation);
    let error_options = keyed(r, obj, "error_options", read_options);
    Spec {
        name,
        base_url,
        docs_url,
        api_key_prefix,
        auth,
        rate_limits,
        error_body,
        categories,
        errors,
        statuses,
        success_data,
        error_groups,
        pagination,
        models,
        endpoints,
        errors_from,
        error_options,
        endpoints_from,
        operations,
        extra_files: Vec::new(),
        warnings: Vec::new(),
        loc: obj.loc(r),
        index: Default::default(),
    }
}

/// `categories` and `errors`: required, unless a Markdown page
/// (`errors_from`) gives them and the JSON's own are extras.
fn read_error_table(
    r: &mut Reader,
    obj: &ObjectReader<'_, '_>,
    page: bool,
) -> (Vec<Category>, Vec<ErrorDef>) {
    let field = |r: &mut Reader, key: &str| match page {
        true => obj.get(key),
        false => obj.required(r, key),
    };
    let categories = field(r, "categories")
        .and_then(|f| f.array(r))
        .map(|items| items.iter().filter_map(|f| read_category(r, f)).collect())
        .unwrap_or_default();
    let errors = match field(r, "errors") {
        None => Vec::new(),
        Some(field) => match field.array(r) {
            None => Vec::new(),
            Some(items) if items.is_empty() && !page && obj.get("statuses").is_none() => {
                let d = field.loc(r).error("the spec defines no errors").with_help(
                    "add at least one entry to `errors` (or document statuses in `statuses`)",
                );
                r.report(d);
                Vec::new()
            }
            Some(items) => items.iter().filter_map(|f| read_error(r, f)).collect(),
        },
    };
    (categories, errors)
}

/// The entries of the object at `key`, each read by `read` with its key.
fn keyed<T>(
    r: &mut Reader,
    obj: &ObjectReader<'_, '_>,
    key: &str,
    mut read: impl FnMut(&mut Reader, Spanned<String>, &Field<'_, '_>) -> Option<T>,
) -> Vec<T> {
    obj.get(key)
        .and_then(|f| f.map(r))
        .map(|entries| {
            entries
                .into_iter()
                .filter_map(|(k, f)| read(r, k, &f))
                .collect()
        })
        .unwrap_or_default()
}

/// `error_body`: an object of two JSON pointers, or `"problem_details"`
/// (RFC 9457: the code in `type`, the message in `detail`). `None` when the
/// spec does not give it, or gives it wrong (reported here).
fn read_error_body(r: &mut Reader, root: &ObjectReader<'_, '_>) -> Option<ErrorBody> {
    let field = root.get("error_body")?;
    if let Value::StringLit(_) = field.value {
        let s = field.string(r)?;
        if s.value == PROBLEM_DETAILS {
            return Some(ErrorBody::problem_details(&s.loc));
        }
        r.report(
            s.loc
                .error(format!("unknown error body layout `{}`", s.value))
                .with_help(format!(
                    "write `\"{PROBLEM_DETAILS}\"` for RFC 9457 bodies, or an object of JSON pointers: \
                     {{\"code\": \"/error/code\", \"message\": \"/error/message\"}}"
                )),
        );
        return None;
    }
    let body = field.object(r, ERROR_BODY_FIELDS)?;
    let code = body.req_string(r, "code");
    let message = body.req_string(r, "message");
    Some(ErrorBody {
        code: code?,
        message: message?,
    })
}

/// Adds how to write `error_body` to the diagnostic that it is missing.
pub(crate) fn missing_error_body(d: Diagnostic) -> Diagnostic {
    d.with_help(format!(
        "add `\"error_body\": {{\"code\": \"/error/code\", \"message\": \"/error/message\"}}` \
         (JSON pointers into an error response), or `\"error_body\": \"{PROBLEM_DETAILS}\"` for \
         RFC 9457 problem details; a Markdown page can show a JSON example of an error response instead"
    ))
}

fn read_auth(r: &mut Reader, f: &Field<'_, '_>) -> Option<Auth> {
    let obj = f.object(r, AUTH_FIELDS)?;
    let scheme = match obj.opt_string(r, "scheme") {
        None => Spanned::new(AuthScheme::Bearer, obj.loc(r)),
        Some(s) => match AuthScheme::from_spelling(&s.value) {
            Some(scheme) => Spanned::new(scheme, s.loc),
            None => {
                r.report(
                    s.loc
                        .error(format!("unknown auth scheme `{}`", s.value))
                        .with_suggestion(&s.value, AuthScheme::SPELLINGS)
                        .with_note(format!("expected {}", json::list(&AuthScheme::SPELLINGS))),
                );
                return None;
            }
        },
    };
    Some(Auth {
        scheme,
        name: obj.opt_string(r, "name"),
        missing_key_code: obj.opt_string(r, "missing_key_code"),
        invalid_key_code: obj.opt_string(r, "invalid_key_code"),
        loc: obj.loc(r),
    })
}

fn read_status(r: &mut Reader, f: &Field<'_, '_>) -> Option<StatusDef> {
    let obj = f.object(r, STATUS_FIELDS)?;
    let status = obj.required(r, "status").and_then(|f| f.integer(r));
    let category = obj.req_string(r, "category");
    let message = obj.opt_string(r, "message");
    Some(StatusDef {
        status: status?,
        category: category?,
        message,
        loc: obj.loc(r),
    })
}

fn read_category(r: &mut Reader, f: &Field<'_, '_>) -> Option<Category> {
    let obj = f.object(r, CATEGORY_FIELDS)?;
    let id = obj.req_string(r, "id")?;
    // A category without a title is still a category: keeping it avoids a
    // second, misleading "unknown category" on every error that names it.
    let title = obj.req_string(r, "title").unwrap_or_else(|| id.clone());
    let description = obj.opt_string(r, "description").map(|s| s.value);
    Some(Category {
        id,
        title,
        description,
        loc: obj.loc(r),
    })
}

fn read_error(r: &mut Reader, f: &Field<'_, '_>) -> Option<ErrorDef> {
    let obj = f.object(r, ERROR_FIELDS)?;
    let code = obj.req_string(r, "code");
    let status = obj.required(r, "status").and_then(|f| f.integer(r));
    let category = obj.req_string(r, "category");
    let message = obj.opt_string(r, "message");
    let retryable = obj.opt_bool(r, "retryable");
    let unprocessed = obj.opt_bool(r, "unprocessed");
    let docs_url = obj.opt_string(r, "docs_url").map(|s| s.value);
    let rust_name = obj.opt_string(r, "rust_name");
    let origin = match obj.opt_string(r, "origin") {
        None => Origin::ErrorTable,
        Some(s) => match Origin::from_spelling(&s) {
            Some(o) => o,
            None => {
                let d = s
                    .loc
                    .error(format!("unknown origin `{}`", s.value))
                    .with_suggestion(&s.value, Origin::SPELLINGS)
                    .with_note(format!("expected {}", json::list(&Origin::SPELLINGS)));
                r.report(d);
                Origin::ErrorTable
            }
        },
    };
    Some(ErrorDef {
        code: code?,
        status: status?,
        category: category?,
        message,
        retryable,
        unprocessed,
        docs_url,
        origin,
        rust_name,
        loc: obj.loc(r),
    })
}

fn read_rate_limit(r: &mut Reader, f: &Field<'_, '_>) -> Option<(u32, u64)> {
    let obj = f.object(r, RATE_LIMIT_FIELDS)?;
    let requests = obj.required(r, "requests").and_then(|f| f.integer(r));
    let per = obj.required(r, "per_seconds").and_then(|f| f.integer(r));
    let _ = obj.opt_string(r, "description");
    let (requests, per) = (requests?, per?);
    match (u32::try_from(requests.value), u64::try_from(per.value)) {
        (Ok(n), Ok(p)) if n > 0 && p > 0 => Some((n, p)),
        _ => {
            r.report(
                obj.loc(r)
                    .error("a rate limit needs a positive `requests` and `per_seconds`"),
            );
            None
        }
    }
}

fn read_options(r: &mut Reader, code: Spanned<String>, f: &Field<'_, '_>) -> Option<ErrorOptions> {
    let obj = f.object(r, OPTION_FIELDS)?;
    Some(ErrorOptions {
        code,
        retryable: obj.opt_bool(r, "retryable"),
        unprocessed: obj.opt_bool(r, "unprocessed"),
        docs_url: obj.opt_string(r, "docs_url").map(|s| s.value),
        rust_name: obj.opt_string(r, "rust_name"),
    })
}

/// A spec made of a Markdown page alone: its sections and tables, its name
/// from its title, and its error body layout from its JSON example.
pub fn parse_markdown_spec(source: Arc<SourceFile>) -> (Spec, Diagnostics) {
    let (page, mut diags) = markdown::parse_markdown(source.clone());
    let r = Reader::new(source);
    let root = r.loc(0, "");
    if page.error_body.is_none() && !page.errors.is_empty() {
        diags.push(
            root.error("the page has no JSON example of an error response to read the error body layout from")
                .with_help(
                    "show one on the page in a ```json block (`{\"error\": {\"code\": \"…\", \"message\": \"…\"}}`), \
                     or read the page from a JSON spec with `errors_from` and give `error_body` there",
                ),
        );
    }
    let mut spec = Spec::empty(root);
    spec.name = page.title.unwrap_or_else(|| "API".to_owned());
    spec.error_body = page.error_body;
    spec.categories = page.categories;
    spec.errors = page.errors;
    spec.statuses = page.statuses;
    (spec, diags)
}
