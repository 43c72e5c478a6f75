//! What a document says of its errors when no errors page is given: the
//! statuses its operations' error responses document (each becomes a
//! documented status, so each operation's error enum has a variant per
//! status it lists), and the error body's layout, read from those
//! responses' schemas.
//!
//! The layout is the pair of properties the most error responses share: a
//! code (`code`, `error_code`, `errorCode`, or `error` holding a string) and
//! a message (`message`, `detail`, `error_description`, …), at the top of
//! the body or inside one object property (`{"error": {"code", "message"}}`).
//! Where no schema shows a code, errors are told apart by status, and a
//! code and message are still read from `/code` and `/message` when a body
//! has them; a warning says so.

use super::document::{Doc, Kind, Schema};
use super::map::Ctx;
use crate::model::{Category, ErrorBody, Spanned, Spec, StatusDef};

/// Property names that hold an error's code, in order of preference.
const CODES: [&str; 4] = ["code", "error_code", "errorCode", "error"];
/// Property names that hold an error's message, in order of preference.
const MESSAGES: [&str; 7] = [
    "message",
    "error_message",
    "errorMessage",
    "detail",
    "error_description",
    "msg",
    "description",
];

/// Fills `spec`'s statuses, their categories and its error body from the
/// document, when the spec says nothing of errors.
pub(crate) fn infer(spec: &mut Spec, doc: &Doc, ctx: &mut Ctx<'_>) {
    if !spec.errors.is_empty() || !spec.statuses.is_empty() || spec.error_body.is_some() {
        return;
    }
    statuses(spec, doc, ctx);
    spec.error_body = Some(layout(doc, ctx));
}

/// Each concrete error status the operations document, once, with the
/// first description given for it, under a category per status class.
fn statuses(spec: &mut Spec, doc: &Doc, ctx: &Ctx<'_>) {
    let mut found: Vec<StatusDef> = Vec::new();
    for r in doc.operations.iter().flat_map(|op| &op.responses) {
        let Ok(status) = r.status.parse::<i64>() else {
            continue;
        };
        if !(400..600).contains(&status) || found.iter().any(|s| s.status.value == status) {
            continue;
        }
        let loc = ctx.loc(&r.pointer);
        let (id, title) = class(status);
        if !spec.categories.iter().any(|c| c.id.value == id) {
            spec.categories.push(Category {
                id: Spanned::new(id.to_owned(), loc.clone()),
                title: Spanned::new(title.to_owned(), loc.clone()),
                description: None,
                loc: loc.clone(),
            });
        }
        found.push(StatusDef {
            status: Spanned::new(status, loc.clone()),
            category: Spanned::new(id.to_owned(), loc.clone()),
            message: r
                .description
                .clone()
                .filter(|d| !d.trim().is_empty())
                .map(|d| Spanned::new(d, loc.clone())),
            loc,
        });
    }
    found.sort_by_key(|s| s.status.value);
    spec.statuses = found;
}

/// The category of a status's class.
fn class(status: i64) -> (&'static str, &'static str) {
    if status < 500 {
        ("client_errors", "Client errors")
    } else {
        ("server_errors", "Server errors")
    }
}

/// The error body layout most error responses share, reported as a
/// warning naming where it was read.
fn layout(doc: &Doc, ctx: &mut Ctx<'_>) -> ErrorBody {
    let mut seen: Vec<((String, String), String, usize)> = Vec::new();
    for r in doc.operations.iter().flat_map(|op| &op.responses) {
        let error = r.status == "default" || r.status.starts_with(['4', '5']);
        let Some(schema) = r.content.json.as_ref().filter(|_| error) else {
            continue;
        };
        if let Some(pair) = pointers(doc, schema) {
            match seen.iter_mut().find(|(p, _, _)| *p == pair) {
                Some((_, _, n)) => *n += 1,
                None => seen.push((pair, r.pointer.clone(), 1)),
            }
        }
    }
    let best = seen.iter().max_by_key(|(_, _, n)| *n).cloned();
    let Some(((code, message), pointer, count)) = best else {
        let loc = ctx.loc("/paths");
        ctx.warn(
            "/paths",
            "no error response's schema shows a code: errors are told apart by status, and a code and message are read from `/code` and `/message` where a body has them".to_owned(),
        );
        return ErrorBody {
            code: Spanned::new("/code".to_owned(), loc.clone()),
            message: Spanned::new("/message".to_owned(), loc),
        };
    };
    let loc = ctx.loc(&pointer);
    ctx.warn(
        &pointer,
        format!("no errors page is given: error bodies are read with the code at `{code}` and the message at `{message}`, as {count} error response{} here and elsewhere show", if count == 1 { "" } else { "s" }),
    );
    ErrorBody {
        code: Spanned::new(code, loc.clone()),
        message: Spanned::new(message, loc),
    }
}

/// The code and message pointers a body schema shows, at its top or in
/// one object property.
fn pointers(doc: &Doc, schema: &Schema) -> Option<(String, String)> {
    let top = properties(doc, schema)?;
    if let Some(pair) = pair(doc, &top, "") {
        return Some(pair);
    }
    top.iter().find_map(|(name, s)| {
        let inner = properties(doc, s)?;
        pair(doc, &inner, &crate::json::child_pointer("", name))
    })
}

/// The code and message among `properties`, under `prefix`.
fn pair(doc: &Doc, properties: &[(&str, &Schema)], prefix: &str) -> Option<(String, String)> {
    let code = CODES.iter().find(|c| {
        properties.iter().any(|(n, s)| {
            n == *c
                && matches!(
                    follow(doc, s).kind,
                    Kind::String | Kind::Integer | Kind::Any
                )
        })
    })?;
    let message = MESSAGES
        .iter()
        .find(|m| properties.iter().any(|(n, _)| n == *m))
        .unwrap_or(&"message");
    Some((
        crate::json::child_pointer(prefix, code),
        crate::json::child_pointer(prefix, message),
    ))
}

/// An object schema's properties, through references and `allOf` parts
/// (a bounded depth of them).
fn properties<'d>(doc: &'d Doc, schema: &'d Schema) -> Option<Vec<(&'d str, &'d Schema)>> {
    let mut out = Vec::new();
    collect(doc, schema, 0, &mut out).then_some(out)
}

/// Adds the properties of `schema` to `out`; whether it is an object.
fn collect<'d>(
    doc: &'d Doc,
    schema: &'d Schema,
    depth: usize,
    out: &mut Vec<(&'d str, &'d Schema)>,
) -> bool {
    match &follow(doc, schema).kind {
        Kind::Object { properties, .. } => {
            out.extend(properties.iter().map(|(n, s)| (n.as_str(), s)));
            true
        }
        Kind::AllOf(parts) if depth < 8 => {
            // Every part adds its properties: no part is skipped.
            let mut object = false;
            for p in parts {
                object |= collect(doc, p, depth + 1, out);
            }
            object
        }
        Kind::OneOf(parts, _) if parts.len() == 1 && depth < 8 => {
            collect(doc, &parts[0], depth + 1, out)
        }
        _ => false,
    }
}

/// The schema a reference names, followed a bounded number of times.
fn follow<'d>(doc: &'d Doc, mut schema: &'d Schema) -> &'d Schema {
    for _ in 0..16 {
        let Kind::Ref(name) = &schema.kind else {
            return schema;
        };
        match doc.schemas.iter().find(|(n, _)| n == name) {
            Some((_, target)) => schema = target,
            None => return schema,
        }
    }
    schema
}
