//! OpenAPI 3.1, read with `oas3`, into [`document`](super::document).

use oas3::spec::{
    MediaType, MediaTypeExamples, ObjectOrReference, ObjectSchema, Operation, ParameterIn,
    PathItem, Schema, SchemaType, SchemaTypeSet, SecurityScheme, Spec,
};

use super::document::{self, AuthKind, Content, Doc, In, Kind, child};

/// Reads a parsed 3.1 document.
pub(crate) fn read(spec: &Spec) -> Doc {
    let mut doc = Doc {
        title: spec.info.title.clone(),
        servers: spec.servers.iter().map(server_url).collect(),
        ..Doc::default()
    };
    doc.auth = auth(spec, &mut doc.unsupported);
    if let Some(components) = &spec.components {
        for (name, schema) in &components.schemas {
            let pointer = child("/components/schemas", name);
            doc.schemas
                .push((name.clone(), schema_of(schema, &pointer)));
        }
    }
    for (path, item) in spec.paths.iter().flatten() {
        let pointer = child("/paths", path);
        read_path(spec, &mut doc, path, item, &pointer);
    }
    doc
}

fn server_url(server: &oas3::spec::Server) -> String {
    let mut url = server.url.clone();
    for (name, var) in &server.variables {
        url = url.replace(&format!("{{{name}}}"), &var.default);
    }
    url
}

fn auth(spec: &Spec, unsupported: &mut Vec<(String, String)>) -> Option<(AuthKind, String)> {
    let schemes = &spec.components.as_ref()?.security_schemes;
    let name = spec
        .security
        .iter()
        .find_map(|req| req.0.keys().next().cloned())
        .or_else(|| schemes.keys().next().cloned())?;
    let pointer = child("/components/securitySchemes", &name);
    let scheme = match schemes.get(&name)? {
        ObjectOrReference::Object(s) => s.clone(),
        ObjectOrReference::Ref { ref_path, .. } => {
            unsupported.push((
                pointer,
                format!("a security scheme given by `$ref` ({ref_path})"),
            ));
            return None;
        }
    };
    let kind = match scheme {
        SecurityScheme::Http { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
            AuthKind::Bearer
        }
        SecurityScheme::Http { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
            AuthKind::Basic
        }
        SecurityScheme::ApiKey { name, location, .. } if location == "header" => {
            AuthKind::Header(name)
        }
        SecurityScheme::ApiKey { name, location, .. } if location == "query" => {
            AuthKind::Query(name)
        }
        _ => AuthKind::Other(name),
    };
    Some((kind, pointer))
}

fn read_path(spec: &Spec, doc: &mut Doc, path: &str, item: &PathItem, pointer: &str) {
    let shared: Vec<document::Parameter> = item
        .parameters
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            parameter(
                spec,
                p,
                &child(&child(pointer, "parameters"), &i.to_string()),
                doc,
            )
        })
        .collect();
    for (method, op) in item.methods() {
        let method = method.as_str().to_ascii_lowercase();
        let op_pointer = child(pointer, &method);
        let operation = operation(spec, doc, path, &method, op, &op_pointer, &shared);
        doc.operations.push(operation);
    }
}

fn operation(
    spec: &Spec,
    doc: &mut Doc,
    path: &str,
    method: &str,
    op: &Operation,
    pointer: &str,
    shared: &[document::Parameter],
) -> document::Operation {
    let mut parameters: Vec<document::Parameter> = op
        .parameters
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            parameter(
                spec,
                p,
                &child(&child(pointer, "parameters"), &i.to_string()),
                doc,
            )
        })
        .collect();
    for p in shared {
        if !parameters
            .iter()
            .any(|q| q.name == p.name && q.location == p.location)
        {
            parameters.push(p.clone());
        }
    }
    let body = request_body(spec, op, pointer, doc);
    let responses = responses(spec, op, pointer, doc);
    document::Operation {
        pointer: pointer.to_owned(),
        operation_id: op.operation_id.clone(),
        method: method.to_ascii_uppercase(),
        path: path.to_owned(),
        summary: op.summary.clone(),
        description: op.description.clone(),
        parameters,
        body,
        responses,
        inferred: document::inferred(op.extensions.get("inferred")),
        docs_url: op.external_docs.as_ref().map(|d| d.url.to_string()),
    }
}

/// The operation's request body, with its reference followed.
fn request_body(
    spec: &Spec,
    op: &Operation,
    pointer: &str,
    doc: &mut Doc,
) -> Option<document::Content> {
    op.request_body.as_ref().and_then(|b| {
        let body_pointer = child(pointer, "requestBody");
        match b {
            ObjectOrReference::Object(body) => Some(content(
                spec,
                &body.content,
                &child(&body_pointer, "content"),
            )),
            ObjectOrReference::Ref { .. } => match b.resolve(spec) {
                Ok(body) => Some(content(
                    spec,
                    &body.content,
                    &child(&body_pointer, "content"),
                )),
                Err(e) => {
                    doc.unsupported.push((
                        body_pointer,
                        format!("a request body reference that does not resolve: {e}"),
                    ));
                    None
                }
            },
        }
    })
}

