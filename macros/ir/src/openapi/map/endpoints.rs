//! OpenAPI operations → the spec's endpoints.

use heck::ToSnakeCase;
use serde_json::Value;

use super::Ctx;
use super::models::{Models, model_name};
use crate::model::{
    Endpoint, EndpointErrorRef, EnumValue, ParamType, PathParam, QueryParam, Spanned, TypeRef,
};
use crate::openapi::document::{In, Kind, Operation, Parameter, Response, Schema};

/// The endpoint id of an operation: its `operationId` in `snake_case`
/// (`links.list` → `links_list`), or the method and path without one.
pub(crate) fn endpoint_id(op: &Operation) -> String {
    let raw = match &op.operation_id {
        Some(id) => id.clone(),
        None => format!(
            "{} {}",
            op.method.to_lowercase(),
            op.path.replace(['{', '}'], "")
        ),
    };
    let words: String = raw
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let snake = words.to_snake_case();
    match snake.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => snake,
        _ => format!("op_{snake}"),
    }
}

/// Maps one operation; `None` (with a diagnostic) when it cannot be.
pub(crate) fn endpoint(
    ctx: &mut Ctx<'_>,
    models: &mut Models<'_>,
    op: &Operation,
) -> Option<Endpoint> {
    let id = endpoint_id(op);
    let loc = ctx.loc(&op.pointer);
    let pascal = model_name(&id);
    let mut path_params = Vec::new();
    let mut query = Vec::new();
    for p in &op.parameters {
        match p.location {
            In::Path => path_params.push(path_param(ctx, p)),
            In::Query => query.extend(query_param(ctx, models, p)),
            In::Header | In::Cookie if ctx.is_auth_parameter(p) => {}
            In::Header | In::Cookie => ctx.warn(
                &p.pointer,
                format!(
                    "the {} parameter `{}` is not supported; the client does not send it",
                    if p.location == In::Header {
                        "header"
                    } else {
                        "cookie"
                    },
                    p.name
                ),
            ),
        }
    }
    let path_names: Vec<String> = path_params
        .iter()
        .filter_map(|p: &PathParam| crate::ident::snake_name(&p.name).ok())
        .collect();
    super::naming::query(ctx, &mut query, &path_names);
    let body = op.body.as_ref().and_then(|content| {
        for other in &content.other {
            ctx.warn(&content.pointer, format!("the request body's `{other}` form is not supported; the client sends JSON"));
        }
        let schema = content.json.as_ref()?;
        match models.type_of(ctx, schema, &format!("{pascal}Body")).0 {
            TypeRef::Model(name) => Some(Spanned::new(name, ctx.loc(&schema.pointer))),
            other => {
                ctx.warn(&schema.pointer, format!("a request body of type `{other:?}` is not supported (only objects); the client sends none"));
                None
            }
        }
    });
    let response = response_type(ctx, models, op, &pascal);
    let errors = error_codes(ctx, models, op);
    // Error responses of statuses the errors page documents without a code.
    let statuses = op
        .responses
        .iter()
        .filter_map(|r| r.status.parse::<i64>().ok().map(|s| (s, r)))
        .filter(|(s, _)| ctx.statuses.contains(s))
        .map(|(s, r)| Spanned::new(s, ctx.loc(&r.pointer)))
        .collect();
    let path_pointer = op.pointer.rsplit_once('/').map_or("", |(p, _)| p);
    let (path, fixed_query) = request_path(ctx, &op.path, path_pointer);
    Some(Endpoint {
        id: Spanned::new(id, loc.clone()),
        method: Spanned::new(op.method.clone(), loc.clone()),
        path: Spanned::new(path, ctx.loc(path_pointer)),
        summary: op.summary.clone(),
        description: op.description.clone(),
        docs_url: op.docs_url.clone(),
        inferred: op.inferred.clone(),
        path_params,
        query,
        body,
        response,
        pagination: None,
        error_groups: Vec::new(),
        errors,
        statuses,
        fixed_query,
        loc,
    })
}

/// The path a request goes to, and the query pairs written into it. A
/// `#fragment` after a path is how some documents put several operations
/// on one path (`/files/{id}#copy`): it tells the operations apart in the
/// document and is never sent. A query written into the path
/// (`/responses?beta=true`) is sent with every request.
fn request_path(ctx: &mut Ctx<'_>, path: &str, pointer: &str) -> (String, Vec<(String, String)>) {
    let (path, fragment) = match path.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (path, None),
    };
    if let Some(fragment) = fragment {
        ctx.warn(
            pointer,
            format!("the path's fragment `#{fragment}` only tells this operation apart in the document; the request goes to `{path}`"),
        );
    }
    let Some((path, query)) = path.split_once('?') else {
        return (path.to_owned(), Vec::new());
    };
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (k.to_owned(), v.to_owned()),
            None => (p.to_owned(), String::new()),
        })
        .collect();
    ctx.warn(
        pointer,
        format!("the path writes the query `{query}` into it; the request goes to `{path}` and sends it with every call"),
    );
    (path.to_owned(), pairs)
}

