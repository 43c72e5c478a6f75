//! OpenAPI 3.0, read with `openapiv3`, into [`document`](super::document).
//!
//! A little over 500 lines on purpose: it is the whole reader (operations,
//! parameters, responses, schemas, security) of every version, once brought
//! to 3.0's shape, and splitting it would part functions that read one
//! document together.

use openapiv3::{
    APIKeyLocation, AdditionalProperties, Components, MediaType, OpenAPI, Operation, Parameter,
    ReferenceOr, Schema, SchemaKind, SecurityScheme, StatusCode, Type,
};

use super::document::{self, AuthKind, Content, Doc, In, Kind, child};

/// Reads a parsed 3.0 document.
pub(crate) fn read(spec: &OpenAPI) -> Doc {
    let mut doc = Doc {
        title: spec.info.title.clone(),
        servers: spec.servers.iter().map(server_url).collect(),
        ..Doc::default()
    };
    let components = spec.components.clone().unwrap_or_default();
    doc.auth = auth(spec, &components, &mut doc.unsupported);
    for (name, schema) in &components.schemas {
        let pointer = child("/components/schemas", name);
        doc.schemas
            .push((name.clone(), ref_or_schema(schema, &pointer)));
    }
    for (path, item) in &spec.paths.paths {
        let pointer = child("/paths", path);
        let ReferenceOr::Item(item) = item else {
            doc.unsupported
                .push((pointer, "a path item given by `$ref`".to_owned()));
            continue;
        };
        let shared = parameters(
            &components,
            &item.parameters,
            &child(&pointer, "parameters"),
            &mut doc,
        );
        for (method, op) in item.iter() {
            let op_pointer = child(&pointer, method);
            let operation = operation(
                &components,
                &mut doc,
                path,
                method,
                op,
                &op_pointer,
                &shared,
            );
            doc.operations.push(operation);
        }
    }
    doc
}

fn server_url(server: &openapiv3::Server) -> String {
    let mut url = server.url.clone();
    for (name, var) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &var.default);
    }
    url
}

fn auth(
    spec: &OpenAPI,
    components: &Components,
    unsupported: &mut Vec<(String, String)>,
) -> Option<(AuthKind, String)> {
    let schemes = &components.security_schemes;
    let name = spec
        .security
        .iter()
        .flatten()
        .find_map(|req| req.keys().next().cloned())
        .or_else(|| schemes.keys().next().cloned())?;
    let pointer = child("/components/securitySchemes", &name);
    let scheme = match schemes.get(&name)? {
        ReferenceOr::Item(s) => s,
        ReferenceOr::Reference { reference } => {
            unsupported.push((
                pointer,
                format!("a security scheme given by `$ref` ({reference})"),
            ));
            return None;
        }
    };
    let kind = match scheme {
        SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("bearer") => {
            AuthKind::Bearer
        }
        SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
            AuthKind::Basic
        }
        SecurityScheme::APIKey {
            location: APIKeyLocation::Header,
            name,
            ..
        } => AuthKind::Header(name.clone()),
        SecurityScheme::APIKey {
            location: APIKeyLocation::Query,
            name,
            ..
        } => AuthKind::Query(name.clone()),
        _ => AuthKind::Other(name),
    };
    Some((kind, pointer))
}

/// The component a reference names (`#/components/<kind>/<name>`).
fn component<'a, T>(
    map: &'a indexmap::IndexMap<String, ReferenceOr<T>>,
    reference: &str,
    kind: &str,
) -> Option<&'a T> {
    let name = reference.strip_prefix(&format!("#/components/{kind}/"))?;
    match map.get(name)? {
        ReferenceOr::Item(item) => Some(item),
        ReferenceOr::Reference { .. } => None,
    }
}

