//! Endpoints, their parameters, the models of their bodies, and the error
//! groups they share.

use super::{Loc, Spanned};
use crate::ident::{self, IdentError};

/// A named set of error codes that several endpoints return
/// (`authentication` = the three 401 codes).
#[derive(Clone, Debug)]
pub struct ErrorGroup {
    /// The group's name, referenced by `endpoints[].error_groups`.
    pub id: Spanned<String>,
    /// What the group stands for.
    pub description: Option<String>,
    /// The codes in the group.
    pub codes: Vec<Spanned<String>>,
    /// Whether every endpoint returns these codes without listing the group.
    pub all_endpoints: bool,
    /// Where the group is defined.
    pub loc: Loc,
}

/// A type in a model field or parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeRef {
    /// A JSON string: `String`.
    String,
    /// A whole number: `i64`.
    Integer,
    /// Any JSON number: `f64`.
    Number,
    /// `true` or `false`: `bool`.
    Boolean,
    /// Any JSON value, kept as is: `serde_json::Value`.
    Json,
    /// Another model, by name.
    Model(String),
    /// A JSON array: `Vec<T>`.
    Array(Box<TypeRef>),
}

impl TypeRef {
    /// The spellings of the built-in types.
    pub const PRIMITIVES: [&'static str; 5] = ["string", "integer", "number", "boolean", "json"];

    /// Parses `string`, `integer`, `number`, `boolean`, `json`, `[T]` or a
    /// model name. Returns `None` for an empty or malformed expression.
    pub fn parse(s: &str) -> Option<TypeRef> {
        let s = s.trim();
        if let Some(inner) = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
            return TypeRef::parse(inner).map(|t| TypeRef::Array(Box::new(t)));
        }
        Some(match s {
            "string" => TypeRef::String,
            "integer" => TypeRef::Integer,
            "number" => TypeRef::Number,
            "boolean" => TypeRef::Boolean,
            "json" => TypeRef::Json,
            "" => return None,
            name if name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                TypeRef::Model(name.to_owned())
            }
            _ => return None,
        })
    }

    /// The model this type names, looking through arrays.
    pub fn model(&self) -> Option<&str> {
        match self {
            TypeRef::Model(m) => Some(m),
            TypeRef::Array(inner) => inner.model(),
            _ => None,
        }
    }
}

/// One field of a model.
#[derive(Clone, Debug)]
pub struct Field {
    /// The field's name in JSON (`linkId`).
    pub name: Spanned<String>,
    /// Its type.
    pub ty: Spanned<TypeRef>,
    /// Whether the field is always present.
    pub required: bool,
    /// Whether the field may be `null`.
    pub nullable: bool,
    /// What the field holds.
    pub description: Option<String>,
    /// Why the field is an inference rather than documented, if it is.
    pub inferred: Option<String>,
    /// An example value, as JSON text, for mocks and docs.
    pub example: Option<Spanned<String>>,
    /// The Rust name a published document's reader gave the field, where
    /// the strict rule gives none or a colliding one (`1` → `field_1`); a
    /// spec's fields are named by the strict rule.
    pub rust_name: Option<String>,
}

impl Field {
    /// The Rust field name (`linkId` → `link_id`), or the one a reader gave.
    pub fn ident(&self) -> Result<String, IdentError> {
        match &self.rust_name {
            Some(name) => Ok(name.clone()),
            None => ident::snake_name(&self.name),
        }
    }
}

/// A named object type: a request body, a response `data`, or part of one.
#[derive(Clone, Debug)]
pub struct Model {
    /// The type name (`Link`).
    pub name: Spanned<String>,
    /// What the model is.
    pub description: Option<String>,
    /// Why the model is an inference rather than documented, if it is.
    pub inferred: Option<String>,
    /// Its fields, in order (none for an enum).
    pub fields: Vec<Field>,
    /// For a string enum, the values it takes, in order: the model is then
    /// a Rust enum with a variant per value and one for values not listed.
    pub values: Vec<Spanned<String>>,
    /// For a tagged union, the tag and its variants: the model is then a
    /// Rust enum with a variant per model and one for tags not listed.
    pub union: Option<Union>,
    /// For an enum read from a published document, the Rust variant of
    /// each value, where the strict rule gives none or colliding ones
    /// (`+1` → `Plus1`, `other` → `Other2`); empty otherwise.
    pub variant_names: Vec<String>,
    /// Where the model is defined.
    pub loc: Loc,
}

/// A tagged union: objects told apart by the string in one of their fields.
#[derive(Clone, Debug)]
pub struct Union {
    /// The field that holds the tag (`type`).
    pub tag: Spanned<String>,
    /// Each tag value and the model it selects, in order.
    pub variants: Vec<(Spanned<String>, Spanned<String>)>,
}

