//! Rules for enum and union models: values and variants that each become a
//! distinct Rust variant.

use std::collections::HashMap;

use crate::diag::Ctxt;
use crate::ident;
use crate::model::{Model, Spec};

use crate::ident::OTHER;

/// An enum model has values and no fields; each value names a distinct
/// variant that is not [`OTHER`]. The variants, in order (none for a model
/// that is not an enum), or `None` when one is reported.
pub(super) fn variants(m: &Model, diags: &mut Ctxt) -> Option<Vec<String>> {
    if !m.is_enum() {
        return Some(Vec::new());
    }
    if let Some(f) = m.fields.first() {
        diags.push(f.name.loc.error(format!(
            "the enum `{}` has `values`, so it has no `fields`",
            m.name.value
        )));
    }
    if !m.variant_names.is_empty() {
        // A published document's reader named them, distinct and valid.
        return Some(m.variant_names.clone());
    }
    let mut ok = true;
    let mut variants: HashMap<String, &str> = HashMap::new();
    let mut names = Vec::with_capacity(m.values.len());
    for v in &m.values {
        let problem = match ident::code_name(v) {
            Err(e) => Some(format!(
                "the value `{}` cannot name a Rust variant: {e}",
                v.value
            )),
            Ok(variant) if variant == OTHER => Some(format!(
                "the value `{}` would take the variant `{OTHER}`, which holds values the spec does not list",
                v.value
            )),
            Ok(variant) => {
                let problem = match variants.get(&variant) {
                    Some(first) if *first == v.as_str() => {
                        Some(format!("the value `{}` is listed twice", v.value))
                    }
                    Some(first) => Some(format!(
                        "the values `{first}` and `{}` both become the variant `{variant}`",
                        v.value
                    )),
                    None => {
                        variants.insert(variant.clone(), v.as_str());
                        None
                    }
                };
                names.push(variant);
                problem
            }
        };
        if let Some(problem) = problem {
            ok = false;
            diags.push(v.loc.error(problem));
        }
    }
    ok.then_some(names)
}

/// A union names a tag and object models, each once, and has no fields or
/// values of its own.
pub(super) fn check_union(spec: &Spec, m: &Model, diags: &mut Ctxt) {
    let Some(union) = &m.union else {
        return;
    };
    if m.is_enum() || !m.fields.is_empty() {
        diags.push(m.name.loc.error(format!(
            "the union `{}` has `one_of`, so it has no `fields` or `values`",
            m.name.value
        )));
    }
    if union.tag.is_empty() {
        diags.push(
            union
                .tag
                .loc
                .error("the tag field of a `one_of` has no name"),
        );
    }
    if union.variants.is_empty() {
        diags.push(
            m.name
                .loc
                .error(format!("the union `{}` lists no variants", m.name.value)),
        );
    }
    let mut tags: Vec<&str> = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for (value, model) in &union.variants {
        if tags.contains(&value.as_str()) {
            diags.push(
                value
                    .loc
                    .error(format!("the tag `{}` is listed twice", value.value)),
            );
        }
        tags.push(value);
        if seen.contains(&model.as_str()) {
            diags.push(model.loc.error(format!(
                "the model `{}` is a variant twice; give each tag value a model of its own",
                model.value
            )));
        }
        seen.push(model);
        match spec.model(model) {
            None => diags.push(
                model
                    .loc
                    .error(format!("unknown model `{}`", model.value))
                    .with_suggestion(model, spec.models.iter().map(|m| m.name.as_str())),
            ),
            Some(v) if !v.is_object() => diags.push(model.loc.error(format!(
                "the variant `{}` of `{}` is not an object model",
                model.value, m.name.value
            ))),
            Some(_) => {}
        }
        if model.value == OTHER {
            diags.push(value.loc.error(format!(
                "a variant named `{OTHER}` would clash with the variant that holds tags the spec does not list"
            )));
        }
    }
}
