//! The derive's coverage of documented statuses (those without a code):
//! `#[api_error(status = 404)]`, or a category's, maps each; without an
//! `other` variant, every documented status in scope must be mapped, as
//! every code must.

use std::collections::HashMap;

use proc_macro2::Span;

use super::attrs::{Container, Mapped};
use crate::expand::reason;
use docspec_ir::Api;

/// Documented status (its position in the spec's) → variant.
pub(crate) struct Statuses {
    /// The positions of the documented statuses in scope.
    pub(crate) scope: Vec<usize>,
    /// Position → index of the variant that receives it.
    pub(crate) assigned: HashMap<usize, usize>,
}

/// The documented statuses in scope: all, an endpoint's, or a category's.
fn scope(api: &Api, container: &Container) -> Vec<usize> {
    let mut scope: Vec<usize> = (0..api.statuses().len()).collect();
    if let Some(e) = container
        .endpoint
        .as_ref()
        .and_then(|l| api.endpoint(&l.value()))
    {
        scope = e.statuses.iter().map(|s| s.index()).collect();
    }
    if let Some(c) = &container.category {
        scope.retain(|&i| api.category(api.statuses()[i].category).id == c.value());
    }
    scope
}

/// Maps each variant's `status = …` and `category = …`; a status not
/// documented, outside the scope or mapped twice is reported.
pub(crate) fn plan(
    api: &Api,
    container: &Container,
    variants: &[Mapped],
    other: bool,
    (enum_span, scope_name): (Span, &str),
    errors: &mut Vec<syn::Error>,
) -> Statuses {
    let scope = scope(api, container);
    let mut assigned: HashMap<usize, usize> = HashMap::new();
    let mut give = |position: usize, variant: usize, span: Span, errors: &mut Vec<syn::Error>| {
        if let Some(&first) = assigned.get(&position) {
            let status = api.statuses()[position].status.as_u16();
            errors.push(syn::Error::new(
                span,
                format!(
                    "status {status} is mapped twice: already to `{}`",
                    variants[first].ident
                ),
            ));
        } else {
            assigned.insert(position, variant);
        }
    };
    for (vi, v) in variants.iter().enumerate() {
        for lit in &v.statuses {
            let Ok(value) = lit.base10_parse::<u16>() else {
                errors.push(syn::Error::new(
                    lit.span(),
                    "a status is a number from 100 to 599",
                ));
                continue;
            };
            match api
                .statuses()
                .iter()
                .position(|s| s.status.as_u16() == value)
            {
                None => errors.push(syn::Error::new(lit.span(), not_documented(api, value))),
                Some(p) if !scope.contains(&p) => errors.push(syn::Error::new(
                    lit.span(),
                    format!("status {value} is not one of the documented statuses {scope_name}"),
                )),
                Some(p) => give(p, vi, lit.span(), errors),
            }
        }
        for lit in &v.categories {
            for &p in &scope {
                if api.category(api.statuses()[p].category).id == lit.value() {
                    give(p, vi, lit.span(), errors);
                }
            }
        }
    }
    if !other {
        report_missing(api, &scope, &assigned, (enum_span, scope_name), errors);
    }
    Statuses { scope, assigned }
}

/// Why `status` cannot be mapped: the spec does not document it without a
/// code; the documented ones are listed.
fn not_documented(api: &Api, status: u16) -> String {
    let documented: Vec<String> = api
        .statuses()
        .iter()
        .map(|s| s.status.as_u16().to_string())
        .collect();
    if documented.is_empty() {
        format!("the spec documents no status without a code, so not {status}")
    } else {
        format!(
            "the spec does not document status {status} without a code; it documents {}",
            documented.join(", ")
        )
    }
}

/// Without an `other` variant, every documented status in scope is mapped:
/// the error names each that is not.
fn report_missing(
    api: &Api,
    scope: &[usize],
    assigned: &HashMap<usize, usize>,
    (enum_span, scope_name): (Span, &str),
    errors: &mut Vec<syn::Error>,
) {
    let missing: Vec<String> = scope
        .iter()
        .filter(|p| !assigned.contains_key(p))
        .map(|&p| {
            let s = &api.statuses()[p];
            let code = s.status.as_u16();
            let message = s
                .message
                .as_deref()
                .map_or(String::new(), |m| format!(": {m}"));
            format!("  - {code} {}{message}", reason(code))
        })
        .collect();
    if missing.is_empty() {
        return;
    }
    let (noun, verb) = if missing.len() == 1 {
        ("status", "is")
    } else {
        ("statuses", "are")
    };
    errors.push(syn::Error::new(
        enum_span,
        format!(
            "{} documented {noun} {scope_name} {verb} not mapped to a variant:\n{}\n  = help: map them with `#[api_error(status = …)]` or `category = \"…\"`, or opt out of full coverage with a `#[api_error(other)]` variant",
            missing.len(),
            missing.join("\n")
        ),
    ));
}
