//! Swagger 2.0 → the shape of OpenAPI 3.0, as the specification's own
//! upgrade path says: `host`, `basePath` and `schemes` → `servers`;
//! `definitions`, `parameters`, `responses` and `securityDefinitions` →
//! `components`; a `body` parameter → the request body, `formData`
//! parameters → a form (or multipart, with a `file`) body's properties; a
//! parameter's type → its `schema`; a response's `schema` and `examples` →
//! `content` under the media types `produces` names; references follow.
//! Every value made stands where its source stands, so diagnostics point
//! into the Swagger document.

use super::super::tree::{Entry, Kind, Node};
use super::{METHODS, Unsupported};

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

fn string(like: &Node, s: &str) -> Node {
    Node::like(like, Kind::String(s.to_owned()))
}

fn object(like: &Node, entries: Vec<(&str, Node)>) -> Node {
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
fn strings(node: Option<&Node>) -> Vec<String> {
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
                response(&mut e.value, &produces, unsupported);
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
            path_item(&mut item.value, (&produces, &consumes), unsupported);
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
fn schemas(node: &mut Node, unsupported: &mut Unsupported) {
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
fn parameter(p: &mut Node, unsupported: &mut Unsupported) {
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

/// A response: `schema` and `examples` → `content`, headers' types →
/// their schemas.
fn response(r: &mut Node, produces: &[String], unsupported: &mut Unsupported) {
    let schema = r.remove("schema");
    let examples = r.remove("examples");
    if let Some(Node {
        kind: Kind::Object(headers),
        ..
    }) = r.get_mut("headers")
    {
        for h in headers.iter_mut() {
            parameter(&mut h.value, unsupported);
        }
    }
    let Some(mut schema) = schema else { return };
    schemas(&mut schema, unsupported);
    let types = media_types(produces, "application/json");
    let media = types
        .iter()
        .map(|t| {
            let mut entries = vec![("schema", schema.clone())];
            if let Some(example) = examples.as_ref().and_then(|e| e.get(t)) {
                entries.push(("example", example.clone()));
            }
            (t.as_str(), object(&schema, entries))
        })
        .collect();
    r.set("content", object(&schema, media));
}

/// The media types a list names, or `fallback`.
fn media_types(listed: &[String], fallback: &str) -> Vec<String> {
    if listed.is_empty() {
        vec![fallback.to_owned()]
    } else {
        listed.to_vec()
    }
}

/// A path item: its parameters and each operation.
fn path_item(item: &mut Node, media: (&[String], &[String]), unsupported: &mut Unsupported) {
    // Body and form parameters given for the whole path are each
    // operation's; the others stay shared, as 3.0 keeps them.
    let mut shared = Vec::new();
    if let Some(Node {
        kind: Kind::Array(params),
        ..
    }) = item.get_mut("parameters")
    {
        let (body, rest): (Vec<Node>, Vec<Node>) =
            std::mem::take(params).into_iter().partition(is_body);
        *params = rest;
        for p in params.iter_mut() {
            parameter(p, unsupported);
        }
        shared = body;
    }
    for method in METHODS {
        if let Some(op) = item.get_mut(method) {
            operation(op, media, &shared, unsupported);
        }
    }
}

/// Whether a parameter is a body or a form field.
fn is_body(p: &Node) -> bool {
    matches!(p.get("in").map(|i| &i.kind), Some(Kind::String(i)) if i == "body" || i == "formData")
}

/// An operation: its own `produces`/`consumes` over the document's, its
/// body and form parameters → `requestBody`, its responses → content.
fn operation(
    op: &mut Node,
    (produces, consumes): (&[String], &[String]),
    shared: &[Node],
    unsupported: &mut Unsupported,
) {
    let produces = op
        .remove("produces")
        .map_or_else(|| produces.to_vec(), |p| strings(Some(&p)));
    let consumes = op
        .remove("consumes")
        .map_or_else(|| consumes.to_vec(), |c| strings(Some(&c)));
    let mut body: Vec<Node> = Vec::new();
    if let Some(Node {
        kind: Kind::Array(params),
        ..
    }) = op.get_mut("parameters")
    {
        let (own, rest): (Vec<Node>, Vec<Node>) =
            std::mem::take(params).into_iter().partition(is_body);
        *params = rest;
        for p in params.iter_mut() {
            parameter(p, unsupported);
        }
        body = own;
    }
    let name = |p: &Node| p.get("name").cloned().map(|n| n.kind);
    for p in shared {
        if !body.iter().any(|b| name(b) == name(p)) {
            body.push(p.clone());
        }
    }
    if let Some(request) = request_body(body, &consumes, unsupported) {
        op.set("requestBody", request);
    }
    if let Some(Node {
        kind: Kind::Object(responses),
        ..
    }) = op.get_mut("responses")
    {
        for r in responses.iter_mut() {
            response(&mut r.value, &produces, unsupported);
        }
    }
}

/// The request body of an operation's `body` parameter, or of its
/// `formData` parameters as one object.
fn request_body(
    params: Vec<Node>,
    consumes: &[String],
    unsupported: &mut Unsupported,
) -> Option<Node> {
    let first = params.first()?.clone();
    let is_body = matches!(first.get("in").map(|i| &i.kind), Some(Kind::String(i)) if i == "body");
    if is_body {
        let mut schema = first
            .get("schema")
            .cloned()
            .unwrap_or_else(|| object(&first, vec![]));
        schemas(&mut schema, unsupported);
        let media = media_types(consumes, "application/json")
            .iter()
            .map(|t| (t.clone(), object(&schema, vec![("schema", schema.clone())])))
            .collect::<Vec<_>>();
        let media = media.iter().map(|(t, n)| (t.as_str(), n.clone())).collect();
        let mut entries = vec![("content", object(&first, media))];
        for word in ["description", "required"] {
            if let Some(v) = first.get(word) {
                entries.push((word, v.clone()));
            }
        }
        return Some(object(&first, entries));
    }
    form_body(params, consumes, &first, unsupported)
}

/// `formData` parameters → one object schema under a form media type.
fn form_body(
    params: Vec<Node>,
    consumes: &[String],
    first: &Node,
    unsupported: &mut Unsupported,
) -> Option<Node> {
    let mut properties = Vec::new();
    let mut required = Vec::new();
    let mut file = false;
    for mut p in params {
        let Some(Kind::String(name)) = p.get("name").map(|n| n.kind.clone()) else {
            continue;
        };
        if matches!(p.get("required").map(|r| &r.kind), Some(Kind::Bool(true))) {
            required.push(string(&p, &name));
        }
        file |= matches!(p.get("type").map(|t| &t.kind), Some(Kind::String(t)) if t == "file");
        parameter(&mut p, unsupported);
        let mut schema = p.remove("schema").unwrap_or_else(|| object(&p, vec![]));
        if let Some(d) = p.get("description") {
            schema.set("description", d.clone());
        }
        properties.push(Entry {
            key: name,
            at: p.start,
            value: schema,
        });
    }
    let mut schema = object(
        first,
        vec![
            ("type", string(first, "object")),
            ("properties", Node::like(first, Kind::Object(properties))),
        ],
    );
    if !required.is_empty() {
        schema.set("required", Node::like(first, Kind::Array(required)));
    }
    let form = ["multipart/form-data", "application/x-www-form-urlencoded"];
    let mut types: Vec<&str> = consumes
        .iter()
        .map(String::as_str)
        .filter(|t| form.contains(t))
        .collect();
    if types.is_empty() {
        types.push(if file { form[0] } else { form[1] });
    }
    let media = types
        .into_iter()
        .map(|t| (t, object(first, vec![("schema", schema.clone())])))
        .collect();
    Some(object(first, vec![("content", object(first, media))]))
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
