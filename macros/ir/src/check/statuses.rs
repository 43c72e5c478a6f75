//! Rules for documented statuses (rows with a status and no code) and the
//! endpoints that list them.

use std::collections::HashMap;

use super::position;
use crate::diag::Diagnostics;
use crate::model::{Loc, Spanned, Spec};

pub(super) fn check(spec: &Spec, diags: &mut Diagnostics) {
    let code_idents: HashMap<String, &str> = spec
        .errors
        .iter()
        .filter_map(|e| Some((e.ident().ok()?, e.code.as_str())))
        .collect();
    let mut seen: HashMap<i64, &Loc> = HashMap::new();
    for s in &spec.statuses {
        super::status_problem(&s.status, diags);
        super::unknown_category(spec, &s.category, diags);
        if let Some(first) = seen.insert(s.status.value, &s.status.loc) {
            diags.push(
                s.status
                    .loc
                    .error(format!("status {} is documented twice", s.status.value))
                    .with_note(format!("first at {}", position(first))),
            );
        }
        let ident = s.ident();
        if let Some(code) = code_idents.get(&ident) {
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