/// The operation's responses, with their references followed.
fn responses(spec: &Spec, op: &Operation, pointer: &str, doc: &mut Doc) -> Vec<document::Response> {
    let mut responses = Vec::new();
    for (status, response) in op.responses.iter().flatten() {
        let r_pointer = child(&child(pointer, "responses"), status);
        let resolved = match response {
            ObjectOrReference::Object(r) => r.clone(),
            ObjectOrReference::Ref { .. } => match response.resolve(spec) {
                Ok(r) => r,
                Err(e) => {
                    doc.unsupported.push((
                        r_pointer,
                        format!("a response reference that does not resolve: {e}"),
                    ));
                    continue;
                }
            },
        };
        responses.push(document::Response {
            content: content(spec, &resolved.content, &child(&r_pointer, "content")),
            pointer: r_pointer,
            status: status.clone(),
            description: resolved.description.clone(),
        });
    }
    responses
}

fn parameter(
    spec: &Spec,
    p: &ObjectOrReference<oas3::spec::Parameter>,
    pointer: &str,
    doc: &mut Doc,
) -> Option<document::Parameter> {
    let p = match p {
        ObjectOrReference::Object(p) => p.clone(),
        ObjectOrReference::Ref { .. } => match p.resolve(spec) {
            Ok(p) => p,
            Err(e) => {
                doc.unsupported.push((
                    pointer.to_owned(),
                    format!("a parameter reference that does not resolve: {e}"),
                ));
                return None;
            }
        },
    };
    Some(document::Parameter {
        pointer: pointer.to_owned(),
        location: match p.location {
            ParameterIn::Path => In::Path,
            ParameterIn::Query => In::Query,
            ParameterIn::Header => In::Header,
            ParameterIn::Cookie => In::Cookie,
        },
        required: p.required.unwrap_or(false),
        description: p.description.clone(),
        schema: p
            .schema
            .as_ref()
            .map(|s| schema_of(s, &child(pointer, "schema"))),
        name: p.name,
    })
}

/// Whether a media type is JSON (`application/json`, `…+json`).
pub(crate) fn is_json(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("application/json") || essence.ends_with("+json")
}

fn content(spec: &Spec, map: &oas3::Map<String, MediaType>, pointer: &str) -> Content {
    let mut out = Content {
        pointer: pointer.to_owned(),
        ..Content::default()
    };
    for (media_type, media) in map {
        let m_pointer = child(pointer, media_type);
        if !is_json(media_type) || out.json.is_some() {
            out.other.push(media_type.clone());
            continue;
        }
        out.json = media
            .schema
            .as_ref()
            .map(|s| schema_of(s, &child(&m_pointer, "schema")));
        match &media.examples {
            Some(MediaTypeExamples::Example { example }) => {
                out.examples
                    .push((child(&m_pointer, "example"), example.clone()));
            }
            Some(MediaTypeExamples::Examples { examples }) => {
                for (name, e) in examples {
                    let e_pointer = child(&child(&m_pointer, "examples"), name);
                    let value = match e {
                        ObjectOrReference::Object(e) => e.value.clone(),
                        ObjectOrReference::Ref { .. } => e.resolve(spec).ok().and_then(|e| e.value),
                    };
                    if let Some(value) = value {
                        out.examples.push((e_pointer, value));
                    }
                }
            }
            None => {}
        }
    }
    out
}

/// Reads a schema.
pub(crate) fn schema_of(schema: &Schema, pointer: &str) -> document::Schema {
    let object = match schema {
        Schema::Boolean(_) => {
            return document::Schema {
                pointer: pointer.to_owned(),
                ..document::Schema::default()
            };
        }
        Schema::Object(boxed) => match boxed.as_ref() {
            ObjectOrReference::Ref {
                ref_path,
                description,
                ..
            } => {
                return document::Schema {
                    pointer: pointer.to_owned(),
                    kind: document::schema_ref(ref_path).map_or(Kind::Any, Kind::Ref),
                    description: description.clone(),
                    ..document::Schema::default()
                };
            }
            ObjectOrReference::Object(o) => o,
        },
    };
    object_schema(object, pointer)
}

fn number(n: Option<&serde_json::Number>) -> Option<f64> {
    n.and_then(serde_json::Number::as_f64)
}

