//! The resolve pass: a loaded [`Spec`] in, a validated [`Api`] out, or
//! every problem found.
//!
//! One pass does both jobs a checker and a resolver would: each fact
//! generation needs (a Rust name, a status, a category, an endpoint's error
//! set, its paging) is worked out once, where the rule about it is checked,
//! and kept. The rules that only refuse (duplicates, empty messages, auth)
//! are small `check_*` functions, each with a comment saying why. A spec
//! that fails any rule never becomes an [`Api`].

mod auth;
mod endpoints;
mod enums;
mod lower;
mod names;
mod paging;
mod query;
mod statuses;

use std::collections::HashMap;

use crate::diag::{Ctxt, Diagnostics};
use crate::ir::Api;
use crate::model::{Loc, Spanned, Spec};

/// Resolves a loaded spec: runs every rule and works out every fact
/// generation needs, in one pass. `loaded` holds the problems found while
/// reading the spec's files; they come back with the pass's own, sorted by
/// place.
pub fn resolve(spec: &Spec, loaded: Diagnostics) -> Result<Api, Diagnostics> {
    // A missing error body layout is reported by the reader that missed it,
    // in the words of its format; a spec built by hand gets this one.
    let report_missing_body = loaded.is_empty();
    let mut diags = Ctxt::new(loaded);
    check_error_body(spec, &mut diags);
    check_categories(spec, &mut diags);
    check_codes_unique(spec, &mut diags);
    let names = names::all(spec, &mut diags);
    let errors = error_facts(spec, &mut diags);
    let statuses = statuses::documented(spec, names.as_ref(), &mut diags);
    auth::check(spec, &mut diags);
    check_messages(spec, &mut diags);
    endpoints::check(spec, names.as_ref(), &mut diags);
    let methods: Vec<Option<http::Method>> = spec
        .endpoints
        .iter()
        .map(|e| {
            http::Method::from_bytes(e.method.as_bytes())
                .map_err(|_| diags.push(e.method.loc.error("not an HTTP method")))
                .ok()
        })
        .collect();
    let paging: Vec<_> = spec
        .endpoints
        .iter()
        .map(|e| paging::of(spec, e).map_err(|problems| diags.extend(problems)))
        .collect();
    let error_body = spec.error_body.clone();
    if error_body.is_none() && report_missing_body {
        diags.push(crate::parse::missing_error_body(spec.loc.error(
            "the spec does not say where error responses carry the code and message",
        )));
    }
    let parts = (|| {
        Some(lower::Parts {
            names: names?,
            errors: errors?,
            statuses: statuses?,
            methods: methods.into_iter().collect::<Option<_>>()?,
            paging: paging.into_iter().collect::<Result<_, _>>().ok()?,
            error_body: error_body?,
        })
    })();
    let api = match (diags.is_empty(), parts.map(|parts| lower::api(spec, parts))) {
        (true, Some(Ok(api))) => Some(api),
        (true, Some(Err(internal))) => {
            diags.push(*internal);
            None
        }
        (true, None) => {
            diags.push(internal(spec));
            None
        }
        (false, _) => None,
    };
    // `finish` gives the problems when there are any, and then `api` is
    // `None`; without problems it is always `Some`.
    diags
        .finish(api)
        .and_then(|api| api.ok_or_else(|| internal(spec).into()))
}

/// A problem no rule reported, though a fact could not be worked out.
fn internal(spec: &Spec) -> crate::diag::Diagnostic {
    spec.loc
        .error("internal error: a name could not be resolved, and no rule said why")
}

/// Each error's status and category, reporting a status that cannot be an
/// error response's and a category the spec does not define.
fn error_facts(spec: &Spec, diags: &mut Ctxt) -> Option<Vec<(http::StatusCode, usize)>> {
    // Every error is looked at, so that every problem is reported.
    let resolved: Vec<Option<(http::StatusCode, usize)>> = spec
        .errors
        .iter()
        .map(|e| {
            let status = error_status(&e.status, diags);
            let category = category_position(spec, &e.category, diags);
            status.zip(category)
        })
        .collect();
    resolved.into_iter().collect()
}

fn position(loc: &Loc) -> String {
    let p = loc.line_col();
    format!("line {}, column {} ({})", p.line, p.column, loc.pointer())
}

