//! A document's text → the crate-independent [`Doc`]: the positioned tree
//! (JSON or YAML), keys given twice refused, the version told, other
//! versions reshaped, and the well-kept reader run over the tree written
//! out as JSON, its errors placed back in the document.

use serde::de::DeserializeOwned;

use super::document::Doc;
use super::guard;
use super::tree::{self, Kind, Node, Text};
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::SourceFile;

/// Whether a document named `name` is read as YAML (`.yaml`, `.yml`).
pub(crate) fn is_yaml(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".yaml") || lower.ends_with(".yml")
}

/// The positioned tree of `source`, read as YAML or JSON by its name.
pub(crate) fn tree(source: &SourceFile) -> Result<Node, Diagnostics> {
    if is_yaml(source.name()) {
        tree::parse_yaml(source)
    } else {
        tree::parse_json(source)
    }
}

/// A version field's text: YAML may give `2.0` as a number.
fn version_text(node: &Node) -> Option<String> {
    match &node.kind {
        Kind::String(s) => Some(s.clone()),
        Kind::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A document read: its description, and the tree the reader read when
/// the document was reshaped first (its values stand where their sources
/// stand in the document).
pub(crate) struct Read {
    pub(crate) doc: Doc,
    pub(crate) shaped: Option<Node>,
    /// What the reshaping changed or could not carry over, as `(offset,
    /// message)` into the document as written.
    pub(crate) reshaped: super::shape::Unsupported,
}

/// Reads the document's tree into the description.
pub(crate) fn read(source: &SourceFile, root: &Node) -> Result<Read, Diagnostics> {
    // A key given twice is read differently by each reader, and one of
    // them can fail on it: it is reported here, where both places are known.
    let duplicates = guard::duplicate_keys(source, root);
    if !duplicates.is_empty() {
        return Err(duplicates);
    }
    let openapi = root.get("openapi").and_then(version_text);
    let swagger = root.get("swagger").and_then(version_text);
    let reshape: fn(&mut Node, &mut super::shape::Unsupported) = match (&openapi, &swagger) {
        (Some(v), _) if v.starts_with("3.0") => {
            return guard::contained(source, "the OpenAPI 3.0 reader", || {
                let doc: openapiv3::OpenAPI = deserialize(source, root, root, "OpenAPI 3.0")?;
                let doc = super::v30::read(&doc);
                Ok(Read {
                    doc,
                    shaped: None,
                    reshaped: Vec::new(),
                })
            });
        }
        (Some(v), _) if v.starts_with("3.1") => super::shape::v31::to_30,
        (None, Some(v)) if v == "2.0" || v == "2" => super::shape::swagger::to_30,
        (Some(v), _) | (None, Some(v)) => {
            let (at, kind) = if openapi.is_some() {
                ("/openapi", "OpenAPI")
            } else {
                ("/swagger", "Swagger")
            };
            return Err(Diagnostic::at(
                source,
                root.offset(at),
                at,
                format!("{kind} `{v}` is not supported"),
            )
            .with_help("documents of Swagger 2.0 and OpenAPI 3.0 and 3.1 are read")
            .into());
        }
        (None, None) => {
            return Err(Diagnostic::at(
                source,
                0,
                "",
                "not an OpenAPI document: there is no `openapi` or `swagger` version string",
            )
            .into());
        }
    };
    let what = if swagger.is_some() && openapi.is_none() {
        "Swagger 2.0"
    } else {
        "OpenAPI 3.1"
    };
    guard::contained(source, &format!("the {what} reader"), || {
        let mut shaped = root.clone();
        let mut unsupported = Vec::new();
        reshape(&mut shaped, &mut unsupported);
        let doc: openapiv3::OpenAPI = deserialize(source, root, &shaped, what)?;
        Ok(Read {
            doc: super::v30::read(&doc),
            shaped: Some(shaped),
            reshaped: unsupported,
        })
    })
}

/// Runs the reader over `shaped` (the document, or its reshaping) written
/// out as JSON; its error is placed back where the value it failed at
/// stands in the document.
fn deserialize<T: DeserializeOwned>(
    source: &SourceFile,
    root: &Node,
    shaped: &Node,
    version: &str,
) -> Result<T, Diagnostics> {
    let text = Text::of(shaped);
    serde_json::from_str(&text.json).map_err(|e| {
        let shown = e.to_string();
        let offset = text.source_offset(e.column().saturating_sub(1));
        let offset = named_value(&shown)
            .and_then(|v| find_string(within(shaped, offset), v))
            .unwrap_or(offset);
        // The position is given as line, column and pointer instead.
        let what = shown
            .rsplit_once(" at line ")
            .map_or(shown.as_str(), |(what, _)| what);
        Diagnostic::at(
            source,
            offset,
            &root.pointer_at(offset),
            format!("the document does not read as {version}: {what}"),
        )
        .into()
    })
}

/// The string a reader's message quotes as the value it could not take
/// (`invalid type: string "one", …`, `unknown variant `body`, …`).
fn named_value(message: &str) -> Option<&str> {
    if let Some((_, rest)) = message.split_once("string \"") {
        return rest.split_once('"').map(|(v, _)| v);
    }
    let (_, rest) = message.split_once("unknown variant `")?;
    rest.split_once('`').map(|(v, _)| v)
}

/// The innermost value of `root` whose text starts at `offset`, or holds
/// it: where a reader that reads a value whole (an untagged enum) says it
/// failed.
fn within(root: &Node, offset: usize) -> &Node {
    let mut node = root;
    loop {
        let holds = |v: &&Node| v.start <= offset && offset <= v.end;
        let next = match &node.kind {
            Kind::Object(entries) => entries.iter().map(|e| &e.value).find(holds),
            Kind::Array(items) => items.iter().find(holds),
            _ => None,
        };
        match next {
            Some(next) => node = next,
            None => return node,
        }
    }
}

/// Where the first string `value` (or key `value`) under `node` starts.
fn find_string(node: &Node, value: &str) -> Option<usize> {
    match &node.kind {
        Kind::String(s) if s == value => Some(node.start),
        Kind::Array(items) => items.iter().find_map(|v| find_string(v, value)),
        Kind::Object(entries) => entries.iter().find_map(|e| {
            if e.key == value {
                Some(e.at)
            } else {
                find_string(&e.value, value)
            }
        }),
        _ => None,
    }
}
