//! Inputs for the benchmarks: synthetic specs of any size, and an OpenAPI
//! document describing the same API as a spec, for progenitor.

use docspec_codegen::Api;
use docspec_codegen::ir::{Field, ParamType, TypeRef};
use serde_json::{Map, Value, json};

const STATUSES: [u16; 10] = [400, 401, 403, 404, 409, 410, 422, 429, 500, 503];

/// A valid spec with `codes` error codes in `codes / 10` categories, and
/// endpoints in the Userplane proportion (19 endpoints for 31 codes, so
/// about 3 for every 5 codes), each with a response model of 5 fields and 5
/// listed codes.
pub fn synthetic_spec(codes: usize) -> String {
    synthetic_spec_with(codes, (codes * 3 / 5).max(1))
}

/// A valid spec with `codes` error codes and `endpoints` endpoints (at least
/// one).
pub fn synthetic_spec_with(codes: usize, endpoints: usize) -> String {
    let categories = (codes / 10).max(1);
    let endpoints = endpoints.max(1);
    let mut out = String::with_capacity(codes * 300);
    out.push_str(
        "{\n  \"name\": \"Synthetic\",\n  \"base_url\": \"https://api.example.com/v1\",\n",
    );
    out.push_str("  \"error_body\": { \"code\": \"/error\", \"message\": \"/message\" },\n");
    out.push_str("  \"success_body\": { \"data\": \"/data\" },\n  \"categories\": [\n");
    let cats: Vec<String> = (0..categories)
        .map(|c| format!("    {{\"id\": \"category_{c}\", \"title\": \"Category {c} errors\"}}"))
        .collect();
    out.push_str(&cats.join(",\n"));
    out.push_str("\n  ],\n  \"errors\": [\n");
    let errors: Vec<String> = (0..codes)
        .map(|i| {
            format!(
                "    {{\"code\": \"ERROR_{i:05}\", \"status\": {}, \"category\": \"category_{}\", \"message\": \"Error number {i} happened.\"}}",
                STATUSES[i % STATUSES.len()],
                i % categories
            )
        })
        .collect();
    out.push_str(&errors.join(",\n"));
    out.push_str("\n  ],\n  \"error_groups\": [{\"id\": \"common\", \"codes\": [\"ERROR_00000\"], \"all_endpoints\": true}],\n");
    out.push_str("  \"models\": [\n");
    let models: Vec<String> = (0..endpoints)
        .map(|e| {
            format!(
                "    {{\"name\": \"Data{e}\", \"fields\": [{{\"name\": \"itemId\", \"type\": \"string\", \"required\": true}}, {{\"name\": \"title\", \"type\": \"string\"}}, {{\"name\": \"count\", \"type\": \"integer\"}}, {{\"name\": \"active\", \"type\": \"boolean\"}}, {{\"name\": \"meta\", \"type\": \"json\", \"nullable\": true}}]}}"
            )
        })
        .collect();
    out.push_str(&models.join(",\n"));
    out.push_str("\n  ],\n  \"endpoints\": [\n");
    let eps: Vec<String> = (0..endpoints)
        .map(|e| {
            let listed: Vec<String> = (0..5)
                .map(|k| format!("\"ERROR_{:05}\"", (e * 5 + k) % codes))
                .collect();
            format!(
                "    {{\"id\": \"get_item_{e}\", \"method\": \"GET\", \"path\": \"/items_{e}/{{itemId}}\", \"query\": [{{\"name\": \"expand\", \"type\": \"boolean\"}}], \"response\": \"Data{e}\", \"errors\": [{}]}}",
                listed.join(", ")
            )
        })
        .collect();
    out.push_str(&eps.join(",\n"));
    out.push_str("\n  ]\n}\n");
    out
}

fn schema(ty: &TypeRef) -> Value {
    match ty {
        TypeRef::String => json!({"type": "string"}),
        TypeRef::Integer => json!({"type": "integer", "format": "int64"}),
        TypeRef::Number => json!({"type": "number", "format": "double"}),
        TypeRef::Boolean => json!({"type": "boolean"}),
        TypeRef::Json => json!({}),
        TypeRef::Model(name) => json!({"$ref": format!("#/components/schemas/{name}")}),
        TypeRef::Array(inner) => json!({"type": "array", "items": schema(inner)}),
    }
}

fn field_schema(f: &Field) -> Value {
    let mut s = schema(&f.ty);
    if f.nullable {
        s = match s {
            Value::Object(mut m) if !m.contains_key("$ref") => {
                m.insert("nullable".into(), Value::Bool(true));
                Value::Object(m)
            }
            other => json!({"allOf": [other], "nullable": true}),
        };
    }
    if let Some(d) = &f.description
        && let Value::Object(m) = &mut s
    {
        m.insert("description".into(), Value::String(d.clone()));
    }
    s
}

