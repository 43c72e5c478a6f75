//! Changes in the shapes of requests and responses: query parameters and
//! models.

use super::{Change, Item, Kind, change};
use crate::model::{Endpoint, Field, Model, QueryParam, Spec, TypeRef};

/// The query parameter changes of one endpoint, as parts of its `changed`
/// line; whether any breaks a caller.
pub(super) fn query_changes(old: &Endpoint, new: &Endpoint, parts: &mut Vec<String>) -> bool {
    let find =
        |list: &[QueryParam], name: &str| list.iter().find(|q| q.name.value == name).cloned();
    let mut breaking = false;
    for q in &new.query {
        match find(&old.query, &q.name) {
            None if q.required => {
                parts.push(format!("required query parameter `{}` added", q.name.value));
                breaking = true;
            }
            None => parts.push(format!("query parameter `{}` added", q.name.value)),
            Some(o) => {
                let values =
                    |q: &QueryParam| q.values.iter().map(|v| v.value.clone()).collect::<Vec<_>>();
                if o.ty != q.ty || values(&o) != values(q) {
                    parts.push(format!(
                        "query parameter `{}` retyped: {} → {}",
                        q.name.value,
                        param_type(&o),
                        param_type(q)
                    ));
                    breaking = true;
                }
                if q.required && !o.required {
                    parts.push(format!(
                        "query parameter `{}` is now required",
                        q.name.value
                    ));
                    breaking = true;
                }
            }
        }
    }
    for o in &old.query {
        if find(&new.query, &o.name).is_none() {
            parts.push(format!("query parameter `{}` removed", o.name.value));
            breaking = true;
        }
    }
    breaking
}

fn param_type(q: &QueryParam) -> String {
    if q.values.is_empty() {
        format!("{:?}", q.ty).to_lowercase()
    } else {
        let values: Vec<String> = q.values.iter().map(|v| v.wire()).collect();
        format!("one of {}", values.join(", "))
    }
}

/// Models added, removed and changed, field by field.
pub(super) fn diff_models(old: &Spec, new: &Spec, out: &mut Vec<Change>) {
    for m in &new.models {
        let Some(o) = old.model(&m.name) else {
            let detail = format!("{} fields", m.fields.len());
            out.push(change(Item::Model, Kind::Added, &m.name, detail, false));
            continue;
        };
        let mut parts = Vec::new();
        let breaking = field_changes(o, m, &mut parts);
        if !parts.is_empty() {
            out.push(change(
                Item::Model,
                Kind::Changed,
                &m.name,
                parts.join("; "),
                breaking,
            ));
        }
    }
    for o in &old.models {
        if new.model(&o.name).is_none() {
            out.push(change(
                Item::Model,
                Kind::Removed,
                &o.name,
                String::new(),
                true,
            ));
        }
    }
}

/// The field changes of one model; whether any breaks code that reads the
/// field or builds the model.
fn field_changes(old: &Model, new: &Model, parts: &mut Vec<String>) -> bool {
    let mut breaking = value_changes(old, new, parts);
    for f in &new.fields {
        match old.field(&f.name) {
            None if f.required => {
                parts.push(format!("required field `{}` added", f.name.value));
                // The model's constructor takes it.
                breaking = true;
            }
            None => parts.push(format!("field `{}` added", f.name.value)),
            Some(o) => {
                if o.ty.value != f.ty.value {
                    parts.push(format!(
                        "field `{}` retyped: {} → {}",
                        f.name.value,
                        type_text(&o.ty),
                        type_text(&f.ty)
                    ));
                    breaking = true;
                }
                if optional(o) != optional(f) {
                    let now = if optional(f) { "optional" } else { "required" };
                    parts.push(format!("field `{}` is now {now}", f.name.value));
                    breaking = true;
                }
            }
        }
    }
    for o in &old.fields {
        if new.field(&o.name).is_none() {
            parts.push(format!("field `{}` removed", o.name.value));
            breaking = true;
        }
    }
    breaking
}

/// The value changes of an enum model, or the tag changes of a union. Any
/// breaks an exhaustive `match`: an added value takes a new variant, a
/// removed one loses its variant.
fn value_changes(old: &Model, new: &Model, parts: &mut Vec<String>) -> bool {
    let has = |m: &Model, v: &str| m.values.iter().any(|x| x.value == v);
    let added: Vec<&str> = new
        .values
        .iter()
        .map(|v| v.as_str())
        .filter(|v| !has(old, v))
        .collect();
    let removed: Vec<&str> = old
        .values
        .iter()
        .map(|v| v.as_str())
        .filter(|v| !has(new, v))
        .collect();
    if !added.is_empty() {
        parts.push(format!("values added: {}", added.join(", ")));
    }
    if !removed.is_empty() {
        parts.push(format!("values removed: {}", removed.join(", ")));
    }
    !added.is_empty() || !removed.is_empty()
}

/// Whether a field is an `Option` in Rust.
fn optional(f: &Field) -> bool {
    !f.required || f.nullable
}

fn type_text(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Model(m) => m.clone(),
        TypeRef::Array(inner) => format!("[{}]", type_text(inner)),
        other => format!("{other:?}").to_lowercase(),
    }
}
