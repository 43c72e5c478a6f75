//! The Rust names a spec's entries become, resolved once by validation so
//! that generation never derives (or falls back on) a name itself.

use crate::diag::Diagnostics;
use crate::ident;
use crate::model::{Endpoint, EnumValue, Model};

/// The Rust names of one endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointNames {
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

/// The Rust enum of a query parameter's values (`ListLinksSort`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryEnum {
    /// The type name: the request's, then the parameter's.
    pub name: String,
    /// Each value's variant name, with the value.
    pub variants: Vec<(String, EnumValue)>,
}

/// `e`'s names, or `None` with a diagnostic for each that is not a Rust
/// identifier (checking reports these first).
pub(super) fn endpoint(e: &Endpoint, diags: &mut Diagnostics) -> Option<EndpointNames> {
    let mut ok = true;
    let mut name = |result: Result<String, ident::IdentError>, what: &str| {
        result
            .map_err(|err| {
                ok = false;
                diags.push(
                    e.id.loc
                        .error(format!("endpoint `{}`: {what}: {err}", e.id.value)),
                );
            })
            .unwrap_or_default()
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
            let variants = q
                .values
                .iter()
                .map(|v| (name(v.value.ident(), "query value"), v.value.clone()))
                .collect();
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
    ok.then(|| EndpointNames {
        error: format!("{request}Error"),
        method,
        request,
        path,
        query,
        query_enums,
    })
}

/// The field names of `m`, in order, or `None` with a diagnostic for each
/// field whose name is not a Rust identifier.
pub(super) fn fields(m: &Model, diags: &mut Diagnostics) -> Option<Vec<String>> {
    let mut ok = true;
    let names = m
        .fields
        .iter()
        .map(|f| {
            f.ident()
                .map_err(|err| {
                    ok = false;
                    diags.push(f.name.loc.error(format!("field `{}`: {err}", f.name.value)));
                })
                .unwrap_or_default()
        })
        .collect();
    ok.then_some(names)
}