impl Model {
    /// Whether the model is a string enum rather than an object.
    pub fn is_enum(&self) -> bool {
        !self.values.is_empty()
    }

    /// Whether the model is an object with fields (not an enum or a union).
    pub fn is_object(&self) -> bool {
        self.values.is_empty() && self.union.is_none()
    }

    /// The field with this JSON name.
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name.value == name)
    }
}

/// A query parameter's type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamType {
    /// `i64`.
    Integer,
    /// `bool`.
    Boolean,
    /// `String`.
    String,
}

impl ParamType {
    /// The spellings accepted in spec files.
    pub const SPELLINGS: [&'static str; 3] = ["integer", "boolean", "string"];

    /// Parses a spelling.
    pub fn from_spelling(s: &str) -> Option<Self> {
        match s {
            "integer" => Some(ParamType::Integer),
            "boolean" => Some(ParamType::Boolean),
            "string" => Some(ParamType::String),
            _ => None,
        }
    }
}

/// A query parameter.
#[derive(Clone, Debug)]
pub struct QueryParam {
    /// The name on the wire (`page_size`).
    pub name: Spanned<String>,
    /// Its type.
    pub ty: ParamType,
    /// The server's default, as documented (JSON text).
    pub default: Option<String>,
    /// The smallest accepted value.
    pub minimum: Option<i64>,
    /// The largest accepted value.
    pub maximum: Option<i64>,
    /// The fewest characters a string may have.
    pub min_length: Option<Spanned<i64>>,
    /// The most characters a string may have.
    pub max_length: Option<Spanned<i64>>,
    /// The values it takes, when the docs list them (`4` or `7`, `asc` or
    /// `desc`); empty when any value of the type goes.
    pub values: Vec<Spanned<EnumValue>>,
    /// What the parameter does.
    pub description: Option<String>,
    /// Whether the API requires it (the client's setter stays optional).
    pub required: bool,
    /// The setter a published document's reader gave the parameter, where
    /// the strict rule gives none or a colliding one (`StartTime<` →
    /// `start_time_lt`).
    pub rust_name: Option<String>,
    /// The Rust variant of each of `values` a published document's reader
    /// gave, where the strict rule gives none or colliding ones (`+1` →
    /// `Plus1`); empty otherwise.
    pub value_names: Vec<String>,
}

/// One value of a query parameter that takes a fixed set.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum EnumValue {
    /// A number.
    Int(i64),
    /// A string.
    Str(String),
}

impl EnumValue {
    /// The Rust variant name: the string in `UpperCamelCase`, or `V4` for
    /// the number 4 (`Minus1` for -1).
    pub fn ident(&self) -> Result<String, IdentError> {
        match self {
            EnumValue::Int(n) if *n < 0 => Ok(format!("Minus{}", n.unsigned_abs())),
            EnumValue::Int(n) => Ok(format!("V{n}")),
            EnumValue::Str(s) => ident::code_name(s),
        }
    }

    /// The value as it is sent.
    pub fn wire(&self) -> String {
        match self {
            EnumValue::Int(n) => n.to_string(),
            EnumValue::Str(s) => s.clone(),
        }
    }
}

impl QueryParam {
    /// The Rust setter name, or the one a reader gave.
    pub fn ident(&self) -> Result<String, IdentError> {
        match &self.rust_name {
            Some(name) => Ok(name.clone()),
            None => ident::snake_name(&self.name),
        }
    }
}

/// How a list endpoint pages.
#[derive(Clone, Debug)]
pub struct Pagination {
    /// The field of the response `data` holding the page's items.
    pub items: Spanned<String>,
    /// How requests name the page and the response says there is more, when
    /// the endpoint says it itself rather than leaving it to the spec's
    /// top-level `pagination`.
    pub convention: PagingConvention,
    /// The server's default page size.
    pub default_per_page: Option<i64>,
    /// The largest page size the server accepts.
    pub max_per_page: Option<i64>,
    /// Where the block is written.
    pub loc: Loc,
}

