//! Rules for error groups, models and endpoints.

use std::collections::{HashMap, HashSet};

use super::shared::{position, unknown_code};
use crate::diag::Ctxt;
use crate::ident;
use crate::model::{Endpoint, Loc, Model, Spanned, Spec, TypeRef};

pub(super) fn check(spec: &Spec, error_idents: Option<&[String]>, diags: &mut Ctxt) {
    check_success_body(spec, diags);
    check_groups(spec, diags);
    check_models(spec, diags);
    check_endpoints(spec, diags);
    if let Some(idents) = error_idents {
        check_unknown_variant(spec, idents, diags);
    }
}

fn unknown_model(spec: &Spec, name: &str, loc: &Loc, diags: &mut Ctxt) {
    if spec.model(name).is_none() {
        let mut d = loc.error(format!("unknown model `{name}`"));
        d = d.with_suggestion(name, spec.models.iter().map(|m| m.name.as_str()));
        if d.help.is_none() && name.chars().next().is_some_and(|c| c.is_ascii_lowercase()) {
            d = d.with_suggestion(name, TypeRef::PRIMITIVES);
        }
        diags.push(d);
    }
}

/// The response is a model, or a type expression (`[Link]`, `json`) whose
/// models exist.
fn check_response(spec: &Spec, e: &Endpoint, diags: &mut Ctxt) {
    match TypeRef::parse(&e.response) {
        Some(TypeRef::Model(_)) | None => unknown_model(spec, &e.response, &e.response.loc, diags),
        Some(ty) => {
            if e.pagination.is_some() {
                diags.push(e.response.loc.error(format!(
                    "a paged endpoint's response must be a model holding the items, not `{}`",
                    e.response.value
                )));
            } else if let Some(model) = ty.model() {
                unknown_model(spec, model, &e.response.loc, diags);
            }
        }
    }
}

/// A name list in which each entry may appear once.
fn duplicates<'a>(
    items: impl IntoIterator<Item = &'a Spanned<String>>,
    what: &str,
    diags: &mut Ctxt,
) {
    let mut seen: HashMap<&str, &Loc> = HashMap::new();
    for item in items {
        if let Some(first) = seen.insert(item, &item.loc) {
            diags.push(
                item.loc
                    .error(format!("duplicate {what} `{}`", item.value))
                    .with_note(format!("first given at {}", position(first))),
            );
        }
    }
}

/// The success-body pointer is walked like the error-body pointers.
fn check_success_body(spec: &Spec, diags: &mut Ctxt) {
    if let Some(p) = &spec.success_data {
        super::shared::check_pointer(p, diags);
    }
}

/// Groups are referenced by id and hold codes of the spec.
fn check_groups(spec: &Spec, diags: &mut Ctxt) {
    duplicates(
        spec.error_groups.iter().map(|g| &g.id),
        "error group",
        diags,
    );
    for g in &spec.error_groups {
        for code in &g.codes {
            unknown_code(spec, code, diags);
        }
        duplicates(&g.codes, "code", diags);
    }
}

/// Models become structs in a `models` module: names must be distinct
/// `UpperCamelCase` identifiers, field names distinct `snake_case` ones, and
/// every referenced model must exist.
fn check_models(spec: &Spec, diags: &mut Ctxt) {
    duplicates(spec.models.iter().map(|m| &m.name), "model", diags);
    for m in &spec.models {
        match ident::verbatim_type_name(&m.name) {
            Ok(n) if n.starts_with(|c: char| c.is_ascii_uppercase()) => {}
            Ok(_) => diags.push(m.name.loc.error(format!(
                "model name `{}` must start with a capital letter",
                m.name.value
            ))),
            Err(e) => diags.push(m.name.loc.error(format!(
                "model name `{}` cannot be a Rust name: {e}",
                m.name.value
            ))),
        }
        super::enums::check_union(spec, m, diags);
        check_fields(spec, m, diags);
    }
}

