//! [`Api`]: a spec that passed every check, with what generation needs
//! resolved once: the only input generation accepts.
//!
//! The loaders ([`load_file`](crate::load_file),
//! [`load_source`](crate::load_source),
//! [`load_markdown_source`](crate::load_markdown_source),
//! [`validate`](crate::validate)) are the only way to make one: raw parse
//! output ([`parse`](crate::parse)) is a [`Spec`] and cannot reach
//! the code generator. It holds the [`Spec`] ([`Api::spec`]) and the
//! resolved parts: each code's Rust name, [`StatusCode`] and category, each
//! category's Rust name, each model's field names, and for each endpoint
//! ([`ResolvedEndpoint`]) its [`Method`], Rust names, complete error set and
//! [`Paging`].

use std::ops::Deref;

use http::{Method, StatusCode};

use super::names::Names;
pub use super::names::{EndpointNames, QueryEnum};
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

/// What the resolve pass worked out, by position in the spec's lists.
pub(super) struct Parts {
    /// Every Rust name.
    pub names: Names,
    /// Each error's status and category position.
    pub errors: Vec<(StatusCode, usize)>,
    /// Each documented status's status and category position.
    pub statuses: Vec<(StatusCode, usize)>,
    /// Each endpoint's method.
    pub methods: Vec<Method>,
    /// Each endpoint's paging.
    pub paging: Vec<Option<Paging>>,
    /// Where error responses carry the code and message.
    pub error_body: ErrorBody,
}

impl Api {
    /// Puts a resolved spec together with what was worked out about it.
    pub(super) fn new(spec: Spec, parts: Parts) -> Self {
        let Names {
            errors: error_idents,
            categories: category_idents,
            fields: field_names,
            endpoints: endpoint_names,
        } = parts.names;
        let errors = error_idents
            .into_iter()
            .zip(parts.errors)
            .map(|(ident, (status, category))| ResolvedError {
                ident,
                status,
                category,
            })
            .collect();
        let statuses = spec
            .statuses
            .iter()
            .zip(parts.statuses)
            .map(|(s, (status, category))| ResolvedStatus {
                ident: s.ident(),
                status,
                category,
            })
            .collect();
        let endpoints = spec
            .endpoints
            .iter()
            .zip(endpoint_names)
            .zip(parts.methods)
            .zip(parts.paging)
            .map(|(((e, names), method), paging)| EndpointParts {
                method,
                names,
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
                paging,
            })
            .collect();
        Api {
            error_body: parts.error_body,
            errors,
            statuses,
            category_idents,
            field_names,
            endpoints,
            spec,
        }
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
