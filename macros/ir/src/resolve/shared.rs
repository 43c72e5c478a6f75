//! Small pieces the rules of the pass share: where an entry is, and the
//! lookups that report what they cannot find.

use crate::diag::Ctxt;
use crate::model::{Loc, Spanned, Spec};

pub(super) fn position(loc: &Loc) -> String {
    let p = loc.line_col();
    format!("line {}, column {} ({})", p.line, p.column, loc.pointer())
}

/// A pointer the decoders walk through object keys: `/` and at least one
/// key (`error.code` suggests `/error/code`).
pub(super) fn check_pointer(p: &Spanned<String>, diags: &mut Ctxt) {
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

/// An error response's status must be a real HTTP status (100–599) and an
/// error one (400–599); anything else cannot come with an error body.
pub(super) fn error_status(status: &Spanned<i64>, diags: &mut Ctxt) -> Option<http::StatusCode> {
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
pub(super) fn category_position(
    spec: &Spec,
    id: &Spanned<String>,
    diags: &mut Ctxt,
) -> Option<usize> {
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
pub(super) fn unknown_code(spec: &Spec, code: &Spanned<String>, diags: &mut Ctxt) {
    if spec.error(code).is_none() {
        diags.push(
            code.loc
                .error(format!("unknown error code `{}`", code.value))
                .with_suggestion(code, spec.errors.iter().map(|e| e.code.as_str())),
        );
    }
}