fn path_param(ctx: &mut Ctx<'_>, p: &Parameter) -> PathParam {
    let length =
        |n: Option<u64>, s: &Schema| n.map(|n| Spanned::new(n as i64, ctx.loc(&s.pointer)));
    let (min_length, max_length) = match &p.schema {
        Some(s) => (length(s.min_length, s), length(s.max_length, s)),
        None => (None, None),
    };
    PathParam {
        name: Spanned::new(p.name.clone(), ctx.loc(&p.pointer)),
        description: p.description.clone(),
        min_length,
        max_length,
    }
}

fn query_param(ctx: &mut Ctx<'_>, models: &Models<'_>, p: &Parameter) -> Option<QueryParam> {
    let Some(schema) = p.schema.as_ref().map(|s| models.follow(s)) else {
        ctx.warn(
            &p.pointer,
            format!(
                "the query parameter `{}` has no schema; it is left out",
                p.name
            ),
        );
        return None;
    };
    let ty = match schema.kind {
        Kind::Integer => ParamType::Integer,
        Kind::Boolean => ParamType::Boolean,
        Kind::String => ParamType::String,
        _ => {
            ctx.warn(
                &p.pointer,
                format!(
                    "the query parameter `{}` is not a string, integer or boolean; it is left out",
                    p.name
                ),
            );
            return None;
        }
    };
    let int = |v: Option<f64>| {
        v.filter(|f| f.fract() == 0.0 && f.abs() < 9.1e15)
            .map(|f| f as i64)
    };
    let kept = |v: &Value| match v {
        Value::String(s) => Some(EnumValue::Str(s.clone())),
        Value::Number(n) => n.as_i64().map(EnumValue::Int),
        _ => None,
    };
    if schema
        .enum_values
        .iter()
        .any(|v| kept(v).is_none() && !v.is_null())
    {
        ctx.warn(
            &schema.pointer,
            format!("the query parameter `{}` lists values that are neither strings nor whole numbers; they are left out of its enum", p.name),
        );
    }
    let values = schema
        .enum_values
        .iter()
        .filter_map(kept)
        .map(|v| Spanned::new(v, ctx.loc(&schema.pointer)))
        .collect();
    if p.required && schema.default.is_none() {
        ctx.warn(&p.pointer, format!("the query parameter `{}` is required, but the client's setter is optional: set it on every call", p.name));
    }
    let (mut minimum, mut maximum) = (int(schema.minimum), int(schema.maximum));
    let (mut min_length, mut max_length) = (schema.min_length, schema.max_length);
    let values: Vec<Spanned<EnumValue>> = values;
    if !values.is_empty()
        && (minimum.is_some() || maximum.is_some() || min_length.is_some() || max_length.is_some())
    {
        // The setter takes one of the listed values: a bound or length
        // beside them has nothing left to limit.
        (minimum, maximum, min_length, max_length) = (None, None, None, None);
        ctx.warn(&schema.pointer, format!("the query parameter `{}` lists its values; its bounds and lengths beside them limit nothing and are not kept", p.name));
    }
    let length = |n: Option<u64>| n.map(|n| Spanned::new(n as i64, ctx.loc(&schema.pointer)));
    Some(QueryParam {
        name: Spanned::new(p.name.clone(), ctx.loc(&p.pointer)),
        ty,
        default: schema.default.as_ref().map(Value::to_string),
        minimum,
        maximum,
        min_length: length(min_length),
        max_length: length(max_length),
        values,
        description: p.description.clone().or_else(|| schema.description.clone()),
        required: p.required,
        rust_name: None,
        value_names: Vec::new(),
    })
}

/// The first success response's payload type, at the success body's data
/// pointer.
fn response_type(
    ctx: &mut Ctx<'_>,
    models: &mut Models<'_>,
    op: &Operation,
    pascal: &str,
) -> Spanned<String> {
    let success = op.responses.iter().find(|r| r.status.starts_with('2'));
    let Some(success) = success else {
        ctx.warn(
            &op.pointer,
            "the operation documents no success response; its payload is `serde_json::Value`"
                .to_owned(),
        );
        return Spanned::new("json".to_owned(), ctx.loc(&op.pointer));
    };
    // A 204 has no body, whatever schema it is given: the payload is the
    // `null` an empty body decodes as.
    let no_content = success.status == "204" || success.status == "205";
    let Some(schema) = success.content.json.as_ref().filter(|_| !no_content) else {
        if !no_content && let Some(other) = success.content.other.first() {
            ctx.warn(
                &success.content.pointer,
                format!("the success response is `{other}`, not JSON; its payload is `serde_json::Value`, which will not decode it"),
            );
        }
        return Spanned::new("json".to_owned(), ctx.loc(&success.pointer));
    };
    let payload = ctx
        .success_data
        .clone()
        .map_or(Some(schema.clone()), |pointer| {
            walk(models, schema, &pointer)
        });
    let Some(payload) = payload else {
        ctx.warn(&schema.pointer, "the success response has nothing at the success body's data pointer; its payload is `serde_json::Value`".to_owned());
        return Spanned::new("json".to_owned(), ctx.loc(&schema.pointer));
    };
    let (ty, _) = models.type_of(ctx, &payload, &format!("{pascal}Data"));
    Spanned::new(type_text(&ty), ctx.loc(&payload.pointer))
}

