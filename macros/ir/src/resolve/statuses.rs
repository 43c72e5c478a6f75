//! Rules for documented statuses (rows with a status and no code) and the
//! endpoints that list them.

use std::collections::HashMap;

use http::StatusCode;

use super::shared::position;
use crate::diag::Ctxt;
use crate::model::{Loc, Spanned, Spec};

/// Each documented status's status and category, reporting what cannot
/// resolve; and the statuses endpoints list must be documented ones.
pub(super) fn documented(
    spec: &Spec,
    error_idents: Option<&[String]>,
    diags: &mut Ctxt,
) -> Option<Vec<(StatusCode, usize)>> {
    // Without the codes' names (one is not a Rust name, and reported), no
    // status can collide with them.
    let code_idents: HashMap<&str, &str> = error_idents
        .map(|idents| {
            idents
                .iter()
                .zip(&spec.errors)
                .map(|(ident, e)| (ident.as_str(), e.code.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let mut seen: HashMap<i64, &Loc> = HashMap::new();
    let mut resolved = Vec::with_capacity(spec.statuses.len());
    for s in &spec.statuses {
        let status = super::shared::error_status(&s.status, diags);
        let category = super::shared::category_position(spec, &s.category, diags);
        resolved.push(status.zip(category));
        if let Some(first) = seen.insert(s.status.value, &s.status.loc) {
            diags.push(
                s.status
                    .loc
                    .error(format!("status {} is documented twice", s.status.value))
                    .with_note(format!("first at {}", position(first))),
            );
        }
        let ident = s.ident();
        if let Some(code) = code_idents.get(ident.as_str()) {
            diags.push(
                s.status
                    .loc
                    .error(format!(
                        "documented status {} and code `{code}` both become the Rust name `{ident}`",
                        s.status.value
                    ))
                    .with_help("give the code a `rust_name`"),
            );
        }
    }
    for e in &spec.endpoints {
        for listed in &e.statuses {
            if !spec.statuses.iter().any(|s| s.status.value == listed.value) {
                diags.push(undocumented(spec, listed));
            }
        }
    }
    resolved.into_iter().collect()
}

fn undocumented(spec: &Spec, listed: &Spanned<i64>) -> crate::diag::Diagnostic {
    let documented: Vec<String> = spec
        .statuses
        .iter()
        .map(|s| s.status.value.to_string())
        .collect();
    let d = listed.loc.error(format!(
        "status {} is not a documented status of the spec",
        listed.value
    ));
    if documented.is_empty() {
        d.with_help("document it in `statuses` (or as a table row without a code)")
    } else {
        d.with_note(format!(
            "the documented statuses are {}",
            documented.join(", ")
        ))
    }
}
