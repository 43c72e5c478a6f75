//! Rules for a query parameter's values and limits.

use std::collections::HashMap;

use crate::diag::Ctxt;
use crate::model::{EnumValue, ParamType, QueryParam};

pub(super) fn check(q: &QueryParam, diags: &mut Ctxt) {
    let name = &q.name;
    if let (Some(min), Some(max)) = (q.minimum, q.maximum)
        && min > max
    {
        diags.push(
            name.loc
                .error(format!("minimum {min} is above maximum {max}")),
        );
    }
    let limits = q.minimum.is_some()
        || q.maximum.is_some()
        || q.min_length.is_some()
        || q.max_length.is_some();
    if !q.values.is_empty() {
        if limits {
            diags.push(name.loc.error(format!(
                "`{}` lists its values, so it takes no minimum, maximum or length: the values are the rule",
                name.value
            )));
        }
        check_values(q, diags);
        return;
    }
    if q.ty != ParamType::Integer && (q.minimum.is_some() || q.maximum.is_some()) {
        diags.push(name.loc.error(format!(
            "`{}` is not an integer, so it takes no `minimum` or `maximum`",
            name.value
        )));
    }
    for len in [&q.min_length, &q.max_length].into_iter().flatten() {
        if q.ty != ParamType::String {
            diags.push(len.loc.error(format!(
                "`{}` is not a string, so it takes no length limits",
                name.value
            )));
        } else if len.value < 0 {
            diags.push(len.loc.error("a length cannot be negative"));
        }
    }
    if let (Some(min), Some(max)) = (&q.min_length, &q.max_length)
        && min.value > max.value
    {
        diags.push(max.loc.error(format!(
            "max_length {} is below min_length {}",
            max.value, min.value
        )));
    }
}

fn check_values(q: &QueryParam, diags: &mut Ctxt) {
    let mut seen: HashMap<String, &EnumValue> = HashMap::new();
    for v in &q.values {
        let fits = matches!(
            (q.ty, &v.value),
            (ParamType::Integer, EnumValue::Int(_)) | (ParamType::String, EnumValue::Str(_))
        );
        if !fits {
            diags.push(v.loc.error(format!(
                "`{}` is not a value of the parameter's type",
                v.value.wire()
            )));
            continue;
        }
        if !q.value_names.is_empty() {
            // A published document's reader named them, distinct and valid.
            continue;
        }
        match v.value.ident() {
            Err(err) => diags.push(v.loc.error(format!(
                "value `{}` cannot be a Rust name: {err}",
                v.value.wire()
            ))),
            Ok(id) => {
                if let Some(first) = seen.insert(id.clone(), &v.value) {
                    diags.push(v.loc.error(format!(
                        "values `{}` and `{}` both become the Rust name `{id}`",
                        first.wire(),
                        v.value.wire()
                    )));
                }
            }
        }
    }
}
