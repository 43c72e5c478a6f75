//! [`Api`]: a spec that passed every check, with what generation needs
//! resolved once: the only input generation accepts.
//!
//! The loaders ([`load_file`](crate::load_file),
//! [`load_source`](crate::load_source),
//! [`load_markdown_source`](crate::load_markdown_source),
//! [`validate`](crate::validate)) are the only way to make one: raw parse
//! output ([`parse`](crate::parse)) is a [`Spec`] and cannot reach
//! the code generator. It reads as the [`Spec`] it holds, plus the
//! resolved parts: each code's Rust name, [`StatusCode`] and category, each
//! category's Rust name, each model's field names, and for each endpoint
//! ([`ResolvedEndpoint`]) its [`Method`], Rust names, complete error set and
//! [`Paging`].

mod names;

pub use names::{EndpointNames, QueryEnum};

use std::ops::Deref;

use http::{Method, StatusCode};

use crate::diag::Diagnostics;
use crate::model::{Endpoint, ErrorBody, ErrorDef, Spec, StatusDef};

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

/// What validation resolved about one documented status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedStatus {
    /// The `DocumentedStatus` variant's name.
    pub ident: String,
    /// The status.
    pub status: StatusCode,
    /// The position of its category in the spec's categories.
    pub category: usize,
}

/// The fields a JSON pointer walks, from the response model down, as
/// (model name, field position) pairs.
pub type FieldPath = Vec<(String, usize)>;

/// How a paged endpoint pages, resolved against its query parameters and
/// response model.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The style and its parts.
    pub style: PagingStyle,
    /// The position, in the response model's fields, of the array of items.
    pub items: usize,
    /// The type of one item.
    pub item: crate::model::TypeRef,
}

/// How the next page is asked for, and how the last one is known. Query
/// parameters are positions in the endpoint's query parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PagingStyle {
    /// A 1-based page number.
    Page {
        /// The page number's parameter.
        page_param: usize,
        /// The page size's parameter, if any.
        per_page_param: Option<usize>,
        /// How the last page is known.
        end: PageEnd,
    },
    /// An offset into the whole list, and a total.
    Offset {
        /// The offset's parameter.
        offset_param: usize,
        /// The page size's parameter, if any.
        limit_param: Option<usize>,
        /// The number of items in all pages.
        total: FieldPath,
    },
    /// A cursor the response gives and the next request sends back.
    Cursor {
        /// The cursor's parameter.
        cursor_param: usize,
        /// The page size's parameter, if any.
        limit_param: Option<usize>,
        /// The next page's cursor (absent, null or empty on the last).
        next_cursor: FieldPath,
    },
    /// The `Link` header's `rel="next"` URL, followed while it stays under
    /// the base URL.
    Link,
}

/// How a page-numbered response says it is the last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageEnd {
    /// A boolean that says another page follows.
    HasMore(FieldPath),
    /// The number of pages.
    TotalPages(FieldPath),
}

/// What validation resolved about one endpoint.
#[derive(Clone, Debug)]
struct EndpointParts {
    method: Method,
    names: EndpointNames,
    errors: Vec<usize>,
    statuses: Vec<usize>,
    paging: Option<Paging>,
}

/// One endpoint of a validated API, with what was resolved about it.
#[derive(Clone, Copy, Debug)]
pub struct ResolvedEndpoint<'a> {
    /// The endpoint as the spec gives it.
    pub endpoint: &'a Endpoint,
    /// Its HTTP method.
    pub method: &'a Method,
    /// Its Rust names.
    pub names: &'a EndpointNames,
    /// Its complete error set (its codes, its groups' and the groups for
    /// every endpoint), as positions in the spec's errors, in spec order.
    pub error_set: &'a [usize],
    /// The documented statuses it lists, as positions in the spec's
    /// statuses.
    pub status_set: &'a [usize],
    /// How it pages, if it does.
    pub paging: Option<&'a Paging>,
}

impl Deref for ResolvedEndpoint<'_> {
    type Target = Endpoint;

    fn deref(&self) -> &Endpoint {
        self.endpoint
    }
}

