//! A JSON document into the positioned tree, through the strict JSON
//! reader the specs use.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;

use super::{Entry, Kind, MAX_DEPTH, Node};
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::SourceFile;

/// Reads `source` as strict JSON into a [`Node`].
pub(crate) fn parse(source: &SourceFile) -> Result<Node, Diagnostics> {
    let ast = crate::json::parse(source)?;
    node(source, &ast, 0)
}

fn node(source: &SourceFile, value: &Value<'_>, depth: usize) -> Result<Node, Diagnostics> {
    let range = value.range();
    if depth > MAX_DEPTH {
        return Err(Diagnostic::at(
            source,
            range.start,
            "",
            format!("the document nests values more than {MAX_DEPTH} deep"),
        )
        .into());
    }
    let kind = match value {
        Value::NullKeyword(_) => Kind::Null,
        Value::BooleanLit(b) => Kind::Bool(b.value),
        Value::StringLit(s) => Kind::String(s.value.to_string()),
        Value::NumberLit(n) => match serde_json::from_str(n.value) {
            Ok(number) => Kind::Number(number),
            Err(e) => {
                return Err(Diagnostic::at(
                    source,
                    range.start,
                    "",
                    format!("the number `{}` cannot be read: {e}", n.value),
                )
                .into());
            }
        },
        Value::Array(a) => Kind::Array(
            a.elements
                .iter()
                .map(|v| node(source, v, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Value::Object(o) => Kind::Object(
            o.properties
                .iter()
                .map(|p| {
                    Ok(Entry {
                        key: p.name.as_str().to_owned(),
                        at: p.range.start,
                        value: node(source, &p.value, depth + 1)?,
                    })
                })
                .collect::<Result<_, Diagnostics>>()?,
        ),
    };
    Ok(Node {
        start: range.start,
        end: range.end,
        kind,
    })
}
