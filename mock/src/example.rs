//! Example values built from the spec: what the default behaviour serves.

use docspec_ir::Api;
use docspec_ir::ir::{Field, ModelKind, TypeRef};
use serde_json::{Map, Value, json};

/// How deep an example fills every field; below it, only what decoding
/// needs (required fields, down to [`DEEPEST`]).
const FULL: usize = 4;
/// How deep an example goes at all: a chain of required fields longer than
/// this (a model that requires itself) cannot be sent whole by any server.
const DEEPEST: usize = 24;

/// An example value of a type, as plain JSON: each field's `example` where
/// the spec gives one, else a value of its type; arrays with one element.
/// Below [`FULL`] levels only required fields are filled, so that a deep
/// example still decodes.
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
                let first = variants.first();
                let mut value = example(api, &TypeRef::Model(first.model.clone()), depth + 1);
                if let Value::Object(map) = &mut value {
                    map.insert(tag.clone(), json!(first.tag));
                }
                value
            }
            Some(ModelKind::Enum(variants)) => json!(variants.first().value),
            Some(ModelKind::Object(fields)) if depth < DEEPEST => {
                let mut map = Map::new();
                for f in fields.iter().filter(|f| depth < FULL || !f.is_optional()) {
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
fn field_example(api: &Api, f: &Field, depth: usize) -> Value {
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
