//! Cross-entry rules of a spec, as a list of small `check_*` functions.
//!
//! Each records every violation it finds; [`check`] runs them all so that a
//! spec author sees every problem at once. Generation only ever sees a spec
//! that passed.

mod auth;
mod endpoints;
pub mod enums;
pub(crate) mod paging;
mod query;
mod statuses;

use std::collections::HashMap;

use crate::diag::Diagnostics;
use crate::model::{Loc, Spanned, Spec};

/// Validates a parsed spec.
pub fn check(spec: &Spec) -> Result<(), Diagnostics> {
    let mut diags = Diagnostics::new();
    check_error_body(spec, &mut diags);
    check_categories(spec, &mut diags);
    check_codes_unique(spec, &mut diags);
    check_code_idents(spec, &mut diags);
    check_statuses(spec, &mut diags);
    statuses::check(spec, &mut diags);
    auth::check(spec, &mut diags);
    check_error_categories(spec, &mut diags);
    check_messages(spec, &mut diags);
    endpoints::check(spec, &mut diags);
    diags.sort();
    diags.finish(())
}

fn position(loc: &Loc) -> String {
    let p = loc.line_col();
    format!("line {}, column {} ({})", p.line, p.column, loc.pointer())
}

/// The decoder walks these pointers through object keys, so each must be a
/// non-empty JSON pointer, and the two must differ.
fn check_error_body(spec: &Spec, diags: &mut Diagnostics) {
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
pub(crate) fn check_pointer(p: &Spanned<String>, diags: &mut Diagnostics) {
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
fn check_categories(spec: &Spec, diags: &mut Diagnostics) {
    let mut by_id: HashMap<&str, &Loc> = HashMap::new();
    let mut by_ident: HashMap<String, (&str, &Loc)> = HashMap::new();
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
        match cat.ident() {
            Err(e) => diags.push(cat.id.loc.error(format!(
                "category `{}` cannot be a Rust name: {e}",
                cat.id.value
            ))),
            Ok(ident) => {
                if let Some((other, first)) = by_ident.get(&ident) {
                    diags.push(
                        cat.id
                            .loc
                            .error(format!(
                                "categories `{other}` and `{}` both become the Rust name `{ident}`",
                                cat.id.value
                            ))
                            .with_note(format!("`{other}` is defined at {}", position(first))),
                    );
                } else {
                    by_ident.insert(ident, (&cat.id, &cat.id.loc));
                }
            }
        }
        if cat.title.trim().is_empty() {
            diags.push(cat.title.loc.error("category title is empty"));
        }
    }
}

/// A code identifies an error on the wire; two entries for one code would
/// make decoding ambiguous.
fn check_codes_unique(spec: &Spec, diags: &mut Diagnostics) {
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

/// Every code becomes an `ErrorCode` variant: the name must be a valid Rust
/// identifier and no two codes may share one (`user.deleted` and
/// `USER_DELETED` both become `UserDeleted`).
fn check_code_idents(spec: &Spec, diags: &mut Diagnostics) {
    let mut seen: HashMap<String, (&str, &Loc)> = HashMap::new();
    let mut codes: HashMap<&str, ()> = HashMap::new();
    for e in &spec.errors {
        if codes.insert(&e.code, ()).is_some() {
            continue; // reported as a duplicate code
        }
        let loc = e.rust_name.as_ref().map_or(&e.code.loc, |n| &n.loc);
        match e.ident() {
            Err(err) => {
                let what = match &e.rust_name {
                    Some(n) => {
                        format!("`rust_name` `{}` is not a usable Rust name: {err}", n.value)
                    }
                    None => format!("code `{}` cannot become a Rust name: {err}", e.code.value),
                };
                diags.push(
                    loc.error(what)
                        .with_help("give the entry a `rust_name` in UpperCamelCase"),
                );
            }
            Ok(ident) => {
                if let Some((other, first)) = seen.get(&ident) {
                    diags.push(
                        loc.error(format!(
                            "codes `{other}` and `{}` both become the Rust name `{ident}`",
                            e.code.value
                        ))
                        .with_note(format!("`{other}` is defined at {}", position(first)))
                        .with_help("give one of them a `rust_name`"),
                    );
                } else {
                    seen.insert(ident, (&e.code, loc));
                }
            }
        }
    }
}

/// An error response's status must be a real HTTP status (100–599) and an
/// error one (400–599); anything else cannot come with an error body.
fn check_statuses(spec: &Spec, diags: &mut Diagnostics) {
    for e in &spec.errors {
        status_problem(&e.status, diags);
    }
}

/// Reports a status that cannot be an error response's.
pub(crate) fn status_problem(status: &Spanned<i64>, diags: &mut Diagnostics) {
    let s = status.value;
    if !(100..=599).contains(&s) {
        diags.push(
            status
                .loc
                .error(format!("status {s} is outside the HTTP range 100–599")),
        );
    } else if s < 400 {
        diags.push(
            status
                .loc
                .error(format!(
                    "status {s} is not an error status; error codes need 400–599"
                ))
                .with_help("errors are 4xx (client) or 5xx (server) responses"),
        );
    }
}

/// Every error names a category that the spec defines.
fn check_error_categories(spec: &Spec, diags: &mut Diagnostics) {
    for e in &spec.errors {
        unknown_category(spec, &e.category, diags);
    }
}

/// Reports a category id the spec does not define, with a "did you mean".
fn unknown_category(spec: &Spec, id: &Spanned<String>, diags: &mut Diagnostics) {
    if spec.category(id).is_some() {
        return;
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
}

/// Reports an error code the spec does not define, with a "did you mean".
fn unknown_code(spec: &Spec, code: &Spanned<String>, diags: &mut Diagnostics) {
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
fn check_messages(spec: &Spec, diags: &mut Diagnostics) {
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