/// The names a page-numbered API pages by: given once at the spec's top
/// level (`pagination`), or per endpoint. Nothing is assumed: a paged
/// endpoint must get `page_param` and `has_more` from one or the other.
#[derive(Clone, Debug, Default)]
pub struct PagingConvention {
    /// `page` (the default), `offset` or `cursor`.
    pub style: Option<Spanned<String>>,
    /// The query parameter carrying the 1-based page number (`page`).
    pub page_param: Option<Spanned<String>>,
    /// The query parameter carrying the page size (`page_size`), if any.
    pub per_page_param: Option<Spanned<String>>,
    /// A JSON pointer into the response data to the boolean that says
    /// whether another page follows (`/meta/hasMore`).
    pub has_more: Option<Spanned<String>>,
    /// Or a JSON pointer to the number of pages (`/meta/totalPages`).
    pub total_pages: Option<Spanned<String>>,
    /// Offset style: the query parameter carrying the offset (`offset`).
    pub offset_param: Option<Spanned<String>>,
    /// Offset and cursor styles: the query parameter of the page size.
    pub limit_param: Option<Spanned<String>>,
    /// Offset style: a JSON pointer to the number of items in all pages.
    pub total: Option<Spanned<String>>,
    /// Cursor style: the query parameter that sends the cursor back.
    pub cursor_param: Option<Spanned<String>>,
    /// Cursor style: a JSON pointer to the next page's cursor.
    pub next_cursor: Option<Spanned<String>>,
}

/// What the spec says of one path parameter.
#[derive(Clone, Debug)]
pub struct PathParam {
    /// The parameter's name in the path template (`linkId`).
    pub name: Spanned<String>,
    /// What the parameter is.
    pub description: Option<String>,
    /// The fewest characters a value may have.
    pub min_length: Option<Spanned<i64>>,
    /// The most characters a value may have.
    pub max_length: Option<Spanned<i64>>,
}

/// An error an endpoint lists, with the wording its page uses.
#[derive(Clone, Debug)]
pub struct EndpointErrorRef {
    /// The code.
    pub code: Spanned<String>,
    /// The endpoint page's wording, when it differs from the table.
    pub message: Option<String>,
}

/// HTTP methods an endpoint may use.
pub const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/// One endpoint.
#[derive(Clone, Debug)]
pub struct Endpoint {
    /// Stable identifier; becomes the client method (`create_link`).
    pub id: Spanned<String>,
    /// `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
    pub method: Spanned<String>,
    /// Path template below the base URL (`/accounts/{accountId}/notes`).
    pub path: Spanned<String>,
    /// One line on what the endpoint does.
    pub summary: Option<String>,
    /// More on what the endpoint does.
    pub description: Option<String>,
    /// The endpoint's documentation page.
    pub docs_url: Option<String>,
    /// Why the endpoint is an inference rather than documented, if it is.
    pub inferred: Option<String>,
    /// What the spec says of path parameters (description, length
    /// limits), by name.
    pub path_params: Vec<PathParam>,
    /// Query parameters.
    pub query: Vec<QueryParam>,
    /// The request body model.
    pub body: Option<Spanned<String>>,
    /// The response `data` model.
    pub response: Spanned<String>,
    /// How the endpoint pages, for list endpoints.
    pub pagination: Option<Pagination>,
    /// Error groups the endpoint returns.
    pub error_groups: Vec<Spanned<String>>,
    /// Codes the endpoint's page lists.
    pub errors: Vec<EndpointErrorRef>,
    /// Documented statuses (without a code) the endpoint can answer with.
    pub statuses: Vec<Spanned<i64>>,
    /// Query pairs a published document writes into the path itself
    /// (`/responses?beta=true`), sent with every request; a spec's paths
    /// hold no query.
    pub fixed_query: Vec<(String, String)>,
    /// Where the endpoint is defined.
    pub loc: Loc,
}

impl Endpoint {
    /// The names of the `{parameters}` of the path template, in order.
    pub fn path_param_names(&self) -> Vec<&str> {
        let mut names = Vec::new();
        let mut rest = self.path.as_str();
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            names.push(&after[..close]);
            rest = &after[close + 1..];
        }
        names
    }

    /// What the spec says of the path parameter `name`, if anything.
    pub fn path_param(&self, name: &str) -> Option<&PathParam> {
        self.path_params.iter().find(|p| p.name.value == name)
    }

    /// Whether repeating the request has no further effect (every method but
    /// POST and PATCH).
    pub fn is_idempotent(&self) -> bool {
        !matches!(self.method.as_str(), "POST" | "PATCH")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_expressions() {
        assert_eq!(TypeRef::parse("string"), Some(TypeRef::String));
        assert_eq!(
            TypeRef::parse("[Link]"),
            Some(TypeRef::Array(Box::new(TypeRef::Model("Link".into()))))
        );
        assert_eq!(
            TypeRef::parse("[[integer]]").and_then(|t| t.model().map(str::to_owned)),
            None
        );
        assert_eq!(TypeRef::parse("[Link"), None);
        assert_eq!(TypeRef::parse(""), None);
    }
}