/// A spec that passed parsing and every check, with its names, statuses,
/// methods, error sets and paging resolved.
#[derive(Clone, Debug)]
pub struct Api {
    spec: Spec,
    error_body: ErrorBody,
    errors: Vec<ResolvedError>,
    statuses: Vec<ResolvedStatus>,
    category_idents: Vec<String>,
    field_names: Vec<Vec<String>>,
    endpoints: Vec<EndpointParts>,
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
        let field_names = spec
            .models
            .iter()
            .map(|m| names::fields(m, &mut diags).unwrap_or_default())
            .collect();
        let endpoints = spec
            .endpoints
            .iter()
            .filter_map(|e| resolve_endpoint(&spec, e, &mut diags))
            .collect();
        let statuses =
            spec.statuses
                .iter()
                .filter_map(|s| {
                    let status = u16::try_from(s.status.value)
                        .ok()
                        .and_then(|v| StatusCode::from_u16(v).ok());
                    let category = spec.category_position(&s.category);
                    if status.is_none() || category.is_none() {
                        diags.push(s.loc.error(
                            "a documented status needs an HTTP status and a known category",
                        ));
                    }
                    Some(ResolvedStatus {
                        ident: s.ident(),
                        status: status?,
                        category: category?,
                    })
                })
                .collect();
        let error_body = spec.error_body.clone().ok_or_else(|| {
            diags.push(crate::parse::missing_error_body(spec.loc.error(
                "the spec does not say where error responses carry the code and message",
            )))
        });
        let Ok(error_body) = error_body else {
            return Err(diags);
        };
        let api = Api {
            error_body,
            errors,
            statuses,
            category_idents,
            field_names,
            endpoints,
            spec,
        };
        diags.finish(api)
    }

    /// Where error responses carry the code and message.
    pub fn error_body(&self) -> &ErrorBody {
        &self.error_body
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

    /// The error with this code, with what was resolved about it.
    pub fn resolved_code(&self, code: &str) -> Option<(&ErrorDef, &ResolvedError)> {
        self.resolved_error(self.spec.error_position(code)?)
    }

    /// Each documented status with what was resolved about it, in spec order.
    pub fn statuses(&self) -> impl ExactSizeIterator<Item = (&StatusDef, &ResolvedStatus)> {
        self.spec.statuses.iter().zip(&self.statuses)
    }

    /// Each category's `Category` variant name, in spec order.
    pub fn category_idents(&self) -> &[String] {
        &self.category_idents
    }

    /// The Rust field names of the model at `position` in the spec's
    /// models, in field order.
    pub fn field_names(&self, position: usize) -> &[String] {
        self.field_names.get(position).map_or(&[], Vec::as_slice)
    }

    /// The Rust field names of the model named `model`.
    pub fn model_field_names(&self, model: &str) -> &[String] {
        self.spec
            .model_position(model)
            .map_or(&[], |i| self.field_names(i))
    }

    /// Each endpoint with what was resolved about it, in spec order.
    pub fn resolved_endpoints(&self) -> impl Iterator<Item = ResolvedEndpoint<'_>> {
        (0..self.endpoints.len()).filter_map(|i| self.resolved_endpoint(i))
    }

    /// The endpoint at `position` in the spec's endpoints, with what was
    /// resolved about it.
    pub fn resolved_endpoint(&self, position: usize) -> Option<ResolvedEndpoint<'_>> {
        let parts = self.endpoints.get(position)?;
        Some(ResolvedEndpoint {
            endpoint: self.spec.endpoints.get(position)?,
            method: &parts.method,
            names: &parts.names,
            error_set: &parts.errors,
            status_set: &parts.statuses,
            paging: parts.paging.as_ref(),
        })
    }
}

fn resolve_endpoint(spec: &Spec, e: &Endpoint, diags: &mut Diagnostics) -> Option<EndpointParts> {
    let method = Method::from_bytes(e.method.value.as_bytes())
        .map_err(|_| diags.push(e.method.loc.error("not an HTTP method")))
        .ok();
    let names = names::endpoint(e, diags);
    let paging = crate::check::paging::resolve(spec, e).map_err(|problems| {
        if problems.is_empty() {
            diags.push(e.response.loc.error("unknown response model"));
        }
        for d in problems {
            diags.push(d);
        }
    });
    Some(EndpointParts {
        method: method?,
        names: names?,
        errors: spec.endpoint_error_positions(e),
        statuses: e
            .statuses
            .iter()
            .filter_map(|listed| {
                spec.statuses
                    .iter()
                    .position(|s| s.status.value == listed.value)
            })
            .collect(),
        paging: paging.ok()?,
    })
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
