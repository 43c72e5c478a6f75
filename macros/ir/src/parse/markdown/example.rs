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

/// A JSON example reduced to what the search needs: strings, and objects
/// with their keys in order (the parser's maps are unordered).
enum Node {
    Str(String),
    Obj(Vec<(String, Node)>),
    Other,
}

impl Node {
    fn from(value: JsonValue<'_>) -> Node {
        match value {
            JsonValue::String(s) => Node::Str(s.into_owned()),
            JsonValue::Object(obj) => {
                let mut fields: Vec<(String, Node)> = obj
                    .into_iter()
                    .map(|(k, v)| (k.into_owned(), Node::from(v)))
                    .collect();
                fields.sort_by(|a, b| a.0.cmp(&b.0));
                Node::Obj(fields)
            }
            _ => Node::Other,
        }
    }

    /// The string under `key`, when this is an object that has one.
    fn string(&self, key: &str) -> Option<&str> {
        match self {
            Node::Obj(fields) => fields.iter().find_map(|(k, v)| match v {
                Node::Str(s) if k == key => Some(s.as_str()),
                _ => None,
            }),
            _ => None,
        }
    }

    fn has(&self, key: &str) -> bool {
        matches!(self, Node::Obj(fields) if fields.iter().any(|(k, _)| k == key))
    }
}

/// The layout of `example` (the text of a JSON code block), when it is an
/// error body: the key holding one of the page's `codes` (or a key named
/// like a code) and the message key beside it, as JSON pointers reported
/// at `loc`. RFC 9457 problem details (`type` and `title`) give `/type` and
/// `/detail`.
pub(super) fn layout(example: &str, codes: &[&str], loc: &Loc) -> Option<ErrorBody> {
    let root = Node::from(parse_to_value(example, &ParseOptions::default()).ok()??);
    let (path, parent) = find_code(&root, codes, Vec::new(), 0)?;
    let code_key = path.last()?.clone();
    let problem = path.len() == 1 && code_key == "type" && parent.has("title");
    let message_key = if problem {
        "detail"
    } else {
        MESSAGE_KEYS
            .iter()
            .copied()
            .find(|k| *k != code_key && parent.string(k).is_some())?
    };
    let pointer = |keys: &[String]| -> String { keys.iter().map(|k| format!("/{k}")).collect() };
    let mut message_path = path[..path.len() - 1].to_vec();
    message_path.push(message_key.to_owned());
    Some(ErrorBody {
        code: Spanned::new(pointer(&path), loc.clone()),
        message: Spanned::new(pointer(&message_path), loc.clone()),
    })
}

/// The keys to a string that is one of `codes` (or failing that, to a string
/// under a code-like key), and the object holding it.
fn find_code<'n>(
    node: &'n Node,
    codes: &[&str],
    path: Vec<String>,
    depth: usize,
) -> Option<(Vec<String>, &'n Node)> {
    let Node::Obj(fields) = node else {
        return None;
    };
    let by_value = fields.iter().find_map(|(k, v)| match v {
        Node::Str(s) if codes.contains(&s.as_str()) => Some(k.as_str()),
        _ => None,
    });
    let by_key = || CODE_KEYS.iter().copied().find(|k| node.string(k).is_some());
    if let Some(k) = by_value.or_else(by_key) {
        return Some((with(&path, k), node));
    }
    if depth >= 3 {
        return None;
    }
    fields
        .iter()
        .find_map(|(k, child)| find_code(child, codes, with(&path, k), depth + 1))
}

fn with(path: &[String], key: &str) -> Vec<String> {
    let mut p = path.to_vec();
    p.push(key.to_owned());
    p
}
