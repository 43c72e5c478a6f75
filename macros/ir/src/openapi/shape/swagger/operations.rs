//! Swagger 2.0 path items and operations → 3.0's: parameters' types into
//! schemas, `body` and `formData` parameters into the request body,
//! responses' schemas and examples into `content`.

use super::super::super::tree::{Entry, Kind, Node};
use super::super::{METHODS, Unsupported};
use super::{object, parameter, schemas, string, strings};

/// A response: `schema` and `examples` → `content`, headers' types →
/// their schemas.
pub(super) fn response(r: &mut Node, produces: &[String], unsupported: &mut Unsupported) {
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
pub(super) fn path_item(
    item: &mut Node,
    media: (&[String], &[String]),
    unsupported: &mut Unsupported,
) {
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
