//! JSON pointers → byte offsets in the document's text, so that what the
//! mapping reports points at the line and column it is about.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;

/// The offset of the value at `pointer`, or of the deepest value on the way
/// to it that exists.
pub(crate) fn offset(root: &Value<'_>, pointer: &str) -> usize {
    let mut node = root;
    let mut at = node.start();
    for token in pointer.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        let next = match node {
            Value::Object(o) => o
                .properties
                .iter()
                .find(|p| p.name.as_str() == token)
                .map(|p| &p.value),
            Value::Array(a) => token.parse::<usize>().ok().and_then(|i| a.elements.get(i)),
            _ => None,
        };
        let Some(next) = next else { break };
        node = next;
        at = node.start();
    }
    at
}

/// The JSON pointer of the innermost value whose text holds `offset` (or
/// ends right before it, as a parser's position past a value does).
pub(crate) fn pointer_at(root: &Value<'_>, offset: usize) -> String {
    let holds = |v: &Value<'_>| v.start() <= offset && offset <= v.end();
    let mut pointer = String::new();
    let mut node = root;
    loop {
        let next = match node {
            Value::Object(o) => o
                .properties
                .iter()
                .find(|p| holds(&p.value))
                .map(|p| (p.name.as_str().to_owned(), &p.value)),
            Value::Array(a) => a
                .elements
                .iter()
                .enumerate()
                .find(|(_, v)| holds(v))
                .map(|(i, v)| (i.to_string(), v)),
            _ => None,
        };
        let Some((key, value)) = next else {
            return pointer;
        };
        pointer = crate::json::child_pointer(&pointer, &key);
        node = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn pointers_find_their_values_and_stop_at_the_deepest_that_exists() {
        let source = SourceFile::new(
            "d.json",
            "{\"paths\": {\"/a/b\": {\"get\": [1, {\"x~y\": 2}]}}}",
        );
        let root = crate::json::parse(&source).unwrap();
        let at = |p: &str| offset(&root, p);
        let text = source.text();
        assert_eq!(&text[at("/paths/~1a~1b/get/1/x~0y")..][..1], "2");
        assert_eq!(&text[at("/paths/~1a~1b/get/0")..][..1], "1");
        assert_eq!(&text[at("/paths/~1a~1b/post")..][..8], "{\"get\": ");
        assert_eq!(at(""), 0);
        let x = text.find("2}").unwrap();
        assert_eq!(pointer_at(&root, x), "/paths/~1a~1b/get/1/x~0y");
        assert_eq!(pointer_at(&root, x + 1), "/paths/~1a~1b/get/1/x~0y");
        assert_eq!(pointer_at(&root, x + 2), "/paths/~1a~1b/get/1");
        assert_eq!(pointer_at(&root, 0), "");
    }
}