fn parameters(
    components: &Components,
    list: &[ReferenceOr<Parameter>],
    pointer: &str,
    doc: &mut Doc,
) -> Vec<document::Parameter> {
    let mut out = Vec::new();
    for (i, p) in list.iter().enumerate() {
        let p_pointer = child(pointer, &i.to_string());
        let p = match p {
            ReferenceOr::Item(p) => p,
            ReferenceOr::Reference { reference } => {
                match component(&components.parameters, reference, "parameters") {
                    Some(p) => p,
                    None => {
                        doc.unsupported.push((
                            p_pointer,
                            format!("a parameter reference that does not resolve: {reference}"),
                        ));
                        continue;
                    }
                }
            }
        };
        let location = match p {
            Parameter::Query { .. } => In::Query,
            Parameter::Path { .. } => In::Path,
            Parameter::Header { .. } => In::Header,
            Parameter::Cookie { .. } => In::Cookie,
        };
        let data = p.parameter_data_ref();
        let schema = match &data.format {
            openapiv3::ParameterSchemaOrContent::Schema(s) => {
                Some(ref_or_schema(s, &child(&p_pointer, "schema")))
            }
            openapiv3::ParameterSchemaOrContent::Content(_) => None,
        };
        out.push(document::Parameter {
            pointer: p_pointer,
            name: data.name.clone(),
            location,
            required: data.required,
            description: data.description.clone(),
            schema,
        });
    }
    out
}

fn operation(
    components: &Components,
    doc: &mut Doc,
    path: &str,
    method: &str,
    op: &Operation,
    pointer: &str,
    shared: &[document::Parameter],
) -> document::Operation {
    let mut params = parameters(
        components,
        &op.parameters,
        &child(pointer, "parameters"),
        doc,
    );
    for p in shared {
        if !params
            .iter()
            .any(|q| q.name == p.name && q.location == p.location)
        {
            params.push(p.clone());
        }
    }
    let body = request_body(components, op, pointer, doc);
    let responses = responses(components, op, pointer, doc);
    document::Operation {
        pointer: pointer.to_owned(),
        operation_id: op.operation_id.clone(),
        method: method.to_ascii_uppercase(),
        path: path.to_owned(),
        summary: op.summary.clone(),
        description: op.description.clone(),
        parameters: params,
        body,
        responses,
        inferred: document::inferred(op.extensions.get("x-inferred")),
        docs_url: op.external_docs.as_ref().map(|d| d.url.clone()),
    }
}

/// The operation's request body, with its references followed.
fn request_body(
    components: &Components,
    op: &Operation,
    pointer: &str,
    doc: &mut Doc,
) -> Option<document::Content> {
    op.request_body.as_ref().and_then(|b| {
        let b_pointer = child(pointer, "requestBody");
        let body = match b {
            ReferenceOr::Item(b) => b,
            ReferenceOr::Reference { reference } => {
                match component(&components.request_bodies, reference, "requestBodies") {
                    Some(b) => b,
                    None => {
                        doc.unsupported.push((
                            b_pointer,
                            format!("a request body reference that does not resolve: {reference}"),
                        ));
                        return None;
                    }
                }
            }
        };
        Some(content(
            components,
            &body.content,
            &child(&b_pointer, "content"),
        ))
    })
}

/// The operation's responses, `default` last, with their references
/// followed.
fn responses(
    components: &Components,
    op: &Operation,
    pointer: &str,
    doc: &mut Doc,
) -> Vec<document::Response> {
    let mut responses = Vec::new();
    let all = op
        .responses
        .responses
        .iter()
        .map(|(status, r)| (status_text(status), r))
        .chain(
            op.responses
                .default
                .iter()
                .map(|r| ("default".to_owned(), r)),
        );
    for (status, r) in all {
        let r_pointer = child(&child(pointer, "responses"), &status);
        let r = match r {
            ReferenceOr::Item(r) => r,
            ReferenceOr::Reference { reference } => {
                match component(&components.responses, reference, "responses") {
                    Some(r) => r,
                    None => {
                        doc.unsupported.push((
                            r_pointer,
                            format!("a response reference that does not resolve: {reference}"),
                        ));
                        continue;
                    }
                }
            }
        };
        responses.push(document::Response {
            content: content(components, &r.content, &child(&r_pointer, "content")),
            pointer: r_pointer,
            status,
            description: Some(r.description.clone()),
        });
    }
    responses
}

