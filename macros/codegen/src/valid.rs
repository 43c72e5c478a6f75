//! [`Api`]: a spec that passed every check, with what generation needs
//! resolved once: the only input generation accepts.
//!
//! The loaders ([`load_file`](crate::load_file),
//! [`load_source`](crate::load_source),
//! [`load_markdown_source`](crate::load_markdown_source),
//! [`validate`](crate::validate)) are the only way to make one: raw parse
//! output ([`parse`](crate::parse)) is a [`Spec`] and cannot reach
//! [`expand`](crate::expand()). It reads as the [`Spec`] it holds, plus the
//! resolved parts: each code's Rust name, [`StatusCode`] and category, each
//! category's Rust name, each endpoint's [`Method`], complete error set and
//! [`Paging`].

use std::ops::Deref;

use http::{Method, StatusCode};

use crate::diag::Diagnostics;
use crate::model::{ErrorDef, Spec};

/// What validation resolved about one error code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedError {
    /// The `ErrorCode` variant's name.
    pub ident: String,
    /// The documented status.
    pub status: StatusCode,
    /// The position of the code's category in the spec's categories.
    pub category: usize,
}

/// How a paged endpoint pages, resolved against its query parameters and
/// response model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The position, in the endpoint's query parameters, of the one that
    /// carries the 1-based page number.
    pub page_param: usize,
    /// The position of the one that carries the page size, if any.
    pub per_page_param: Option<usize>,
    /// The position, in the response model's fields, of the array of items.
    pub items: usize,
    /// The type of one item.
    pub item: crate::model::TypeRef,
    /// The fields from the response model down to the boolean that says
    /// another page follows, as (model name, field position) pairs.
    pub has_more: Vec<(String, usize)>,
}

/// A spec that passed parsing and every check, with its names, statuses,
/// methods and error sets resolved.
#[derive(Clone, Debug)]
pub struct Api {
    spec: Spec,
    errors: Vec<ResolvedError>,
    category_idents: Vec<String>,
    methods: Vec<Method>,
    endpoint_errors: Vec<Vec<usize>>,
    paging: Vec<Option<Paging>>,
}

impl Api {
    /// Resolves a spec that has just passed checking. Whatever cannot be
    /// resolved is a diagnostic (the checks should have caught it first),
    /// never a fallback.
    pub(crate) fn resolve(spec: Spec) -> Result<Self, Diagnostics> {
        let mut diags = Diagnostics::new();
        let errors = spec
            .errors
            .iter()
            .filter_map(|e| resolve_error(&spec, e, &mut diags))
            .collect();
        let category_idents = spec
            .categories
            .iter()
            .filter_map(|c| match c.ident() {
                Ok(ident) => Some(ident),
                Err(err) => {
                    diags.push(c.id.loc.error(format!("category `{}`: {err}", c.id.value)));
                    None
                }
            })
            .collect();
        let methods = spec
            .endpoints
            .iter()
            .filter_map(|e| match Method::from_bytes(e.method.value.as_bytes()) {
                Ok(m) => Some(m),
                Err(_) => {
                    diags.push(e.method.loc.error("not an HTTP method"));
                    None
                }
            })
            .collect();
        let endpoint_errors = spec
            .endpoints
            .iter()
            .map(|e| spec.endpoint_error_positions(e))
            .collect();
        let paging = spec
            .endpoints
            .iter()
            .map(|e| {
                crate::check::paging::resolve(&spec, e).unwrap_or_else(|problems| {
                    if problems.is_empty() {
                        diags.push(e.response.loc.error("unknown response model"));
                    }
                    for d in problems {
                        diags.push(d);
                    }
                    None
                })
            })
            .collect();
        let api = Api {
            paging,
            errors,
            category_idents,
            methods,
            endpoint_errors,
            spec,
        };
        diags.finish(api)
    }

    /// The validated spec.
    pub fn spec(&self) -> &Spec {
        &self.spec
    }

    /// The validated spec, by value.
    pub fn into_spec(self) -> Spec {
        self.spec
    }

    /// Each error code with what was resolved about it, in spec order.
    pub fn errors(&self) -> impl ExactSizeIterator<Item = (&ErrorDef, &ResolvedError)> {
        self.spec.errors.iter().zip(&self.errors)
    }

    /// What was resolved about the error at `position` in the spec's errors.
    pub fn resolved_error(&self, position: usize) -> Option<(&ErrorDef, &ResolvedError)> {
        Some((self.spec.errors.get(position)?, self.errors.get(position)?))
    }

    /// Each category's `Category` variant name, in spec order.
    pub fn category_idents(&self) -> &[String] {
        &self.category_idents
    }

    /// Each endpoint's method, in spec order.
    pub fn methods(&self) -> &[Method] {
        &self.methods
    }

    /// Each endpoint's complete error set (its codes, its groups' and the
    /// groups for every endpoint), as positions in the spec's errors, in
    /// spec order.
    pub fn endpoint_errors(&self) -> &[Vec<usize>] {
        &self.endpoint_errors
    }

    /// Each endpoint's paging, `None` for one that does not page, in spec
    /// order.
    pub fn paging(&self) -> &[Option<Paging>] {
        &self.paging
    }
}

fn resolve_error(spec: &Spec, e: &ErrorDef, diags: &mut Diagnostics) -> Option<ResolvedError> {
    let ident = e
        .ident()
        .map_err(|err| diags.push(e.code.loc.error(format!("code `{}`: {err}", e.code.value))))
        .ok();
    let status = u16::try_from(e.status.value)
        .ok()
        .and_then(|s| StatusCode::from_u16(s).ok());
    if status.is_none() {
        diags.push(e.status.loc.error("not an HTTP status"));
    }
    let category = spec.category_position(&e.category);
    if category.is_none() {
        diags.push(e.category.loc.error("unknown category"));
    }
    Some(ResolvedError {
        ident: ident?,
        status: status?,
        category: category?,
    })
}

impl Deref for Api {
    type Target = Spec;

    fn deref(&self) -> &Spec {
        &self.spec
    }
}
