//! Rules for enum models: values that each become a distinct variant.

use std::collections::HashMap;

use crate::diag::Diagnostics;
use crate::ident;
use crate::model::Model;

/// The name of the variant that holds a value the spec does not list.
pub const OTHER: &str = "Other";

/// An enum model has values and no fields; each value names a distinct
/// variant that is not [`OTHER`].
pub(super) fn check_enum(m: &Model, diags: &mut Diagnostics) {
    if !m.is_enum() {
        return;
    }
    if let Some(f) = m.fields.first() {
        diags.push(f.name.loc.error(format!(
            "the enum `{}` has `values`, so it has no `fields`",
            m.name.value
        )));
    }
    let mut variants: HashMap<String, &str> = HashMap::new();
    for v in &m.values {
        match ident::code_name(v) {
            Err(e) => diags.push(
                v.loc
                    .error(format!("the value `{}` cannot name a Rust variant: {e}", v.value)),
            ),
            Ok(variant) if variant == OTHER => diags.push(
                v.loc
                    .error(format!("the value `{}` would take the variant `{OTHER}`, which holds values the spec does not list", v.value)),
            ),
            Ok(variant) => match variants.get(&variant) {
                Some(first) if *first == v.as_str() => {
                    diags.push(v.loc.error(format!("the value `{}` is listed twice", v.value)));
                }
                Some(first) => diags.push(v.loc.error(format!(
                    "the values `{first}` and `{}` both become the variant `{variant}`",
                    v.value
                ))),
                None => {
                    variants.insert(variant, v.as_str());
                }
            },
        }
    }
}