fn status_text(status: &StatusCode) -> String {
    match status {
        StatusCode::Code(code) => code.to_string(),
        StatusCode::Range(n) => format!("{n}XX"),
    }
}

fn content(
    components: &Components,
    map: &indexmap::IndexMap<String, MediaType>,
    pointer: &str,
) -> Content {
    let mut out = Content {
        pointer: pointer.to_owned(),
        ..Content::default()
    };
    for (media_type, media) in map {
        let m_pointer = child(pointer, media_type);
        if !document::is_json(media_type) || out.json.is_some() {
            out.other.push(media_type.clone());
            continue;
        }
        out.json = media
            .schema
            .as_ref()
            .map(|s| ref_or_schema(s, &child(&m_pointer, "schema")));
        if let Some(example) = &media.example {
            out.examples
                .push((child(&m_pointer, "example"), example.clone()));
        }
        for (name, e) in &media.examples {
            let e_pointer = child(&child(&m_pointer, "examples"), name);
            let e = match e {
                ReferenceOr::Item(e) => Some(e),
                ReferenceOr::Reference { reference } => {
                    component(&components.examples, reference, "examples")
                }
            };
            if let Some(value) = e.and_then(|e| e.value.clone()) {
                out.examples.push((e_pointer, value));
            }
        }
    }
    out
}

fn ref_or_schema(s: &ReferenceOr<Schema>, pointer: &str) -> document::Schema {
    match s {
        ReferenceOr::Reference { reference } => document::Schema {
            pointer: pointer.to_owned(),
            kind: document::schema_ref(reference).map_or(Kind::Any, Kind::Ref),
            ..document::Schema::default()
        },
        ReferenceOr::Item(schema) => schema_of(schema, pointer),
    }
}

fn boxed(s: &ReferenceOr<Box<Schema>>, pointer: &str) -> document::Schema {
    match s {
        ReferenceOr::Reference { reference } => document::Schema {
            pointer: pointer.to_owned(),
            kind: document::schema_ref(reference).map_or(Kind::Any, Kind::Ref),
            ..document::Schema::default()
        },
        ReferenceOr::Item(schema) => schema_of(schema, pointer),
    }
}

fn list(schemas: &[ReferenceOr<Schema>], pointer: &str, key: &str) -> Vec<document::Schema> {
    schemas
        .iter()
        .enumerate()
        .map(|(i, s)| ref_or_schema(s, &child(&child(pointer, key), &i.to_string())))
        .collect()
}

fn properties(
    props: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
    pointer: &str,
) -> Vec<(String, document::Schema)> {
    props
        .iter()
        .map(|(name, s)| {
            (
                name.clone(),
                boxed(s, &child(&child(pointer, "properties"), name)),
            )
        })
        .collect()
}

fn is_map(additional: Option<&AdditionalProperties>) -> bool {
    match additional {
        Some(AdditionalProperties::Any(b)) => *b,
        Some(AdditionalProperties::Schema(_)) => true,
        None => false,
    }
}

