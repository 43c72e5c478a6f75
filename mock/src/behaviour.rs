//! What an endpoint does once a request is routed and authenticated.

use docspec_ir::Api;
use docspec_ir::ir::{Endpoint, ModelKind, PagingStyle, TypeRef};
use serde_json::{Map, Value, json};

/// A routed, authenticated request, as a [`Behaviour`] sees it.
#[derive(Debug)]
pub struct Call<'a> {
    pub(crate) path: String,
    pub(crate) api: &'a Api,
    pub(crate) endpoint: &'a Endpoint,
    pub(crate) params: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Option<Value>,
}

impl<'a> Call<'a> {
    /// The request's path, as received (base path included).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The endpoint's id in the spec (`get_note`).
    pub fn endpoint_id(&self) -> &'a str {
        self.endpoint.id.as_str()
    }

    /// The endpoint's path template in the spec (`/notes/{noteId}`).
    pub fn endpoint_path(&self) -> &'a str {
        self.endpoint.path.as_str()
    }

    /// An example of the endpoint's response data, built from the spec as
    /// [`Examples`] answers it.
    pub fn example(&self) -> Value {
        example(self.api, &self.endpoint.response, 0)
    }

    /// A path parameter by its name in the spec's path (`""` if absent).
    pub fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// A query parameter's value, decoded.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A query parameter parsed as an integer.
    pub fn query_int(&self, name: &str) -> Option<i64> {
        self.query(name).and_then(|v| v.parse().ok())
    }

    /// Whether a query parameter is `true`.
    pub fn query_bool(&self, name: &str) -> bool {
        self.query(name) == Some("true")
    }

    /// The JSON request body, if one was sent.
    pub fn body(&self) -> Option<&Value> {
        self.body.as_ref()
    }

    /// `(page, per_page)` of a page-numbered endpoint, read from the query
    /// parameters its paging names and clamped as its rules say: page 1
    /// and the default size when absent.
    pub fn page_and_size(&self) -> (i64, i64) {
        let Some(paging) = &self.endpoint.paging else {
            return (1, 10);
        };
        let (page_param, per_page_param) = match &paging.style {
            PagingStyle::Page {
                page_param,
                per_page_param,
                ..
            } => (Some(page_param), per_page_param.as_ref()),
            _ => (None, None),
        };
        let page = crate::paging::int_param(self, page_param)
            .unwrap_or(1)
            .max(1);
        (page, crate::paging::page_size(self, paging, per_page_param))
    }
}

/// What an endpoint answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Success: the envelope's message and the data.
    Data(String, Value),
    /// A page of a list: the message, the data, and a `Link` header.
    Page(String, Value, Option<String>),
    /// A spec error by code, sent with its documented status.
    Error(String),
    /// A request the docs give no error code for (a missing required
    /// field): a 400 with this message.
    Invalid(String),
}

/// What a mock's endpoints do once a request is routed and authenticated:
/// [`Examples`] by default, or a data set of an API's own.
pub trait Behaviour: Send + Sync + 'static {
    /// Answers a call.
    fn respond(&self, call: &Call<'_>) -> Outcome;
}

/// The default [`Behaviour`]: answers every endpoint with an example of its
/// response model, and pages lists of five copies of the example item in
/// the endpoint's paging style.
#[derive(Clone, Copy, Debug, Default)]
pub struct Examples;

impl Behaviour for Examples {
    fn respond(&self, call: &Call<'_>) -> Outcome {
        let mut data = call.example();
        if let Some(paging) = &call.endpoint.paging {
            // Five copies of the example item, paged like real data.
            let item = match data.get(paging.items.name.as_str()) {
                Some(Value::Array(a)) => a.first().cloned().unwrap_or(Value::Null),
                _ => Value::Null,
            };
            let (slice, writes, link) = crate::paging::page(call, paging, &vec![item; 5]);
            if let Value::Object(map) = &mut data {
                map.insert(paging.items.name.clone(), Value::Array(slice));
            }
            for (path, value) in writes {
                crate::paging::write(&mut data, &path, value);
            }
            let message = format!("{} succeeded", call.endpoint.id);
            return Outcome::Page(message, data, link);
        }
        Outcome::Data(format!("{} succeeded", call.endpoint.id), data)
    }
}

/// An example value of a type, as plain JSON: each field's `example` where
/// the spec gives one, else a value of its type; arrays with one element.
pub(crate) fn example(api: &Api, ty: &TypeRef, depth: usize) -> Value {
    match ty {
        TypeRef::String => json!("example"),
        TypeRef::Integer => json!(1),
        TypeRef::Number => json!(1.5),
        TypeRef::Boolean => json!(false),
        TypeRef::Json => json!({}),
        TypeRef::Array(inner) if depth < 4 => json!([example(api, inner, depth + 1)]),
        TypeRef::Array(_) => json!([]),
        TypeRef::Model(name) => match api.model(name).map(|m| &m.kind) {
            // A union: its first variant, with the tag set.
            Some(ModelKind::Union { tag, variants }) => {
                let Some(first) = variants.first() else {
                    return Value::Null;
                };
                let mut value = example(api, &TypeRef::Model(first.model.clone()), depth + 1);
                if let Value::Object(map) = &mut value {
                    map.insert(tag.clone(), json!(first.tag));
                }
                value
            }
            Some(ModelKind::Enum(variants)) => {
                variants.first().map_or(Value::Null, |v| json!(v.value))
            }
            Some(ModelKind::Object(fields)) if depth < 4 => {
                let mut map = Map::new();
                for f in fields {
                    map.insert(f.name.clone(), field_example(api, f, depth));
                }
                Value::Object(map)
            }
            _ => Value::Object(Map::new()),
        },
    }
}

/// A field's example: the spec's own where it gives one, an id-looking
/// string for ids, else a value of its type.
fn field_example(api: &Api, f: &docspec_ir::ir::Field, depth: usize) -> Value {
    if let Some(given) = f
        .example
        .as_ref()
        .and_then(|e| serde_json::from_str::<Value>(e).ok())
    {
        return given;
    }
    let n = f.name.as_str();
    if (n.ends_with("Id") || n == "id") && f.ty == TypeRef::String {
        return json!(format!("{}_example", n.trim_end_matches("Id")));
    }
    example(api, &f.ty, depth + 1)
}
