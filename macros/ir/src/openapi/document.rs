//! What this crate reads of an OpenAPI document, the same for 3.0 and 3.1:
//! the two readers fill it, the mapping reads it. Every node keeps its JSON
//! pointer, so a diagnostic can point into the file.

use serde_json::Value;

/// An OpenAPI document, as far as endpoints and models go.
#[derive(Debug, Default)]
pub(crate) struct Doc {
    /// `info.title`.
    pub(crate) title: String,
    /// `servers[].url`, with variables replaced by their defaults.
    pub(crate) servers: Vec<String>,
    /// How the document's first security requirement sends the key.
    pub(crate) auth: Option<(AuthKind, String)>,
    /// `components.schemas`, in order.
    pub(crate) schemas: Vec<(String, Schema)>,
    /// Every operation, in document order.
    pub(crate) operations: Vec<Operation>,
    /// Constructs read but not supported, as `(pointer, what)`.
    pub(crate) unsupported: Vec<(String, String)>,
}

/// A security scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum AuthKind {
    /// `http` / `bearer`.
    Bearer,
    /// `http` / `basic`.
    Basic,
    /// `apiKey` in a header.
    Header(String),
    /// `apiKey` in the query.
    Query(String),
    /// Anything else (OAuth 2, OpenID Connect, a cookie), by name.
    Other(String),
}

/// A schema.
#[derive(Clone, Debug, Default)]
pub(crate) struct Schema {
    pub(crate) pointer: String,
    pub(crate) kind: Kind,
    /// `nullable: true` (3.0) or `"null"` in a type array (3.1).
    pub(crate) nullable: bool,
    pub(crate) description: Option<String>,
    pub(crate) example: Option<Value>,
    pub(crate) default: Option<Value>,
    pub(crate) enum_values: Vec<Value>,
    /// Inclusive bounds (an exclusive bound is moved in by one for
    /// integers).
    pub(crate) minimum: Option<f64>,
    pub(crate) maximum: Option<f64>,
    pub(crate) min_length: Option<u64>,
    pub(crate) max_length: Option<u64>,
    /// `x-inferred`: why the schema is an inference rather than documented.
    pub(crate) inferred: Option<String>,
}

/// What a schema is.
#[derive(Clone, Debug, Default)]
pub(crate) enum Kind {
    /// `$ref: #/components/schemas/<name>`.
    Ref(String),
    String,
    Integer,
    Number,
    Boolean,
    /// An object: its properties in order, and which are required.
    Object {
        properties: Vec<(String, Schema)>,
        required: Vec<String>,
        /// `additionalProperties` other than `false`: a map.
        map: bool,
    },
    Array(Box<Schema>),
    AllOf(Vec<Schema>),
    /// `oneOf` or `anyOf`, with the discriminator if any.
    OneOf(Vec<Schema>, Option<Discriminator>),
    /// Several types (3.1 `type: [string, integer]`), or none given.
    #[default]
    Any,
}

/// A `discriminator`: the property holding the tag, and the tag values the
/// document maps to schemas (`(value, $ref)`).
#[derive(Clone, Debug, Default)]
pub(crate) struct Discriminator {
    pub(crate) property: String,
    pub(crate) mapping: Vec<(String, String)>,
}

/// Where a parameter goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum In {
    Path,
    Query,
    Header,
    Cookie,
}

/// A parameter.
#[derive(Clone, Debug)]
pub(crate) struct Parameter {
    pub(crate) pointer: String,
    pub(crate) name: String,
    pub(crate) location: In,
    pub(crate) required: bool,
    pub(crate) description: Option<String>,
    pub(crate) schema: Option<Schema>,
}

/// A request body or a response's content.
#[derive(Clone, Debug, Default)]
pub(crate) struct Content {
    pub(crate) pointer: String,
    /// The `application/json` (or `+json`) schema.
    pub(crate) json: Option<Schema>,
    /// Its examples, with their pointers.
    pub(crate) examples: Vec<(String, Value)>,
    /// The other media types.
    pub(crate) other: Vec<String>,
}

/// One response of an operation.
#[derive(Clone, Debug)]
pub(crate) struct Response {
    pub(crate) pointer: String,
    /// `200`, `4XX` or `default`.
    pub(crate) status: String,
    pub(crate) description: Option<String>,
    pub(crate) content: Content,
}

/// An operation.
#[derive(Clone, Debug)]
pub(crate) struct Operation {
    pub(crate) pointer: String,
    pub(crate) operation_id: Option<String>,
    /// Upper case.
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) summary: Option<String>,
    pub(crate) description: Option<String>,
    /// The path item's parameters and the operation's, the operation's
    /// winning.
    pub(crate) parameters: Vec<Parameter>,
    pub(crate) body: Option<Content>,
    pub(crate) responses: Vec<Response>,
    /// `x-inferred`: why the operation is an inference rather than
    /// documented.
    pub(crate) inferred: Option<String>,
    /// `externalDocs.url`.
    pub(crate) docs_url: Option<String>,
}

/// The text of an `x-inferred` extension.
pub(crate) fn inferred(value: Option<&serde_json::Value>) -> Option<String> {
    value.and_then(serde_json::Value::as_str).map(str::to_owned)
}

/// Appends one reference token to a JSON pointer.
pub(crate) fn child(parent: &str, key: &str) -> String {
    crate::json::child_pointer(parent, key)
}

/// The component name of a local schema reference.
pub(crate) fn schema_ref(reference: &str) -> Option<String> {
    reference
        .strip_prefix("#/components/schemas/")
        .map(|name| name.replace("~1", "/").replace("~0", "~"))
}

/// Whether a media type is JSON (`application/json`, `…+json`).
pub(crate) fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("application/json") || essence.ends_with("+json")
}