fn schema_of(schema: &Schema, pointer: &str) -> document::Schema {
    let data = &schema.schema_data;
    let discriminator = data
        .discriminator
        .as_ref()
        .map(|d| document::Discriminator {
            property: d.property_name.clone(),
            mapping: d
                .mapping
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        });
    let mut out = document::Schema {
        pointer: pointer.to_owned(),
        nullable: data.nullable,
        description: data.description.clone(),
        example: data.example.clone(),
        default: data.default.clone(),
        inferred: document::inferred(data.extensions.get("x-inferred")),
        ..document::Schema::default()
    };
    out.kind = match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            out.enum_values = s
                .enumeration
                .iter()
                .flatten()
                .map(|v| v.clone().into())
                .collect();
            out.min_length = s.min_length.map(|n| n as u64);
            out.max_length = s.max_length.map(|n| n as u64);
            Kind::String
        }
        SchemaKind::Type(Type::Integer(i)) => {
            out.enum_values = i
                .enumeration
                .iter()
                .flatten()
                .map(|v| (*v).into())
                .collect();
            out.minimum = i
                .minimum
                .map(|m| m as f64 + if i.exclusive_minimum { 1.0 } else { 0.0 });
            out.maximum = i
                .maximum
                .map(|m| m as f64 - if i.exclusive_maximum { 1.0 } else { 0.0 });
            Kind::Integer
        }
        SchemaKind::Type(Type::Number(n)) => {
            out.minimum = n.minimum;
            out.maximum = n.maximum;
            Kind::Number
        }
        SchemaKind::Type(Type::Boolean(_)) => Kind::Boolean,
        SchemaKind::Type(Type::Object(o)) => Kind::Object {
            properties: properties(&o.properties, pointer),
            required: o.required.clone(),
            map: is_map(o.additional_properties.as_ref()),
        },
        SchemaKind::Type(Type::Array(a)) => Kind::Array(Box::new(match &a.items {
            Some(items) => boxed(items, &child(pointer, "items")),
            None => document::Schema {
                pointer: child(pointer, "items"),
                ..document::Schema::default()
            },
        })),
        SchemaKind::AllOf { all_of } => Kind::AllOf(list(all_of, pointer, "allOf")),
        SchemaKind::OneOf { one_of } => Kind::OneOf(list(one_of, pointer, "oneOf"), discriminator),
        SchemaKind::AnyOf { any_of } => Kind::OneOf(list(any_of, pointer, "anyOf"), discriminator),
        // Nothing to generate from; the value is kept as JSON.
        SchemaKind::Not { .. } => Kind::Any,
        SchemaKind::Any(any) => any_kind(any, pointer, discriminator, &mut out),
    };
    out
}

/// A schema `openapiv3` could not sort into one kind (an object with
/// `allOf` beside its properties, say).
fn any_kind(
    any: &openapiv3::AnySchema,
    pointer: &str,
    discriminator: Option<document::Discriminator>,
    out: &mut document::Schema,
) -> Kind {
    out.min_length = any.min_length.map(|n| n as u64);
    out.max_length = any.max_length.map(|n| n as u64);
    out.minimum = any.minimum;
    out.maximum = any.maximum;
    out.enum_values = any.enumeration.clone();
    let composites = [&any.all_of, &any.one_of, &any.any_of]
        .iter()
        .filter(|l| !l.is_empty())
        .count();
    if composites > 1 || (composites == 1 && !any.properties.is_empty()) || !any.all_of.is_empty() {
        // All of them are parts; a part that is not an object is reported
        // when read.
        let mut parts = list(&any.all_of, pointer, "allOf");
        for (key, variants) in [("oneOf", &any.one_of), ("anyOf", &any.any_of)] {
            if !variants.is_empty() {
                parts.push(document::Schema {
                    pointer: child(pointer, key),
                    kind: Kind::OneOf(list(variants, pointer, key), discriminator.clone()),
                    ..document::Schema::default()
                });
            }
        }
        if !any.properties.is_empty() {
            parts.push(document::Schema {
                pointer: pointer.to_owned(),
                kind: Kind::Object {
                    properties: properties(&any.properties, pointer),
                    required: any.required.clone(),
                    map: false,
                },
                ..document::Schema::default()
            });
        }
        return Kind::AllOf(parts);
    }
    if !any.one_of.is_empty() {
        return Kind::OneOf(list(&any.one_of, pointer, "oneOf"), discriminator);
    }
    if !any.any_of.is_empty() {
        return Kind::OneOf(list(&any.any_of, pointer, "anyOf"), discriminator);
    }
    match any.typ.as_deref() {
        Some("string") => Kind::String,
        Some("integer") => Kind::Integer,
        Some("number") => Kind::Number,
        Some("boolean") => Kind::Boolean,
        Some("array") => Kind::Array(Box::new(match &any.items {
            Some(items) => boxed(items, &child(pointer, "items")),
            None => document::Schema::default(),
        })),
        Some("object") | None if !any.properties.is_empty() || any.typ.is_some() => Kind::Object {
            properties: properties(&any.properties, pointer),
            required: any.required.clone(),
            map: is_map(any.additional_properties.as_ref()),
        },
        _ => Kind::Any,
    }
}