/// A field's `example` has the field's type, for the types one can tell
/// from the JSON alone.
fn check_example(spec: &Spec, f: &crate::model::Field, diags: &mut Ctxt) {
    use jsonc_parser::JsonValue;
    let Some(example) = &f.example else {
        return;
    };
    let value = jsonc_parser::parse_to_value(&example.value, &Default::default())
        .ok()
        .flatten();
    let fits = match (&f.ty.value, &value) {
        (_, Some(JsonValue::Null)) => f.nullable,
        (TypeRef::String, Some(JsonValue::String(_))) => true,
        (TypeRef::Boolean, Some(JsonValue::Boolean(_))) => true,
        (TypeRef::Integer, Some(JsonValue::Number(n))) => n.parse::<i64>().is_ok(),
        (TypeRef::Number, Some(JsonValue::Number(_))) => true,
        (TypeRef::Array(_), Some(JsonValue::Array(_))) => true,
        (TypeRef::Model(m), Some(JsonValue::String(s))) => spec
            .model(m)
            .is_some_and(|m| m.values.iter().any(|v| v.value == **s)),
        (TypeRef::Model(_), Some(JsonValue::Object(_))) | (TypeRef::Json, Some(_)) => true,
        _ => false,
    };
    if fits {
        return;
    }
    let mut d = example.loc.error(format!(
        "the example of `{}` is not a value of its type",
        f.name.value
    ));
    let values =
        f.ty.model()
            .and_then(|m| spec.model(m))
            .filter(|m| m.is_enum());
    if let (Some(m), Some(JsonValue::String(s))) = (values, &value) {
        d = d.with_suggestion(s, m.values.iter().map(|v| v.as_str()));
        if d.help.is_none() {
            let list: Vec<String> = m.values.iter().map(|v| format!("`{}`", v.value)).collect();
            d = d.with_help(format!("`{}` takes {}", m.name.value, list.join(", ")));
        }
    }
    diags.push(d);
}

fn check_fields(spec: &Spec, m: &Model, diags: &mut Ctxt) {
    duplicates(m.fields.iter().map(|f| &f.name), "field", diags);
    for f in &m.fields {
        check_example(spec, f, diags);
        if let Some(model) = f.ty.model() {
            unknown_model(spec, model, &f.ty.loc, diags);
        }
    }
}

/// A query parameter's enum lives in `models` beside the spec's models, so
/// its name (the request's, then the parameter's) must not be a model's.
fn check_query_enum_names(spec: &Spec, e: &Endpoint, diags: &mut Ctxt) {
    let Ok(request) = ident::type_name(&e.id) else {
        return;
    };
    for q in e.query.iter().filter(|q| !q.values.is_empty()) {
        let param = match ident::type_name(&q.name) {
            Ok(param) => param,
            Err(err) => {
                diags.push(q.name.loc.error(format!(
                    "the values of `{}` become an enum named after it, which cannot be a Rust name: {err}",
                    q.name.value
                )));
                continue;
            }
        };
        let name = format!("{request}{param}");
        if spec.model(&name).is_some() {
            diags.push(q.name.loc.error(format!(
                "the values of `{}` become the enum `{name}`, which is already a model's name",
                q.name.value
            )));
        }
    }
}

