//! Checking that a `FromApiError` enum maps every code in scope exactly once.

use std::collections::HashMap;

use proc_macro2::Span;
use syn::LitStr;

use super::attrs::{Container, Mapped};
use crate::expand::reason;
use docspec_ir::Api;
use docspec_ir::diag::did_you_mean;
use docspec_ir::ir::Endpoint;

/// Which variant receives what.
pub(crate) struct Plan<'s> {
    /// The spec.
    pub(crate) api: &'s Api,
    /// The codes that must be covered, as positions in the spec's errors,
    /// in spec order.
    pub(crate) scope: Vec<usize>,
    /// Code → index of the variant that receives it.
    pub(crate) assigned: HashMap<String, usize>,
    /// The catch-all for codes in scope that no variant maps.
    pub(crate) other: Option<usize>,
    /// The variant for codes outside the scope or the spec.
    pub(crate) unknown: Option<usize>,
    /// The variant for failures that are not API errors.
    pub(crate) transport: Option<usize>,
    /// Endpoints whose error types convert into the enum.
    pub(crate) endpoints: Vec<&'s Endpoint>,
    /// Which variant receives each documented status.
    pub(crate) statuses: super::statuses::Statuses,
}

impl Plan<'_> {
    /// The variant receiving codes the plan does not map one by one.
    pub(crate) fn fallback(&self) -> Option<usize> {
        self.unknown.or(self.other)
    }
}

fn suggest(lit: &LitStr, message: String, candidates: Vec<&str>) -> syn::Error {
    let value = lit.value();
    let message = match did_you_mean(&value, candidates) {
        Some(near) => format!("{message}\n  = help: did you mean `{near}`?"),
        None => message,
    };
    syn::Error::new(lit.span(), message)
}

fn single(
    variants: &[Mapped],
    pick: impl Fn(&Mapped) -> Option<Span>,
    what: &str,
    errors: &mut Vec<syn::Error>,
) -> Option<usize> {
    let mut found: Option<usize> = None;
    for (i, v) in variants.iter().enumerate() {
        if let Some(span) = pick(v) {
            match found {
                None => found = Some(i),
                Some(first) => {
                    errors.push(syn::Error::new(
                        span,
                        format!("only one variant can be `{what}`"),
                    ));
                    errors.push(syn::Error::new(
                        variants[first].ident.span(),
                        format!("`{}` is already `{what}`", variants[first].ident),
                    ));
                }
            }
        }
    }
    found
}

/// Builds the plan; every problem goes to `errors`.
pub(crate) fn plan<'s>(
    api: &'s Api,
    container: &Container,
    variants: &[Mapped],
    enum_span: Span,
    errors: &mut Vec<syn::Error>,
) -> Plan<'s> {
    let (scope, endpoints) = scope(api, container, errors);
    let scope_name = match (&container.endpoint, &container.category) {
        (Some(e), _) => format!("of endpoint `{}`", e.value()),
        (_, Some(c)) => format!("of category `{}`", c.value()),
        _ => "of the spec".to_owned(),
    };
    let other = single(variants, |v| v.other, "other", errors);
    let unknown = single(variants, |v| v.unknown, "unknown", errors);
    let transport = single(variants, |v| v.transport, "transport", errors);
    let in_scope = Scope {
        api,
        codes: &scope,
        name: &scope_name,
    };
    let assigned = assign(&in_scope, variants, errors);
    if other.is_none() {
        report_missing(&in_scope, &assigned, enum_span, errors);
    }
    let statuses = super::statuses::plan(
        api,
        container,
        variants,
        other.is_some(),
        (enum_span, &scope_name),
        errors,
    );
    if other.is_none() && unknown.is_none() {
        errors.push(syn::Error::new(
            enum_span,
            "no variant receives codes the spec does not know (or that are outside the scope); mark one `#[api_error(unknown)]`, or `#[api_error(other)]`",
        ));
    }
    Plan {
        api,
        scope,
        assigned,
        other,
        unknown,
        transport,
        endpoints,
        statuses,
    }
}

/// The codes in scope (as positions in the spec's codes) and the endpoints
/// whose errors convert: all of them, or the container's endpoint, narrowed
/// to its category.
fn scope<'s>(
    api: &'s Api,
    container: &Container,
    errors: &mut Vec<syn::Error>,
) -> (Vec<usize>, Vec<&'s Endpoint>) {
    let mut scope: Vec<usize> = (0..api.codes().len()).collect();
    let mut endpoints: Vec<&'s Endpoint> = api.endpoints.iter().collect();
    if let Some(lit) = &container.endpoint {
        match api.endpoint(&lit.value()) {
            Some(e) => {
                scope = e.codes.iter().map(|c| c.code.index()).collect();
                endpoints = vec![e];
            }
            None => {
                let ids = api.endpoints.iter().map(|e| e.id.as_str()).collect();
                errors.push(suggest(
                    lit,
                    format!("the spec has no endpoint `{}`", lit.value()),
                    ids,
                ));
                scope.clear();
            }
        }
    }
    if let Some(lit) = &container.category {
        if has_category(api, &lit.value()) {
            scope.retain(|&i| category_of(api, i) == lit.value());
        } else {
            let ids = api.categories().iter().map(|c| c.id.as_str()).collect();
            errors.push(suggest(
                lit,
                format!("the spec has no category `{}`", lit.value()),
                ids,
            ));
            scope.clear();
        }
    }
    (scope, endpoints)
}

