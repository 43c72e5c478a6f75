//! OpenAPI 3.1 → the shape of 3.0. 3.1's schemas are JSON Schema 2020-12;
//! where they say what 3.0 says another way, they are rewritten:
//! `type: [T, "null"]` → `type: T, nullable: true`, several types → no
//! type (any value), `const` → a one-value `enum`, `examples` → `example`,
//! numeric `exclusiveMinimum`/`exclusiveMaximum` → the bound and a flag,
//! `true`/`false` schemas → `{}` and `{"not": {}}`, a `$ref` with words
//! beside it → a one-part `allOf` carrying them. Security schemes 3.0 lacks
//! (`mutualTLS`) are reported and left out.

use super::super::tree::{Entry, Kind, Node};
use super::{METHODS, Unsupported, each_entry, each_item};

/// Rewrites a 3.1 document in place.
pub(crate) fn to_30(doc: &mut Node, unsupported: &mut Unsupported) {
    if doc.get("paths").is_none() {
        let empty = Node::like(doc, Kind::Object(Vec::new()));
        doc.set("paths", empty);
    }
    if let Some(components) = doc.get_mut("components") {
        let c = "/components";
        each_entry(components, c, "schemas", schema);
        each_entry(components, c, "parameters", parameter);
        each_entry(components, c, "headers", parameter);
        each_entry(components, c, "responses", response);
        each_entry(components, c, "requestBodies", content);
        security_schemes(components, unsupported);
    }
    each_entry(doc, "", "paths", |item, pointer| {
        each_item(item, pointer, "parameters", parameter);
        for method in METHODS {
            let Some(op) = item.get_mut(method) else {
                continue;
            };
            let pointer = crate::json::child_pointer(pointer, method);
            each_item(op, &pointer, "parameters", parameter);
            if let Some(body) = op.get_mut("requestBody") {
                content(body, &crate::json::child_pointer(&pointer, "requestBody"));
            }
            each_entry(op, &pointer, "responses", response);
        }
    });
}

/// A parameter or a header: its schema, or its content's.
fn parameter(p: &mut Node, pointer: &str) {
    if let Some(s) = p.get_mut("schema") {
        schema(s, &crate::json::child_pointer(pointer, "schema"));
    }
    content(p, pointer);
}

/// A response: its content and its headers.
fn response(r: &mut Node, pointer: &str) {
    content(r, pointer);
    each_entry(r, pointer, "headers", parameter);
}

/// The schemas of an object's `content` media types.
fn content(v: &mut Node, pointer: &str) {
    each_entry(v, pointer, "content", |media, pointer| {
        if let Some(s) = media.get_mut("schema") {
            schema(s, &crate::json::child_pointer(pointer, "schema"));
        }
    });
}

/// The keywords whose value is one schema.
const ONE: [&str; 9] = [
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedProperties",
];
/// The keywords whose value is a list of schemas.
const LIST: [&str; 4] = ["allOf", "oneOf", "anyOf", "prefixItems"];
/// The keywords whose value maps names to schemas.
const MAP: [&str; 4] = [
    "properties",
    "patternProperties",
    "$defs",
    "dependentSchemas",
];

/// Rewrites one schema and the schemas it holds.
fn schema(s: &mut Node, pointer: &str) {
    match &s.kind {
        Kind::Bool(true) => s.kind = Kind::Object(Vec::new()),
        Kind::Bool(false) => {
            let any = Node::like(s, Kind::Object(Vec::new()));
            s.kind = Kind::Object(Vec::new());
            s.set("not", any);
        }
        Kind::Object(_) => rewrite(s),
        _ => return,
    }
    for key in ONE {
        if let Some(inner) = s.get_mut(key)
            && matches!(inner.kind, Kind::Object(_) | Kind::Bool(_))
        {
            schema(inner, &crate::json::child_pointer(pointer, key));
        }
    }
    for key in LIST {
        each_item(s, pointer, key, schema);
    }
    for key in MAP {
        each_entry(s, pointer, key, schema);
    }
}

