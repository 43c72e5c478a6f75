//! The error body layout a page's own JSON example shows.

use jsonc_parser::JsonValue;
use jsonc_parser::{ParseOptions, parse_to_value};

use crate::model::{ErrorBody, Loc, Spanned};

/// Keys that hold an error's code, most telling first.
const CODE_KEYS: [&str; 7] = [
    "code",
    "error_code",
    "errorCode",
    "type",
    "__type",
    "error",
    "name",
];
/// Keys that hold an error's message, most telling first.
const MESSAGE_KEYS: [&str; 6] = [
    "message",
    "detail",
    "description",
    "error_description",
    "msg",
    "title",
];

/// The layout of `example` (the text of a JSON code block), when it is an
/// error body: the key holding one of the page's `codes` (or a key named
/// like a code) and the message key beside it, as JSON pointers reported
/// at `loc`. RFC 9457 problem details (`type` and `title`) give `/type` and
/// `/detail`.
pub(super) fn layout(example: &str, codes: &[&str], loc: &Loc) -> Option<ErrorBody> {
    let value = parse_to_value(example, &ParseOptions::default()).ok()??;
    let JsonValue::Object(root) = value else {
        return None;
    };
    let root = JsonValue::Object(root);
    let (path, parent) = find_code(&root, codes, Vec::new(), 0)?;
    let JsonValue::Object(obj) = parent else {
        return None;
    };
    let code_key = path.last()?.clone();
    let problem = path.len() == 1 && code_key == "type" && obj.get("title").is_some();
    let message_key = if problem {
        "detail".to_owned()
    } else {
        MESSAGE_KEYS
            .iter()
            .find(|k| **k != code_key && matches!(obj.get(k), Some(JsonValue::String(_))))?
            .to_string()
    };
    let pointer = |keys: &[String]| -> String { keys.iter().map(|k| format!("/{k}")).collect() };
    let mut message_path = path[..path.len() - 1].to_vec();
    message_path.push(message_key);
    Some(ErrorBody {
        code: Spanned::new(pointer(&path), loc.clone()),
        message: Spanned::new(pointer(&message_path), loc.clone()),
    })
}

/// The keys to a string that is one of `codes` (or failing that, to a string
/// under a code-like key), and the object holding it.
fn find_code<'v, 'a>(
    value: &'v JsonValue<'a>,
    codes: &[&str],
    path: Vec<String>,
    depth: usize,
) -> Option<(Vec<String>, &'v JsonValue<'a>)> {
    let JsonValue::Object(obj) = value else {
        return None;
    };
    let strings = || {
        obj.clone()
            .take_inner()
            .into_iter()
            .filter_map(|(k, v)| match v {
                JsonValue::String(s) => Some((k.to_string(), s.to_string())),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    let mut keys: Vec<(String, String)> = strings();
    keys.sort();
    if let Some((k, _)) = keys.iter().find(|(_, v)| codes.contains(&v.as_str())) {
        return Some((with(&path, k), value));
    }
    if let Some(k) = CODE_KEYS
        .iter()
        .find(|k| keys.iter().any(|(key, _)| key == *k))
    {
        return Some((with(&path, k), value));
    }
    if depth >= 3 {
        return None;
    }
    let mut children: Vec<(String, JsonValue<'a>)> = obj
        .clone()
        .take_inner()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    children.sort_by(|a, b| a.0.cmp(&b.0));
    for (k, _) in children {
        if let Some(child) = obj.get(&k) {
            if let Some(found) = find_code(child, codes, with(&path, &k), depth + 1) {
                return Some(found);
            }
        }
    }
    None
}

fn with(path: &[String], key: &str) -> Vec<String> {
    let mut p = path.to_vec();
    p.push(key.to_owned());
    p
}
