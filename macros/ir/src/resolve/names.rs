//! The Rust names a spec's entries become, worked out once, with the rules
//! about them (a name that cannot be a Rust identifier, two entries that
//! become the same name): generation reads these and never derives a name
//! itself.

use std::collections::HashMap;

use super::shared::position;
use crate::diag::{Ctxt, Diagnostic};
use crate::ident;
use crate::ir::QueryEnum;
use crate::model::{Endpoint, ErrorDef, Loc, Model, Spec};

/// Every Rust name of a spec, by position in its lists.
#[derive(Clone, Debug)]
pub(super) struct Names {
    /// Each error's `ErrorCode` variant.
    pub errors: Vec<String>,
    /// Each category's `Category` variant.
    pub categories: Vec<String>,
    /// Each model's field names.
    pub fields: Vec<Vec<String>>,
    /// Each enum model's variants (none for other models).
    pub enum_variants: Vec<Vec<String>>,
    /// Each endpoint's names.
    pub endpoints: Vec<EndpointIdents>,
}

/// Every name that could be worked out: each list on its own, so that the
/// rules that need one list (the codes', say) run even when another failed.
pub(super) struct Partial {
    /// Each error's `ErrorCode` variant.
    pub errors: Option<Vec<String>>,
    categories: Option<Vec<String>>,
    fields: Option<Vec<Vec<String>>>,
    enum_variants: Option<Vec<Vec<String>>>,
    endpoints: Option<Vec<EndpointIdents>>,
}

impl Partial {
    /// Every name, or `None` when one is missing (and so reported).
    pub(super) fn complete(self) -> Option<Names> {
        Some(Names {
            errors: self.errors?,
            categories: self.categories?,
            fields: self.fields?,
            enum_variants: self.enum_variants?,
            endpoints: self.endpoints?,
        })
    }
}

/// Works out every name, reporting each that cannot be one and each
/// collision.
pub(super) fn all(spec: &Spec, diags: &mut Ctxt) -> Partial {
    let errors = errors(spec, diags);
    let categories = categories(spec, diags);
    let fields: Vec<Option<Vec<String>>> = spec.models.iter().map(|m| fields(m, diags)).collect();
    let enum_variants: Vec<Option<Vec<String>>> = spec
        .models
        .iter()
        .map(|m| super::enums::variants(m, diags))
        .collect();
    let endpoints: Vec<Option<EndpointIdents>> = spec.endpoints.iter().map(endpoint).collect();
    Partial {
        errors,
        categories,
        fields: fields.into_iter().collect(),
        enum_variants: enum_variants.into_iter().collect(),
        endpoints: endpoints.into_iter().collect(),
    }
}