fn object_schema(o: &ObjectSchema, pointer: &str) -> document::Schema {
    let (kind_type, nullable) = schema_type(o);
    let kind = kind_of(o, pointer, kind_type);
    let exclusive = |n: Option<&serde_json::Number>, step: f64| number(n).map(|v| v + step);
    document::Schema {
        pointer: pointer.to_owned(),
        kind,
        nullable,
        description: o.description.clone(),
        example: o.example.clone().or_else(|| o.examples.first().cloned()),
        default: o.default.clone(),
        enum_values: o.enum_values.clone(),
        minimum: number(o.minimum.as_ref())
            .or_else(|| exclusive(o.exclusive_minimum.as_ref(), 1.0)),
        maximum: number(o.maximum.as_ref())
            .or_else(|| exclusive(o.exclusive_maximum.as_ref(), -1.0)),
        min_length: o.min_length,
        max_length: o.max_length,
        inferred: document::inferred(o.extensions.get("inferred")),
    }
}

/// A schema's one type besides `null`, and whether `null` is allowed.
fn schema_type(o: &ObjectSchema) -> (Option<SchemaType>, bool) {
    match &o.schema_type {
        None => (None, false),
        Some(SchemaTypeSet::Single(t)) => (Some(*t), *t == SchemaType::Null),
        Some(SchemaTypeSet::Multiple(types)) => {
            let nullable = types.contains(&SchemaType::Null);
            let rest: Vec<SchemaType> = types
                .iter()
                .copied()
                .filter(|t| *t != SchemaType::Null)
                .collect();
            match rest.as_slice() {
                [one] => (Some(*one), nullable),
                _ => (None, nullable),
            }
        }
    }
}

/// What a schema is: its composition (`allOf`, `oneOf`, `anyOf`, with
/// `properties` beside them as one more part), else its type.
fn kind_of(o: &ObjectSchema, pointer: &str, kind_type: Option<SchemaType>) -> Kind {
    let list = |schemas: &[Schema], key: &str| -> Vec<document::Schema> {
        schemas
            .iter()
            .enumerate()
            .map(|(i, s)| schema_of(s, &child(&child(pointer, key), &i.to_string())))
            .collect()
    };
    let composites = [&o.all_of, &o.one_of, &o.any_of]
        .iter()
        .filter(|l| !l.is_empty())
        .count();
    if composites > 1 || (composites == 1 && !o.properties.is_empty()) {
        // Several of `allOf`, `oneOf`, `anyOf` and `properties`: all of them
        // are parts, and a part that is not an object is reported when read.
        let mut parts = list(&o.all_of, "allOf");
        for (key, variants) in [("oneOf", &o.one_of), ("anyOf", &o.any_of)] {
            if !variants.is_empty() {
                parts.push(document::Schema {
                    pointer: child(pointer, key),
                    kind: Kind::OneOf(list(variants, key), discriminator(o)),
                    ..document::Schema::default()
                });
            }
        }
        if !o.properties.is_empty() {
            parts.push(document::Schema {
                pointer: pointer.to_owned(),
                kind: object_kind(o, pointer),
                ..document::Schema::default()
            });
        }
        Kind::AllOf(parts)
    } else if !o.all_of.is_empty() {
        Kind::AllOf(list(&o.all_of, "allOf"))
    } else if !o.one_of.is_empty() {
        Kind::OneOf(list(&o.one_of, "oneOf"), discriminator(o))
    } else if !o.any_of.is_empty() {
        Kind::OneOf(list(&o.any_of, "anyOf"), discriminator(o))
    } else {
        match kind_type {
            Some(SchemaType::String) => Kind::String,
            Some(SchemaType::Integer) => Kind::Integer,
            Some(SchemaType::Number) => Kind::Number,
            Some(SchemaType::Boolean) => Kind::Boolean,
            Some(SchemaType::Array) => Kind::Array(Box::new(match &o.items {
                Some(items) => schema_of(items, &child(pointer, "items")),
                None => document::Schema {
                    pointer: child(pointer, "items"),
                    ..document::Schema::default()
                },
            })),
            Some(SchemaType::Object) => object_kind(o, pointer),
            None if !o.properties.is_empty() => object_kind(o, pointer),
            Some(SchemaType::Null) | None => Kind::Any,
        }
    }
}

fn discriminator(o: &ObjectSchema) -> Option<document::Discriminator> {
    let d = o.discriminator.as_ref()?;
    Some(document::Discriminator {
        property: d.property_name.clone(),
        mapping: d
            .mapping
            .iter()
            .flatten()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
    })
}

fn object_kind(o: &ObjectSchema, pointer: &str) -> Kind {
    let properties = o
        .properties
        .iter()
        .map(|(name, s)| {
            (
                name.clone(),
                schema_of(s, &child(&child(pointer, "properties"), name)),
            )
        })
        .collect();
    let map = match &o.additional_properties {
        Some(Schema::Boolean(b)) => b.0,
        Some(Schema::Object(_)) => true,
        None => false,
    };
    Kind::Object {
        properties,
        required: o.required.clone(),
        map,
    }
}
