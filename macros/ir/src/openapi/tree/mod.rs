//! A document as a positioned tree: every value and every key keeps where
//! its text starts, whatever the document was written in (JSON or YAML).
//! The readers below build it once; duplicate keys are found in it, JSON
//! pointers are located in it, other versions are reshaped in it, and the
//! OpenAPI reader reads it written out as JSON ([`Text`]).

mod json;
mod text;
mod yaml;

use serde_json::Number;

pub(crate) use json::parse as parse_json;
pub(crate) use text::Text;
pub(crate) use yaml::parse as parse_yaml;

/// How deep values may nest. Deeper documents are refused before any
/// recursive walk could exhaust the stack.
pub(crate) const MAX_DEPTH: usize = 128;

/// A value with the byte range of its text.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Node {
    /// Where the value's text starts.
    pub(crate) start: usize,
    /// Where it ends.
    pub(crate) end: usize,
    /// The value.
    pub(crate) kind: Kind,
}

/// What a [`Node`] holds.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Node>),
    /// Entries in document order, duplicates kept (they are reported).
    Object(Vec<Entry>),
}

/// One entry of an object.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Entry {
    /// The key's text.
    pub(crate) key: String,
    /// Where the key starts.
    pub(crate) at: usize,
    pub(crate) value: Node,
}

impl Node {
    /// The entry named `key` of an object.
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Object(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.value),
            _ => None,
        }
    }

    /// A value of `kind`, placed where `like` is: a value a reshaping
    /// makes stands where the text it was made from stands.
    pub(crate) fn like(like: &Node, kind: Kind) -> Node {
        Node {
            start: like.start,
            end: like.end,
            kind,
        }
    }

    /// The entry named `key` of an object, to change.
    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut Node> {
        match &mut self.kind {
            Kind::Object(entries) => entries
                .iter_mut()
                .find(|e| e.key == key)
                .map(|e| &mut e.value),
            _ => None,
        }
    }

    /// Takes the entry named `key` out of an object.
    pub(crate) fn remove(&mut self, key: &str) -> Option<Node> {
        match &mut self.kind {
            Kind::Object(entries) => {
                let i = entries.iter().position(|e| e.key == key)?;
                Some(entries.remove(i).value)
            }
            _ => None,
        }
    }

    /// Sets the entry `key` of an object (kept in its place if it exists,
    /// added at the end if not).
    pub(crate) fn set(&mut self, key: &str, value: Node) {
        if let Some(slot) = self.get_mut(key) {
            *slot = value;
        } else if let Kind::Object(entries) = &mut self.kind {
            entries.push(Entry {
                key: key.to_owned(),
                at: value.start,
                value,
            });
        }
    }

    /// The node's children, keyed by their reference tokens.
    fn child(&self, token: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Object(_) => self.get(token),
            Kind::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        }
    }

    /// The plain value; of a key given twice, the last is kept.
    #[cfg(test)]
    pub(crate) fn to_value(&self) -> serde_json::Value {
        use serde_json::Value;
        match &self.kind {
            Kind::Null => Value::Null,
            Kind::Bool(b) => Value::Bool(*b),
            Kind::Number(n) => Value::Number(n.clone()),
            Kind::String(s) => Value::String(s.clone()),
            Kind::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Kind::Object(entries) => {
                let mut map = serde_json::Map::with_capacity(entries.len());
                for e in entries {
                    map.insert(e.key.clone(), e.value.to_value());
                }
                Value::Object(map)
            }
        }
    }

    /// The offset of the value at `pointer`, or of the deepest value on the
    /// way to it that exists.
    pub(crate) fn offset(&self, pointer: &str) -> usize {
        let mut node = self;
        for token in pointer.split('/').skip(1) {
            let token = token.replace("~1", "/").replace("~0", "~");
            match node.child(&token) {
                Some(next) => node = next,
                None => break,
            }
        }
        node.start
    }

    /// The JSON pointer of the innermost value whose text holds `offset`
    /// (or ends right before it, as a parser's position past a value does).
    pub(crate) fn pointer_at(&self, offset: usize) -> String {
        let holds = |v: &Node| v.start <= offset && offset <= v.end;
        let mut pointer = String::new();
        let mut node = self;
        loop {
            let next = match &node.kind {
                Kind::Object(entries) => entries
                    .iter()
                    .find(|e| holds(&e.value))
                    .map(|e| (e.key.clone(), &e.value)),
                Kind::Array(items) => items
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
        let root = parse_json(&source).unwrap();
        let at = |p: &str| root.offset(p);
        let text = source.text();
        assert_eq!(&text[at("/paths/~1a~1b/get/1/x~0y")..][..1], "2");
        assert_eq!(&text[at("/paths/~1a~1b/get/0")..][..1], "1");
        assert_eq!(&text[at("/paths/~1a~1b/post")..][..8], "{\"get\": ");
        assert_eq!(at(""), 0);
        let x = text.find("2}").unwrap();
        assert_eq!(root.pointer_at(x), "/paths/~1a~1b/get/1/x~0y");
        assert_eq!(root.pointer_at(x + 1), "/paths/~1a~1b/get/1/x~0y");
        assert_eq!(root.pointer_at(x + 2), "/paths/~1a~1b/get/1");
        assert_eq!(root.pointer_at(0), "");
    }

    #[test]
    fn json_and_yaml_give_the_same_value() {
        let json = SourceFile::new(
            "d.json",
            r#"{"openapi": "3.0.3", "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
                "x": [1, -2.5, true, null, "s"]}"#,
        );
        let yaml = SourceFile::new(
            "d.yaml",
            "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\nx: [1, -2.5, true, ~, s]\n",
        );
        let from_json = parse_json(&json).unwrap().to_value();
        let from_yaml = parse_yaml(&yaml).unwrap().to_value();
        assert_eq!(from_json, from_yaml);
    }
}