/// The decoder walks these pointers through object keys, so each must be a
/// non-empty JSON pointer, and the two must differ.
fn check_error_body(spec: &Spec, diags: &mut Ctxt) {
    // A missing layout is reported where the spec is read.
    let Some(body) = &spec.error_body else {
        return;
    };
    check_pointer(&body.code, diags);
    check_pointer(&body.message, diags);
    if body.code.value == body.message.value {
        diags.push(
            body.message
                .loc
                .error("the message pointer is the same as the code pointer"),
        );
    }
}

/// A pointer the decoders walk through object keys: `/` and at least one
/// key (`error.code` suggests `/error/code`).
pub(crate) fn check_pointer(p: &Spanned<String>, diags: &mut Ctxt) {
    if !p.value.starts_with('/') || p.value.len() < 2 {
        diags.push(
            p.loc
                .error(format!("`{}` is not a JSON pointer to a field", p.value))
                .with_help(format!(
                    "write it as a JSON pointer, e.g. `/{}`",
                    p.value.trim_start_matches('/').replace('.', "/")
                )),
        );
    }
}

/// Category ids are referenced by errors and become `Category` variants, so
/// they must be unique both as written and as Rust names.
fn check_categories(spec: &Spec, diags: &mut Ctxt) {
    let mut by_id: HashMap<&str, &Loc> = HashMap::new();
    for cat in &spec.categories {
        if let Some(first) = by_id.insert(&cat.id, &cat.id.loc) {
            diags.push(
                cat.id
                    .loc
                    .error(format!("duplicate category `{}`", cat.id.value))
                    .with_note(format!("first defined at {}", position(first))),
            );
            continue;
        }
        if cat.title.trim().is_empty() {
            diags.push(cat.title.loc.error("category title is empty"));
        }
    }
}

/// A code identifies an error on the wire; two entries for one code would
/// make decoding ambiguous.
fn check_codes_unique(spec: &Spec, diags: &mut Ctxt) {
    let mut seen: HashMap<&str, &Loc> = HashMap::new();
    for e in &spec.errors {
        if let Some(first) = seen.insert(&e.code, &e.code.loc) {
            diags.push(
                e.code
                    .loc
                    .error(format!("duplicate error code `{}`", e.code.value))
                    .with_note(format!("first defined at {}", position(first))),
            );
        }
    }
}

/// An error response's status must be a real HTTP status (100–599) and an
/// error one (400–599); anything else cannot come with an error body.
pub(crate) fn error_status(status: &Spanned<i64>, diags: &mut Ctxt) -> Option<http::StatusCode> {
    let s = status.value;
    if !(100..=599).contains(&s) {
        diags.push(
            status
                .loc
                .error(format!("status {s} is outside the HTTP range 100–599")),
        );
        return None;
    }
    if s < 400 {
        diags.push(
            status
                .loc
                .error(format!(
                    "status {s} is not an error status; error codes need 400–599"
                ))
                .with_help("errors are 4xx (client) or 5xx (server) responses"),
        );
        return None;
    }
    u16::try_from(s)
        .ok()
        .and_then(|s| http::StatusCode::from_u16(s).ok())
}

/// The position of the category `id` names, or a report of an id the spec
/// does not define, with a "did you mean".
fn category_position(spec: &Spec, id: &Spanned<String>, diags: &mut Ctxt) -> Option<usize> {
    if let Some(position) = spec.category_position(id) {
        return Some(position);
    }
    let ids: Vec<&str> = spec.categories.iter().map(|c| c.id.as_str()).collect();
    let mut d = id
        .loc
        .error(format!("unknown category `{}`", id.value))
        .with_suggestion(id, ids.iter().copied());
    if d.help.is_none() && !ids.is_empty() {
        d = d.with_note(format!("the categories are {}", crate::json::list(&ids)));
    }
    diags.push(d);
    None
}

/// Reports an error code the spec does not define, with a "did you mean".
fn unknown_code(spec: &Spec, code: &Spanned<String>, diags: &mut Ctxt) {
    if spec.error(code).is_none() {
        diags.push(
            code.loc
                .error(format!("unknown error code `{}`", code.value))
                .with_suggestion(code, spec.errors.iter().map(|e| e.code.as_str())),
        );
    }
}

/// The documented message is what users see in docs and logs; an empty one
/// is a copy mistake.
fn check_messages(spec: &Spec, diags: &mut Ctxt) {
    for e in &spec.errors {
        if let Some(m) = e.message.as_ref().filter(|m| m.trim().is_empty()) {
            diags.push(m.loc.error(format!(
                "error `{}` has an empty message; leave `message` out when the docs give none",
                e.code.value
            )));
        }
        if e.code.trim().is_empty() {
            diags.push(e.code.loc.error("error code is empty"));
        }
    }
}