/// Names `items` with `name`, reporting each that fails and each that
/// takes a name another item already has (`collision` words it); the same
/// key twice is a duplicate, reported elsewhere, and named once. `None`
/// when any failed.
fn distinct<'a, T>(
    items: &'a [T],
    key: impl Fn(&'a T) -> (&'a str, &'a Loc),
    name: impl Fn(&'a T) -> Result<String, Box<Diagnostic>>,
    collision: impl Fn(&'a T, &str, &str, &Loc) -> Diagnostic,
    diags: &mut Ctxt,
) -> Option<Vec<String>> {
    let mut seen: HashMap<String, (&str, &Loc)> = HashMap::new();
    let mut by_key: HashMap<&str, usize> = HashMap::new();
    let mut ok = true;
    let mut names: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        let (key, loc) = key(item);
        if let Some(&first) = by_key.get(key) {
            let again = names[first].clone();
            names.push(again);
            continue;
        }
        by_key.insert(key, names.len());
        let ident = name(item).unwrap_or_else(|d| {
            ok = false;
            diags.push(*d);
            String::new()
        });
        if ident.is_empty() {
            names.push(ident);
            continue;
        }
        match seen.get(&ident) {
            Some((other, _)) if *other == key => {}
            Some((other, first)) => {
                ok = false;
                diags.push(collision(item, other, &ident, first));
            }
            None => {
                seen.insert(ident.clone(), (key, loc));
            }
        }
        names.push(ident);
    }
    ok.then_some(names)
}

/// Where an error's Rust name comes from: its `rust_name`, else its code.
fn name_loc(e: &ErrorDef) -> &Loc {
    e.rust_name.as_ref().map_or(&e.code.loc, |n| &n.loc)
}

/// Every code becomes an `ErrorCode` variant: the name must be a valid Rust
/// identifier and no two codes may share one (`user.deleted` and
/// `USER_DELETED` both become `UserDeleted`).
fn errors(spec: &Spec, diags: &mut Ctxt) -> Option<Vec<String>> {
    distinct(
        &spec.errors,
        |e| (e.code.as_str(), name_loc(e)),
        |e| {
            e.ident().map_err(|err| {
                let what = match &e.rust_name {
                    Some(n) => {
                        format!("`rust_name` `{}` is not a usable Rust name: {err}", n.value)
                    }
                    None => format!("code `{}` cannot become a Rust name: {err}", e.code.value),
                };
                Box::new(
                    name_loc(e)
                        .error(what)
                        .with_help("give the entry a `rust_name` in UpperCamelCase"),
                )
            })
        },
        |e, other, ident, first| {
            name_loc(e)
                .error(format!(
                    "codes `{other}` and `{}` both become the Rust name `{ident}`",
                    e.code.value
                ))
                .with_note(format!("`{other}` is defined at {}", position(first)))
                .with_help("give one of them a `rust_name`")
        },
        diags,
    )
}

/// Category ids become `Category` variants, distinct as Rust names.
fn categories(spec: &Spec, diags: &mut Ctxt) -> Option<Vec<String>> {
    distinct(
        &spec.categories,
        |c| (c.id.as_str(), &c.id.loc),
        |c| {
            c.ident().map_err(|e| {
                Box::new(c.id.loc.error(format!(
                    "category `{}` cannot be a Rust name: {e}",
                    c.id.value
                )))
            })
        },
        |c, other, ident, first| {
            c.id.loc
                .error(format!(
                    "categories `{other}` and `{}` both become the Rust name `{ident}`",
                    c.id.value
                ))
                .with_note(format!("`{other}` is defined at {}", position(first)))
        },
        diags,
    )
}

/// A model's fields become struct fields, distinct as Rust names.
fn fields(m: &Model, diags: &mut Ctxt) -> Option<Vec<String>> {
    distinct(
        &m.fields,
        |f| (f.name.as_str(), &f.name.loc),
        |f| {
            f.ident().map_err(|e| {
                Box::new(f.name.loc.error(format!(
                    "field `{}` cannot be a Rust name: {e}",
                    f.name.value
                )))
            })
        },
        |f, other, id, _| {
            f.name.loc.error(format!(
                "fields `{other}` and `{}` both become the Rust field `{id}`",
                f.name.value
            ))
        },
        diags,
    )
}

/// The Rust names of one endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct EndpointIdents {
    /// The client method (`delete_link`).
    pub method: String,
    /// The request builder type (`DeleteLink`).
    pub request: String,
    /// The endpoint's error enum (`DeleteLinkError`).
    pub error: String,
    /// The path parameters' argument names, in the order of the path.
    pub path: Vec<String>,
    /// The query parameters' setter and field names, in spec order.
    pub query: Vec<String>,
    /// For each query parameter that takes a fixed set of values, the Rust
    /// enum of them, in spec order.
    pub query_enums: Vec<Option<QueryEnum>>,
}

/// `e`'s names, or `None` when one is not a Rust identifier: the endpoint
/// rules report those, in the words of each (an id, a path parameter, a
/// query parameter or value).
fn endpoint(e: &Endpoint) -> Option<EndpointIdents> {
    let mut ok = true;
    let mut name = |result: Result<String, ident::IdentError>, _what: &str| {
        result.unwrap_or_else(|_| {
            ok = false;
            String::new()
        })
    };
    let method = name(ident::snake_name(&e.id), "method name");
    let request = name(ident::type_name(&e.id), "type name");
    let path = e
        .path_param_names()
        .into_iter()
        .map(|p| name(ident::snake_name(p), "path parameter"))
        .collect();
    let query = e
        .query
        .iter()
        .map(|q| name(q.ident(), "query parameter"))
        .collect();
    let query_enums = e
        .query
        .iter()
        .map(|q| {
            if q.values.is_empty() {
                return None;
            }
            let ty = name(ident::type_name(&q.name), "query parameter type");
            let variants = if q.value_names.is_empty() {
                q.values
                    .iter()
                    .map(|v| (name(v.value.ident(), "query value"), v.value.clone()))
                    .collect()
            } else {
                q.value_names
                    .iter()
                    .cloned()
                    .zip(q.values.iter().map(|v| v.value.clone()))
                    .collect()
            };
            Some((ty, variants))
        })
        .collect::<Vec<_>>();
    let query_enums = query_enums
        .into_iter()
        .map(|e| {
            e.map(|(ty, variants)| QueryEnum {
                name: format!("{request}{ty}"),
                variants,
            })
        })
        .collect();
    ok.then(|| EndpointIdents {
        error: format!("{request}Error"),
        method,
        request,
        path,
        query,
        query_enums,
    })
}