/// A type as the spec writes it (`Link`, `[Link]`, `json`).
pub(crate) fn type_text(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "string".to_owned(),
        TypeRef::Integer => "integer".to_owned(),
        TypeRef::Number => "number".to_owned(),
        TypeRef::Boolean => "boolean".to_owned(),
        TypeRef::Json => "json".to_owned(),
        TypeRef::Model(m) => m.clone(),
        TypeRef::Array(inner) => format!("[{}]", type_text(inner)),
    }
}

/// The schema at a JSON pointer of object keys inside `schema`, through
/// references and `allOf`.
pub(crate) fn walk(models: &Models<'_>, schema: &Schema, pointer: &str) -> Option<Schema> {
    let mut node = schema.clone();
    for key in crate::model::ErrorBody::segments(pointer) {
        node = property(models, &node, &key, &mut Vec::new())?;
    }
    Some(node)
}

/// The property `key` of a schema; `seen` holds the components already
/// looked in, so each is read once.
fn property(
    models: &Models<'_>,
    schema: &Schema,
    key: &str,
    seen: &mut Vec<String>,
) -> Option<Schema> {
    if let Kind::Ref(name) = &schema.kind {
        if seen.contains(name) {
            return None;
        }
        seen.push(name.clone());
    }
    match &models.follow(schema).kind {
        Kind::Array(items) if key.parse::<usize>().is_ok() => Some((**items).clone()),
        Kind::Object { properties, .. } => properties
            .iter()
            .find(|(n, _)| n == key)
            .map(|(_, s)| s.clone()),
        Kind::AllOf(parts) => parts
            .iter()
            .rev()
            .find_map(|p| property(models, p, key, seen)),
        _ => None,
    }
}

/// The codes an operation's error responses name: an `enum` (or example)
/// on the code property, the responses' examples, and known codes their
/// descriptions mention.
fn error_codes(ctx: &mut Ctx<'_>, models: &Models<'_>, op: &Operation) -> Vec<EndpointErrorRef> {
    let mut found: Vec<Found> = Vec::new();
    for r in op.responses.iter().filter(|r| !r.status.starts_with('2')) {
        codes_of_response(ctx, models, r, &mut found);
    }
    let mut out: Vec<EndpointErrorRef> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    for Found {
        code,
        pointer,
        message,
    } in found
    {
        if let Some(seen) = out.iter_mut().find(|e| e.code.value == code) {
            if seen.message.is_none() {
                seen.message = message;
            }
            continue;
        }
        if unknown.contains(&code) {
            continue;
        }
        if !ctx.codes.contains(&code) {
            unknown.push(code.clone());
            if !ctx.unknown_codes.iter().any(|(c, _)| *c == code) {
                ctx.unknown_codes.push((code, pointer));
            }
            continue;
        }
        ctx.named.insert(code.clone());
        out.push(EndpointErrorRef {
            code: Spanned::new(code, ctx.loc(&pointer)),
            message,
        });
    }
    // An example's message is the endpoint's own wording only where it
    // differs from the table's.
    for e in &mut out {
        if e.message.is_some() && e.message == ctx.table_message(&e.code) {
            e.message = None;
        }
    }
    out
}

/// A code an error response names, where, and the message an example
/// sends it with.
struct Found {
    code: String,
    pointer: String,
    message: Option<String>,
}

fn codes_of_response(ctx: &Ctx<'_>, models: &Models<'_>, r: &Response, found: &mut Vec<Found>) {
    let at = |code: &str, pointer: &str, message: Option<String>| Found {
        code: code.to_owned(),
        pointer: pointer.to_owned(),
        message,
    };
    if let (Some(schema), Some(code_pointer)) = (&r.content.json, &ctx.code_pointer)
        && let Some(code) = walk(models, schema, code_pointer)
    {
        let code = models.follow(&code);
        for v in &code.enum_values {
            if let Value::String(s) = v {
                found.push(at(s, &code.pointer, None));
            }
        }
        if let Some(Value::String(s)) = &code.example {
            found.push(at(s, &code.pointer, None));
        }
    }
    if let Some(code_pointer) = &ctx.code_pointer {
        for (pointer, example) in &r.content.examples {
            if let Some(Value::String(s)) = example.pointer(code_pointer) {
                let message = ctx
                    .message_pointer
                    .as_deref()
                    .and_then(|p| example.pointer(p))
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                found.push(at(s, pointer, message));
            }
        }
    }
    if let Some(text) = &r.description {
        for word in
            text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-'))
        {
            let word = word.trim_matches(['.', '-']);
            if !word.is_empty() && ctx.codes.iter().any(|c| c == word) {
                found.push(at(word, &r.pointer, None));
            }
        }
    }
}
