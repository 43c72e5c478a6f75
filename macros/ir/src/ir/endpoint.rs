//! Endpoints: their parameters, bodies, error sets and paging.

use http::Method;

use super::{CodeId, EnumValue, ParamType, StatusId, TypeRef};

/// One endpoint.
#[derive(Clone, Debug)]
pub struct Endpoint {
    /// Its id, also the client method's name (`list_links`).
    pub id: String,
    /// Its Rust names.
    pub names: EndpointNames,
    /// The HTTP method.
    pub method: Method,
    /// The path below the base URL, with `{parameters}`.
    pub path: String,
    /// One line on what it does.
    pub summary: Option<String>,
    /// More on what it does.
    pub description: Option<String>,
    /// Its documentation page.
    pub docs_url: Option<String>,
    /// Why it exists though no docs describe it.
    pub inferred: Option<String>,
    /// The path parameters, in the order of the path.
    pub path_params: Vec<PathParam>,
    /// The query parameters.
    pub query: Vec<QueryParam>,
    /// The request body's model.
    pub body: Option<String>,
    /// The response's type.
    pub response: TypeRef,
    /// Every code it may return (its own, its groups' and the groups for
    /// every endpoint), each once, in documentation order.
    pub codes: Vec<EndpointCode>,
    /// The documented statuses it lists.
    pub statuses: Vec<StatusId>,
    /// How it pages, if it does.
    pub paging: Option<Paging>,
    /// Whether sending it twice has the effect of sending it once (all
    /// methods but `POST` and `PATCH`).
    pub idempotent: bool,
    /// Query pairs sent with every request, as the document writes them in
    /// the path (`beta=true`).
    pub fixed_query: Vec<(String, String)>,
}

/// A code an endpoint returns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointCode {
    /// The code.
    pub code: CodeId,
    /// The endpoint page's own wording for it, if it has one.
    pub message: Option<String>,
}

/// The Rust names of one endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndpointNames {
    /// The client method (`delete_link`).
    pub method: String,
    /// The request builder type (`DeleteLink`).
    pub request: String,
    /// The endpoint's error enum (`DeleteLinkError`).
    pub error: String,
}

/// A path parameter.
#[derive(Clone, Debug)]
pub struct PathParam {
    /// The name in the path (`accountId`).
    pub name: String,
    /// The method argument (`workspace_id`).
    pub ident: String,
    /// What the docs say of it.
    pub description: Option<String>,
    /// The fewest characters a value has.
    pub min_length: Option<usize>,
    /// The most characters a value has.
    pub max_length: Option<usize>,
}

/// A query parameter.
#[derive(Clone, Debug)]
pub struct QueryParam {
    /// The wire name (`page_size`).
    pub name: String,
    /// The setter and field (`page_size`).
    pub ident: String,
    /// Its type.
    pub ty: ParamType,
    /// The value the API assumes when it is not sent.
    pub default: Option<String>,
    /// The smallest value (integers).
    pub minimum: Option<i64>,
    /// The largest value (integers).
    pub maximum: Option<i64>,
    /// The fewest characters (strings).
    pub min_length: Option<usize>,
    /// The most characters (strings).
    pub max_length: Option<usize>,
    /// What the docs say of it.
    pub description: Option<String>,
    /// Whether the API requires it.
    pub required: bool,
    /// For a parameter that takes a fixed set of values, their Rust enum.
    pub values: Option<QueryEnum>,
}

/// The Rust enum of a query parameter's values (`ListLinksSort`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryEnum {
    /// The type name: the request's, then the parameter's.
    pub name: String,
    /// Each value's variant name, with the value.
    pub variants: Vec<(String, EnumValue)>,
}

/// A query parameter a paging style uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryRef {
    /// The wire name.
    pub name: String,
    /// The request's field.
    pub ident: String,
}

/// One field a JSON pointer into a response walks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldStep {
    /// The wire name.
    pub name: String,
    /// The Rust field.
    pub ident: String,
    /// Whether the Rust field is an `Option`.
    pub optional: bool,
}

/// How a paged endpoint pages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paging {
    /// The style and its parts.
    pub style: PagingStyle,
    /// The response model's array of items.
    pub items: FieldStep,
    /// The type of one item.
    pub item: TypeRef,
    /// The page size the API uses when none is asked for.
    pub default_per_page: Option<i64>,
    /// The largest page size the API allows.
    pub max_per_page: Option<i64>,
}

/// How the next page is asked for, and how the last one is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PagingStyle {
    /// A 1-based page number.
    Page {
        /// The page number's parameter.
        page_param: QueryRef,
        /// The page size's parameter, if any.
        per_page_param: Option<QueryRef>,
        /// How the last page is known.
        end: PageEnd,
    },
    /// An offset into the whole list, and a total.
    Offset {
        /// The offset's parameter.
        offset_param: QueryRef,
        /// The page size's parameter, if any.
        limit_param: Option<QueryRef>,
        /// The number of items in all pages.
        total: Vec<FieldStep>,
    },
    /// A cursor the response gives and the next request sends back.
    Cursor {
        /// The cursor's parameter.
        cursor_param: QueryRef,
        /// The page size's parameter, if any.
        limit_param: Option<QueryRef>,
        /// The next page's cursor (absent, null or empty on the last).
        next_cursor: Vec<FieldStep>,
    },
    /// The `Link` header's `rel="next"` URL, followed while it stays under
    /// the base URL.
    Link,
}

/// How a page-numbered response says it is the last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageEnd {
    /// A boolean that says another page follows.
    HasMore(Vec<FieldStep>),
    /// The number of pages.
    TotalPages(Vec<FieldStep>),
}