fn check_endpoints(spec: &Spec, diags: &mut Ctxt) {
    duplicates(spec.endpoints.iter().map(|e| &e.id), "endpoint", diags);
    for e in &spec.endpoints {
        check_query_enum_names(spec, e, diags);
    }
    let mut type_names: HashMap<String, &str> = HashMap::new();
    for e in &spec.endpoints {
        match (ident::snake_name(&e.id), ident::type_name(&e.id)) {
            (Ok(method), Ok(ty)) => {
                if method != e.id.value {
                    diags.push(
                        e.id.loc
                            .error(format!("endpoint id `{}` is not snake_case", e.id.value))
                            .with_help(format!("write `{method}`")),
                    );
                }
                if format!("{ty}Error") == "ApiError" {
                    diags.push(e.id.loc.error(format!(
                        "endpoint id `{}` would name its error type `ApiError`, which the API's error type already uses",
                        e.id.value
                    )));
                }
                if let Some(other) = type_names.insert(ty.clone(), &e.id)
                    && other != e.id.as_str()
                {
                    diags.push(e.id.loc.error(format!(
                        "endpoints `{other}` and `{}` both become the Rust name `{ty}`",
                        e.id.value
                    )));
                }
            }
            (Err(err), _) | (_, Err(err)) => diags.push(e.id.loc.error(format!(
                "endpoint id `{}` cannot be a Rust name: {err}",
                e.id.value
            ))),
        }
        check_path(e, diags);
        check_query(e, diags);
        if let Some(body) = &e.body {
            unknown_model(spec, body, &body.loc, diags);
        }
        check_response(spec, e, diags);
        check_endpoint_errors(spec, e, diags);
    }
}

/// The path is below the base URL, and each `{parameter}` is a distinct
/// name that becomes a method argument.
fn check_path(e: &Endpoint, diags: &mut Ctxt) {
    if !e.path.starts_with('/') {
        diags.push(
            e.path
                .loc
                .error(format!("path `{}` must start with `/`", e.path.value)),
        );
    }
    let opens = e.path.matches('{').count();
    let closes = e.path.matches('}').count();
    if opens != closes {
        diags.push(e.path.loc.error("unbalanced `{` and `}` in the path"));
    }
    if let Some(c) = e.path.value.chars().find(|c| matches!(c, '?' | '#')) {
        diags.push(
            e.path
                .loc
                .error(format!("path `{}` contains `{c}`", e.path.value))
                .with_help("a path ends before any query or fragment: describe query parameters in `query`"),
        );
    }
    check_param_segments(e, diags);
    let names = e.path_param_names();
    let mut seen = HashSet::new();
    for name in &names {
        if ident::snake_name(name).is_err() || name.is_empty() {
            diags.push(
                e.path
                    .loc
                    .error(format!("path parameter `{{{name}}}` cannot be a Rust name")),
            );
        }
        if !seen.insert(*name) {
            diags.push(
                e.path
                    .loc
                    .error(format!("path parameter `{{{name}}}` appears twice")),
            );
        }
    }
    for param in &e.path_params {
        let name = &param.name;
        if !names.contains(&name.as_str()) {
            diags.push(
                name.loc
                    .error(format!("`{}` is not a parameter of the path", name.value))
                    .with_suggestion(name, names.iter().copied()),
            );
        }
        check_lengths(param, diags);
    }
}

/// A path segment holding a parameter is the parameter alone, or has a
/// literal character other than `.` beside it: values are refused when they
/// are `.` or `..` one by one, and this keeps two values, or a value and
/// literal dots (`{a}{b}`, `{name}.`), from making a `..` segment together.
fn check_param_segments(e: &Endpoint, diags: &mut Ctxt) {
    for segment in e.path.value.split('/') {
        if !segment.contains('{') || is_single_param(segment) {
            continue;
        }
        // Whether every character outside the `{…}` is a dot.
        let mut depth = 0usize;
        let only_dots = segment.chars().all(|c| match c {
            '{' => {
                depth += 1;
                true
            }
            '}' => {
                depth = depth.saturating_sub(1);
                true
            }
            c => depth > 0 || c == '.',
        });
        if only_dots {
            diags.push(e.path.loc.error(format!(
                "path segment `{segment}` could become `..`: its parameters and dots alone make it up"
            )).with_help("give each parameter a segment of its own, or put a literal other than `.` beside it"));
        }
    }
}

/// Whether a segment is exactly one `{parameter}`.
fn is_single_param(segment: &str) -> bool {
    segment
        .strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .is_some_and(|inner| !inner.contains(['{', '}']))
}