/// The 3.1 forms of one schema object → 3.0's.
fn rewrite(s: &mut Node) {
    if let Kind::Object(entries) = &s.kind
        && entries.len() > 1
        && let Some(reference) = s.remove("$ref")
    {
        // 3.1 lets a reference carry a description beside it; 3.0 says it
        // with a one-part `allOf`.
        let entry = Entry {
            key: "$ref".to_owned(),
            at: reference.start,
            value: reference.clone(),
        };
        let part = Node::like(&reference, Kind::Object(vec![entry]));
        s.set("allOf", Node::like(&reference, Kind::Array(vec![part])));
    }
    types(s);
    if let Some(c) = s.remove("const")
        && s.get("enum").is_none()
    {
        s.set("enum", Node::like(&c, Kind::Array(vec![c.clone()])));
    }
    if let Some(Node {
        kind: Kind::Array(examples),
        ..
    }) = s.remove("examples")
        && let Some(first) = examples.into_iter().next()
        && s.get("example").is_none()
    {
        s.set("example", first);
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n) = s
            .get(exclusive)
            .filter(|n| matches!(n.kind, Kind::Number(_)))
        {
            let n = n.clone();
            s.set(exclusive, Node::like(&n, Kind::Bool(true)));
            s.set(bound, n);
        }
    }
}

/// `type` as a list, or `"null"`, → a single type and `nullable`.
pub(super) fn types(s: &mut Node) {
    let Some(ty) = s.get("type") else { return };
    let listed: Vec<&str> = match &ty.kind {
        Kind::Array(types) => types
            .iter()
            .filter_map(|t| match &t.kind {
                Kind::String(t) => Some(t.as_str()),
                _ => None,
            })
            .collect(),
        Kind::String(t) if t == "null" => vec!["null"],
        _ => return,
    };
    let nullable = listed.contains(&"null");
    let rest: Vec<String> = listed
        .iter()
        .filter(|t| **t != "null")
        .map(|t| (*t).to_owned())
        .collect();
    let ty = ty.clone();
    match rest.as_slice() {
        [one] => s.set("type", Node::like(&ty, Kind::String(one.clone()))),
        _ => {
            s.remove("type");
        }
    }
    if nullable {
        s.set("nullable", Node::like(&ty, Kind::Bool(true)));
    }
}

/// Security schemes 3.0 cannot say are left out, each reported.
fn security_schemes(components: &mut Node, unsupported: &mut Unsupported) {
    let Some(Node {
        kind: Kind::Object(schemes),
        ..
    }) = components.get_mut("securitySchemes")
    else {
        return;
    };
    schemes.retain(|e| {
        let kind = match e.value.get("type").map(|t| &t.kind) {
            Some(Kind::String(t)) => t.as_str(),
            _ => "",
        };
        let known = ["apiKey", "http", "oauth2", "openIdConnect"].contains(&kind)
            || e.value.get("$ref").is_some();
        if !known {
            unsupported.push((
                e.at,
                format!(
                    "the security scheme `{}` of type `{kind}` is not supported; it is left out",
                    e.key
                ),
            ));
        }
        known
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use serde_json::json;

    #[test]
    fn schemas_take_the_30_forms() {
        let text = json!({
            "openapi": "3.1.0",
            "components": {
                "schemas": {
                    "A": {"type": ["string", "null"], "const": "x", "examples": ["e"]},
                    "R": {"$ref": "#/components/schemas/A", "description": "d"},
                    "B": {"type": "object", "properties": {
                        "n": {"type": "integer", "exclusiveMinimum": 0},
                        "any": {"type": ["string", "integer"]},
                        "t": true,
                        "f": false
                    }},
                },
                "securitySchemes": {"tls": {"type": "mutualTLS"}, "key": {"type": "apiKey", "in": "header", "name": "K"}}
            }
        });
        let source = SourceFile::new("d.json", text.to_string());
        let mut doc = super::super::super::tree::parse_json(&source).unwrap();
        let mut unsupported = Vec::new();
        to_30(&mut doc, &mut unsupported);
        let doc = doc.to_value();
        let schemas = &doc["components"]["schemas"];
        assert_eq!(
            schemas["A"],
            json!({"type": "string", "nullable": true, "enum": ["x"], "example": "e"})
        );
        assert_eq!(
            schemas["R"],
            json!({"allOf": [{"$ref": "#/components/schemas/A"}], "description": "d"})
        );
        let props = &schemas["B"]["properties"];
        assert_eq!(
            props["n"],
            json!({"type": "integer", "exclusiveMinimum": true, "minimum": 0})
        );
        assert_eq!(props["any"], json!({}));
        assert_eq!(props["t"], json!({}));
        assert_eq!(props["f"], json!({"not": {}}));
        assert_eq!(doc["paths"], json!({}));
        let [(at, message)] = unsupported.as_slice() else {
            panic!("{unsupported:?}")
        };
        assert_eq!(&source.text()[*at..][..5], "\"tls\"");
        assert_eq!(
            message,
            "the security scheme `tls` of type `mutualTLS` is not supported; it is left out"
        );
        assert!(doc["components"]["securitySchemes"].get("key").is_some());
    }
}
