//! Swagger 2.0 → the shape of OpenAPI 3.0, as the specification's own
//! upgrade path says: `host`, `basePath` and `schemes` → `servers`;
//! `definitions`, `parameters`, `responses` and `securityDefinitions` →
//! `components`; a `body` parameter → the request body, `formData`
//! parameters → a form (or multipart, with a `file`) body's properties; a
//! parameter's type → its `schema`; a response's `schema` and `examples` →
//! `content` under the media types `produces` names; references follow.
//! Every value made stands where its source stands, so diagnostics point
//! into the Swagger document.

mod operations;

use super::super::tree::{Entry, Kind, Node};
use super::Unsupported;

/// What a Swagger parameter says that goes into its 3.0 `schema`.
const SCHEMA_WORDS: [&str; 15] = [
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
];

pub(super) fn string(like: &Node, s: &str) -> Node {
    Node::like(like, Kind::String(s.to_owned()))
}

pub(super) fn object(like: &Node, entries: Vec<(&str, Node)>) -> Node {
    let entries = entries
        .into_iter()
        .map(|(key, value)| Entry {
            key: key.to_owned(),
            at: value.start,
            value,
        })
        .collect();
    Node::like(like, Kind::Object(entries))
}

/// The strings of a list (`produces`, `consumes`, `schemes`).
pub(super) fn strings(node: Option<&Node>) -> Vec<String> {
    match node.map(|n| &n.kind) {
        Some(Kind::Array(items)) => items
            .iter()
            .filter_map(|i| match &i.kind {
                Kind::String(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Rewrites a Swagger 2.0 document in place.
pub(crate) fn to_30(doc: &mut Node, unsupported: &mut Unsupported) {
    references(doc);
    let version = doc.remove("swagger").unwrap_or_else(|| doc.clone());
    doc.set("openapi", string(&version, "3.0.3"));
    servers(doc);
    let produces = strings(doc.get("produces"));
    let consumes = strings(doc.get("consumes"));
    let mut components = Vec::new();
    if let Some(mut definitions) = doc.remove("definitions") {
        schemas(&mut definitions, unsupported);
        components.push(("schemas", definitions));
    }
    if let Some(mut parameters) = doc.remove("parameters") {
        if let Kind::Object(entries) = &mut parameters.kind {
            for e in entries.iter_mut() {
                parameter(&mut e.value, unsupported);
            }
        }
        components.push(("parameters", parameters));
    }
    if let Some(mut responses) = doc.remove("responses") {
        if let Kind::Object(entries) = &mut responses.kind {
            for e in entries.iter_mut() {
                operations::response(&mut e.value, &produces, unsupported);
            }
        }
        components.push(("responses", responses));
    }
    if let Some(mut schemes) = doc.remove("securityDefinitions") {
        security(&mut schemes, unsupported);
        components.push(("securitySchemes", schemes));
    }
    if !components.is_empty() {
        let like = components[0].1.clone();
        doc.set("components", object(&like, components));
    }
    if let Some(Node {
        kind: Kind::Object(paths),
        ..
    }) = doc.get_mut("paths")
    {
        for item in paths.iter_mut() {
            operations::path_item(&mut item.value, (&produces, &consumes), unsupported);
        }
    }
}

/// Every `$ref` to `#/definitions/…`, `#/parameters/…` or `#/responses/…`
/// → its place under `components`.
fn references(node: &mut Node) {
    match &mut node.kind {
        Kind::Object(entries) => {
            for e in entries.iter_mut() {
                if e.key == "$ref"
                    && let Kind::String(r) = &mut e.value.kind
                {
                    for (from, to) in [
                        ("#/definitions/", "#/components/schemas/"),
                        ("#/parameters/", "#/components/parameters/"),
                        ("#/responses/", "#/components/responses/"),
                    ] {
                        if let Some(rest) = r.strip_prefix(from) {
                            *r = format!("{to}{rest}");
                            break;
                        }
                    }
                } else {
                    references(&mut e.value);
                }
            }
        }
        Kind::Array(items) => items.iter_mut().for_each(references),
        _ => {}
    }
}

/// `schemes`, `host` and `basePath` → one server per scheme.
fn servers(doc: &mut Node) {
    let host = doc.remove("host");
    let base = doc.remove("basePath");
    let schemes = strings(doc.get("schemes"));
    doc.remove("schemes");
    let Some(host) = host else { return };
    let Kind::String(name) = &host.kind else {
        return;
    };
    let path = match base.as_ref().map(|b| &b.kind) {
        Some(Kind::String(p)) => p.trim_end_matches('/').to_owned(),
        _ => String::new(),
    };
    let schemes = if schemes.is_empty() {
        vec!["https".to_owned()]
    } else {
        schemes
    };
    let servers = schemes
        .iter()
        .map(|s| {
            object(
                &host,
                vec![("url", string(&host, &format!("{s}://{name}{path}")))],
            )
        })
        .collect();
    doc.set("servers", Node::like(&host, Kind::Array(servers)));
}

/// `type: file` → a binary string, `items` given as a list (JSON Schema's
/// old tuple form) → one schema, any of them, and a list of types as 3.1
/// reads it, in every schema below `node`.
pub(super) fn schemas(node: &mut Node, unsupported: &mut Unsupported) {
    // Type lists are not Swagger's, but documents use them as 3.1 does.
    super::v31::types(node);
    if let Some(items) = node.get_mut("items")
        && let Kind::Array(list) = &items.kind
    {
        let at = items.start;
        let any = match list.as_slice() {
            [one] => one.clone(),
            _ => object(items, vec![("anyOf", items.clone())]),
        };
        *items = any;
        unsupported.push((
            at,
            "`items` is a list (the tuple form); it is read as one schema, any of the listed"
                .to_owned(),
        ));
    }
    if let Some(Kind::String(t)) = node.get("type").map(|t| &t.kind)
        && t == "file"
    {
        let ty = node.get("type").cloned().unwrap_or_else(|| node.clone());
        node.set("type", string(&ty, "string"));
        node.set("format", string(&ty, "binary"));
    }
    match &mut node.kind {
        Kind::Object(entries) => {
            for e in entries.iter_mut() {
                schemas(&mut e.value, unsupported);
            }
        }
        Kind::Array(items) => {
            for item in items.iter_mut() {
                schemas(item, unsupported);
            }
        }
        _ => {}
    }
}

/// A query, path or header parameter: its type and limits → `schema`,
/// `collectionFormat` → `style`/`explode`.
pub(super) fn parameter(p: &mut Node, unsupported: &mut Unsupported) {
    if p.get("schema").is_some() || p.get("$ref").is_some() {
        if let Some(s) = p.get_mut("schema") {
            schemas(s, unsupported);
        }
        return;
    }
    let mut words = Vec::new();
    for word in SCHEMA_WORDS {
        if let Some(v) = p.remove(word) {
            words.push((word, v));
        }
    }
    if !words.is_empty() {
        let like = words[0].1.clone();
        let mut schema = object(&like, words);
        schemas(&mut schema, unsupported);
        p.set("schema", schema);
    }
    if let Some(format) = p.remove("collectionFormat") {
        let (style, explode) = match &format.kind {
            Kind::String(f) if f == "multi" => ("form", true),
            Kind::String(f) if f == "ssv" => ("spaceDelimited", false),
            Kind::String(f) if f == "pipes" => ("pipeDelimited", false),
            _ => ("form", false),
        };
        p.set("style", string(&format, style));
        p.set("explode", Node::like(&format, Kind::Bool(explode)));
    }
}

/// `securityDefinitions` → 3.0 security schemes: `basic` → HTTP basic,
/// `apiKey` as it is, `oauth2`'s one flow → its `flows`.
fn security(schemes: &mut Node, unsupported: &mut Unsupported) {
    let Kind::Object(entries) = &mut schemes.kind else {
        return;
    };
    for e in entries.iter_mut() {
        let s = &mut e.value;
        let kind = match s.get("type").map(|t| &t.kind) {
            Some(Kind::String(t)) => t.clone(),
            _ => continue,
        };
        match kind.as_str() {
            "basic" => {
                let like = s.get("type").cloned().unwrap_or_else(|| s.clone());
                s.set("type", string(&like, "http"));
                s.set("scheme", string(&like, "basic"));
            }
            "oauth2" => oauth2(s, &e.key, unsupported),
            _ => {}
        }
    }
}

/// An OAuth 2 scheme's `flow`, URLs and scopes → its 3.0 `flows`.
fn oauth2(s: &mut Node, name: &str, unsupported: &mut Unsupported) {
    let flow = s.remove("flow");
    let flow_name = match flow.as_ref().map(|f| &f.kind) {
        Some(Kind::String(f)) => match f.as_str() {
            "implicit" => "implicit",
            "password" => "password",
            "application" => "clientCredentials",
            "accessCode" => "authorizationCode",
            other => {
                let at = flow.as_ref().map_or(s.start, |f| f.start);
                let message = format!(
                    "the OAuth 2 flow `{other}` of `{name}` is not supported; it is left out"
                );
                unsupported.push((at, message));
                return;
            }
        },
        _ => return,
    };
    let mut words = Vec::new();
    for word in ["authorizationUrl", "tokenUrl", "scopes"] {
        if let Some(v) = s.remove(word) {
            words.push((word, v));
        }
    }
    let like = flow.unwrap_or_else(|| s.clone());
    if !words.iter().any(|(w, _)| *w == "scopes") {
        words.push(("scopes", object(&like, Vec::new())));
    }
    s.set(
        "flows",
        object(&like, vec![(flow_name, object(&like, words))]),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;
    use serde_json::json;

    fn shaped(doc: serde_json::Value) -> (serde_json::Value, Unsupported) {
        let source = SourceFile::new("d.json", doc.to_string());
        let mut node = super::super::super::tree::parse_json(&source).unwrap();
        let mut unsupported = Vec::new();
        to_30(&mut node, &mut unsupported);
        (node.to_value(), unsupported)
    }

    #[test]
    fn a_swagger_document_takes_the_30_forms() {
        let (doc, unsupported) = shaped(json!({
            "swagger": "2.0",
            "host": "api.example.com", "basePath": "/v1/", "schemes": ["https"],
            "produces": ["application/json"],
            "definitions": {"Pet": {"type": "object", "properties": {"photo": {"type": "file"}}}},
            "securityDefinitions": {
                "b": {"type": "basic"},
                "o": {"type": "oauth2", "flow": "accessCode", "authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {}}
            },
            "paths": {"/pets/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": true, "type": "string"}],
                "put": {
                    "parameters": [
                        {"name": "tags", "in": "query", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"},
                        {"name": "pet", "in": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}}
                    ],
                    "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}, "examples": {"application/json": {"a": 1}}}}
                },
                "post": {
                    "consumes": ["multipart/form-data"],
                    "parameters": [
                        {"name": "file", "in": "formData", "type": "file", "required": true},
                        {"name": "note", "in": "formData", "type": "string", "description": "n"}
                    ],
                    "responses": {"204": {"description": "none"}}
                }
            }}
        }));
        assert!(unsupported.is_empty(), "{unsupported:?}");
        assert_eq!(doc["openapi"], "3.0.3");
        assert_eq!(
            doc["servers"],
            json!([{"url": "https://api.example.com/v1"}])
        );
        assert_eq!(
            doc["components"]["schemas"]["Pet"]["properties"]["photo"],
            json!({"type": "string", "format": "binary"})
        );
        assert_eq!(
            doc["components"]["securitySchemes"]["b"],
            json!({"type": "http", "scheme": "basic"})
        );
        assert_eq!(
            doc["components"]["securitySchemes"]["o"],
            json!({"type": "oauth2", "flows": {"authorizationCode": {"authorizationUrl": "https://a", "tokenUrl": "https://t", "scopes": {}}}})
        );
        let item = &doc["paths"]["/pets/{id}"];
        assert_eq!(
            item["parameters"][0],
            json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string"}})
        );
        let put = &item["put"];
        assert_eq!(
            put["parameters"],
            json!([{"name": "tags", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true}])
        );
        assert_eq!(
            put["requestBody"],
            json!({"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}, "required": true})
        );
        assert_eq!(
            put["responses"]["200"]["content"],
            json!({"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}, "example": {"a": 1}}})
        );
        assert_eq!(
            item["post"]["requestBody"],
            json!({"content": {"multipart/form-data": {"schema": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary"}, "note": {"type": "string", "description": "n"}},
                "required": ["file"]
            }}}})
        );
    }
}