/// Length limits a value can meet: a maximum of at least 1 (an empty path
/// segment is always refused), and no minimum above the maximum.
fn check_lengths(param: &crate::model::PathParam, diags: &mut Ctxt) {
    if let Some(min) = param.min_length.as_ref().filter(|m| m.value < 0) {
        diags.push(min.loc.error(format!(
            "`min_length` must not be negative, found {}",
            min.value
        )));
    }
    if let Some(max) = param.max_length.as_ref().filter(|m| m.value < 1) {
        diags.push(
            max.loc
                .error(format!(
                    "`max_length` must be at least 1, found {}",
                    max.value
                ))
                .with_note("an empty path segment is never sent"),
        );
    }
    if let (Some(min), Some(max)) = (&param.min_length, &param.max_length)
        && min.value > max.value
    {
        diags.push(min.loc.error(format!(
            "`min_length` {} is above `max_length` {}: no value could be sent",
            min.value, max.value
        )));
    }
}

fn check_query(e: &Endpoint, diags: &mut Ctxt) {
    duplicates(e.query.iter().map(|q| &q.name), "query parameter", diags);
    let path_idents: Vec<String> = e
        .path_param_names()
        .iter()
        .filter_map(|n| ident::snake_name(n).ok())
        .collect();
    let mut setters: HashMap<String, &str> = HashMap::new();
    for q in &e.query {
        match q.ident() {
            Err(err) => diags.push(q.name.loc.error(format!(
                "query parameter `{}` cannot be a Rust name: {err}",
                q.name.value
            ))),
            Ok(id) if ident::BUILDER_NAMES.contains(&id.as_str()) => {
                diags.push(q.name.loc.error(format!(
                    "query parameter `{}` would take the name the request builder keeps for its own `{id}`",
                    q.name.value
                )))
            }
            Ok(id) if setters.contains_key(&id) => diags.push(q.name.loc.error(format!(
                "query parameters `{}` and `{}` both become the setter `.{id}()`",
                setters[&id], q.name.value
            ))),
            Ok(id) if path_idents.contains(&id) => diags.push(q.name.loc.error(format!(
                "query parameter `{}` has the Rust name of a path parameter",
                q.name.value
            ))),
            Ok(id) => {
                setters.insert(id, q.name.as_str());
            }
        }
        super::query::check(q, diags);
    }
}

/// The codes and groups an endpoint lists exist, each listed once.
fn check_endpoint_errors(spec: &Spec, e: &Endpoint, diags: &mut Ctxt) {
    for g in &e.error_groups {
        if spec.error_group(g).is_none() {
            diags.push(
                g.loc
                    .error(format!("unknown error group `{}`", g.value))
                    .with_suggestion(g, spec.error_groups.iter().map(|g| g.id.as_str())),
            );
        }
    }
    duplicates(&e.error_groups, "error group", diags);
    for r in &e.errors {
        unknown_code(spec, &r.code, diags);
    }
    duplicates(e.errors.iter().map(|r| &r.code), "code", diags);
}

/// Endpoint error enums keep the variant `Unknown` for codes they do not
/// list, so no code an endpoint returns may take that name.
fn check_unknown_variant(spec: &Spec, idents: &[String], diags: &mut Ctxt) {
    if spec.endpoints.is_empty() {
        return;
    }
    let returned: HashSet<&str> = spec
        .endpoints
        .iter()
        .flat_map(|e| spec.endpoint_codes(e))
        .map(|c| c.code.as_str())
        .collect();
    for (code, ident) in spec.errors.iter().zip(idents) {
        if returned.contains(code.code.as_str()) && ident == "Unknown" {
            diags.push(
                code.code
                    .loc
                    .error(format!(
                        "code `{}` becomes the variant `Unknown`, which endpoint error enums keep for codes they do not list",
                        code.code.value
                    ))
                    .with_help("give the code a `rust_name`"),
            );
        }
    }
}
