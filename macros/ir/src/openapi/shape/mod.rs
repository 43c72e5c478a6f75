//! Documents of other versions brought to the shape of OpenAPI 3.0, which
//! one reader (`openapiv3`) then reads: 3.1 (`v31`) and Swagger 2.0
//! (`swagger`). The reshaping works on
//! the positioned tree, and every value it makes stands where the text it
//! was made from stands, so what the reader or the mapping reports still
//! points into the document as written. Only the places where the
//! specification puts a schema, a parameter or a response are walked, so
//! examples and extensions pass untouched; what has no 3.0 form is
//! reported, never silently lost.

pub(crate) mod swagger;
pub(crate) mod v31;

use super::tree::{Kind, Node};

/// What a reshaping changed or could not carry over, as `(offset,
/// message)`: where it is written in the document, and what became of it.
pub(crate) type Unsupported = Vec<(usize, String)>;

/// Calls `f` on each entry of the object at `key`, with its pointer.
fn each_entry(node: &mut Node, pointer: &str, key: &str, mut f: impl FnMut(&mut Node, &str)) {
    let here = crate::json::child_pointer(pointer, key);
    if let Some(Node {
        kind: Kind::Object(entries),
        ..
    }) = node.get_mut(key)
    {
        for e in entries.iter_mut() {
            f(&mut e.value, &crate::json::child_pointer(&here, &e.key));
        }
    }
}

/// Calls `f` on each item of the array at `key`, with its pointer.
fn each_item(node: &mut Node, pointer: &str, key: &str, mut f: impl FnMut(&mut Node, &str)) {
    let here = crate::json::child_pointer(pointer, key);
    if let Some(Node {
        kind: Kind::Array(items),
        ..
    }) = node.get_mut(key)
    {
        for (i, v) in items.iter_mut().enumerate() {
            f(v, &crate::json::child_pointer(&here, &i.to_string()));
        }
    }
}

/// The HTTP methods a path item holds operations under.
const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