/// Whether the spec has a category with this id.
fn has_category(api: &Api, id: &str) -> bool {
    api.categories().iter().any(|c| c.id == id)
}

/// The category id of the code at `position`.
fn category_of(api: &Api, position: usize) -> &str {
    api.category(api.codes()[position].category).id.as_str()
}

/// The codes a plan must cover, and how messages name them.
struct Scope<'a> {
    api: &'a Api,
    /// Positions in the spec's codes.
    codes: &'a [usize],
    /// `of endpoint `get_link``, `of the spec`.
    name: &'a str,
}

impl Scope<'_> {
    fn contains(&self, code: &str) -> bool {
        self.codes.iter().any(|&i| self.api.codes()[i].code == code)
    }
}

/// Code → variant, from each variant's `code = …` and `category = …`; a
/// code mapped twice, outside the scope or unknown is reported.
fn assign(
    scope: &Scope<'_>,
    variants: &[Mapped],
    errors: &mut Vec<syn::Error>,
) -> HashMap<String, usize> {
    let api = scope.api;
    let mut map = Assignments::default();
    for (i, v) in variants.iter().enumerate() {
        for lit in &v.codes {
            let code = lit.value();
            if api.find_code(&code).is_none() {
                let codes = api.codes().iter().map(|e| e.code.as_str()).collect();
                errors.push(suggest(
                    lit,
                    format!("the spec has no error code `{code}`"),
                    codes,
                ));
            } else if !scope.contains(&code) {
                errors.push(syn::Error::new(
                    lit.span(),
                    format!("code `{code}` is not one of the codes {}", scope.name),
                ));
            } else {
                map.assign(variants, &code, i, lit.span(), errors);
            }
        }
        for lit in &v.categories {
            let id = lit.value();
            if !has_category(api, &id) {
                let ids = api.categories().iter().map(|c| c.id.as_str()).collect();
                errors.push(suggest(
                    lit,
                    format!("the spec has no category `{id}`"),
                    ids,
                ));
                continue;
            }
            for &p in scope.codes {
                if category_of(api, p) == id {
                    map.assign(variants, &api.codes()[p].code, i, lit.span(), errors);
                }
            }
        }
    }
    map.assigned
}

/// Codes mapped so far, with where each was first mapped.
#[derive(Default)]
struct Assignments {
    assigned: HashMap<String, usize>,
    first_site: HashMap<String, Span>,
}

impl Assignments {
    /// Maps `code` to variant `variant`, or reports that it is mapped twice.
    fn assign(
        &mut self,
        variants: &[Mapped],
        code: &str,
        variant: usize,
        span: Span,
        errors: &mut Vec<syn::Error>,
    ) {
        let Some(&previous) = self.assigned.get(code) else {
            self.assigned.insert(code.to_owned(), variant);
            self.first_site.insert(code.to_owned(), span);
            return;
        };
        errors.push(syn::Error::new(
            span,
            format!(
                "code `{code}` is mapped twice: already to `{}`",
                variants[previous].ident
            ),
        ));
        if let Some(first) = self.first_site.get(code) {
            errors.push(syn::Error::new(
                *first,
                format!("code `{code}` is first mapped here"),
            ));
        }
    }
}

/// Without an `other` variant, every code in scope must be mapped: the
/// error names each that is not, with its status and message.
fn report_missing(
    scope: &Scope<'_>,
    assigned: &HashMap<String, usize>,
    enum_span: Span,
    errors: &mut Vec<syn::Error>,
) {
    let api = scope.api;
    let missing: Vec<usize> = scope
        .codes
        .iter()
        .copied()
        .filter(|&i| !assigned.contains_key(api.codes()[i].code.as_str()))
        .collect();
    if missing.is_empty() {
        return;
    }
    let list: Vec<String> = missing
        .iter()
        .map(|&i| {
            let e = &api.codes()[i];
            let s = e.status.as_u16();
            let message = e
                .message
                .as_deref()
                .map_or(String::new(), |m| format!(": {m}"));
            format!("  - `{}` ({} {}){message}", e.code, s, reason(s))
        })
        .collect();
    let (noun, verb) = if missing.len() == 1 {
        ("code", "is")
    } else {
        ("codes", "are")
    };
    errors.push(syn::Error::new(
        enum_span,
        format!(
            "{} error {noun} {} {verb} not mapped to a variant:\n{}\n  = help: map them with `#[api_error(code = \"…\")]` or `category = \"…\"`, or opt out of full coverage with a `#[api_error(other)]` variant",
            missing.len(),
            scope.name,
            list.join("\n")
        ),
    ));
}