/// The same API as an OpenAPI 3.0 document: every endpoint with its
/// parameters, body and `{message, data}` response, and for each endpoint
/// one error response per status its codes use, with the error body schema
/// (`error` an enum of the spec's codes; progenitor wants one error type per
/// operation).
pub fn openapi(api: &Api) -> Value {
    let mut schemas = Map::new();
    for m in &api.models {
        let props: Map<String, Value> = m
            .fields()
            .iter()
            .map(|f| (f.name.clone(), field_schema(f)))
            .collect();
        let required: Vec<&str> = m
            .fields()
            .iter()
            .filter(|f| f.required)
            .map(|f| f.name.as_str())
            .collect();
        let mut s = json!({"type": "object", "properties": props});
        if !required.is_empty() {
            s["required"] = json!(required);
        }
        schemas.insert(m.name.clone(), s);
    }
    let mut paths = Map::new();
    for e in &api.endpoints {
        let response = match &e.response {
            TypeRef::Model(name) => name.as_str(),
            _ => "Value",
        };
        let envelope = format!("{response}Envelope");
        schemas.entry(envelope.clone()).or_insert_with(|| {
            json!({
                "type": "object",
                "required": ["message", "data"],
                "properties": {
                    "message": {"type": "string"},
                    "data": {"$ref": format!("#/components/schemas/{response}")}
                }
            })
        });
        let mut params: Vec<Value> = e
            .path_params
            .iter()
            .map(|p| json!({"name": p.name, "in": "path", "required": true, "schema": {"type": "string", "minLength": 1}}))
            .collect();
        for q in &e.query {
            let mut s = match q.ty {
                ParamType::Integer => json!({"type": "integer", "format": "int64"}),
                ParamType::Boolean => json!({"type": "boolean"}),
                ParamType::String => json!({"type": "string"}),
            };
            if let Some(min) = q.minimum {
                s["minimum"] = json!(min);
            }
            if let Some(max) = q.maximum {
                s["maximum"] = json!(max);
            }
            params.push(json!({"name": q.name, "in": "query", "required": false, "schema": s}));
        }
        let mut responses = Map::new();
        responses.insert(
            "200".into(),
            json!({"description": "Success", "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{envelope}")}}}}),
        );
        let mut by_status: Vec<(u16, Vec<&str>)> = Vec::new();
        for c in e.codes.iter().map(|c| api.code(c.code)) {
            let s = c.status.as_u16();
            match by_status.iter_mut().find(|(st, _)| *st == s) {
                Some((_, v)) => v.push(&c.code),
                None => by_status.push((s, vec![&c.code])),
            }
        }
        for (status, codes) in by_status {
            // progenitor needs one error type per operation: the shared body.
            responses.insert(
                status.to_string(),
                json!({"description": codes.join(", "), "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}),
            );
        }
        let mut op = json!({"operationId": e.id, "parameters": params, "responses": responses});
        if let Some(b) = &e.body {
            op["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{b}")}}}});
        }
        let item = paths.entry(e.path.clone()).or_insert_with(|| json!({}));
        item[e.method.as_str().to_lowercase()] = op;
    }
    let codes: Vec<&str> = api.codes().iter().map(|e| e.code.as_str()).collect();
    schemas.insert(
        "Error".into(),
        json!({
            "type": "object",
            "required": ["error", "message"],
            "properties": {"error": {"type": "string", "enum": codes}, "message": {"type": "string"}}
        }),
    );
    json!({
        "openapi": "3.0.3",
        "info": {"title": api.name, "version": "1.0.0"},
        "servers": [{"url": api.base_url.clone().unwrap_or_default()}],
        "paths": paths,
        "components": {"schemas": schemas}
    })
}

#[cfg(test)]
mod tests {
    use docspec_codegen::{SourceFile, load_source};

    #[test]
    fn the_synthetic_specs_load_and_their_openapi_documents_parse() {
        for (codes, endpoints) in [(5, 1), (100, 60)] {
            let text = super::synthetic_spec_with(codes, endpoints);
            let api = load_source(SourceFile::new("synthetic.json", text)).unwrap();
            assert_eq!(
                (api.spec.errors.len(), api.spec.endpoints.len()),
                (codes, endpoints)
            );
            let doc: openapiv3::OpenAPI = serde_json::from_value(super::openapi(&api.api)).unwrap();
            assert_eq!(doc.paths.paths.len(), endpoints);
        }
    }
}
