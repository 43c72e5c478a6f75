//! A document's text → the crate-independent [`Doc`]: the positioned tree
//! (JSON or YAML), keys given twice refused, the version told, and the
//! well-kept readers run over the tree's value, their errors located by the
//! path they failed at.

use serde::de::DeserializeOwned;

use super::document::Doc;
use super::guard;
use super::tree::{self, Kind, Node};
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

/// Reads the document's tree into the description.
pub(crate) fn read(source: &SourceFile, root: &Node) -> Result<Doc, Diagnostics> {
    // A key given twice is read differently by each reader, and one of
    // them can fail on it: it is reported here, where both places are known.
    let duplicates = guard::duplicate_keys(source, root);
    if !duplicates.is_empty() {
        return Err(duplicates);
    }
    let version = root.get("openapi").and_then(version_text);
    match version.as_deref() {
        Some(v) if v.starts_with("3.0") => {
            guard::contained(source, "the OpenAPI 3.0 reader", || {
                let doc: openapiv3::OpenAPI = deserialize(source, root, root.to_value(), "3.0")?;
                Ok(super::v30::read(&doc))
            })
        }
        Some(v) if v.starts_with("3.1") => {
            guard::contained(source, "the OpenAPI 3.1 reader", || {
                let doc: oas3::Spec = deserialize(source, root, root.to_value(), "3.1")?;
                Ok(super::v31::read(&doc))
            })
        }
        Some(v) => Err(Diagnostic::at(
            source,
            root.offset("/openapi"),
            "/openapi",
            format!("OpenAPI `{v}` is not supported"),
        )
        .with_help("documents of OpenAPI 3.0 and 3.1 are read")
        .into()),
        None => Err(Diagnostic::at(
            source,
            0,
            "",
            "not an OpenAPI document: there is no `openapi` version string",
        )
        .into()),
    }
}

/// Runs a reader over `value`; its error is placed at the path it failed
/// at.
fn deserialize<T: DeserializeOwned>(
    source: &SourceFile,
    root: &Node,
    value: serde_json::Value,
    version: &str,
) -> Result<T, Diagnostics> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let mut pointer = String::new();
        for segment in e.path().iter() {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => {
                    pointer = crate::json::child_pointer(&pointer, &index.to_string());
                }
                Segment::Map { key } => pointer = crate::json::child_pointer(&pointer, key),
                Segment::Enum { .. } => {}
                Segment::Unknown => break,
            }
        }
        Diagnostic::at(
            source,
            root.offset(&pointer),
            &pointer,
            format!(
                "the document does not read as OpenAPI {version}: {}",
                e.inner()
            ),
        )
        .into()
    })
}
