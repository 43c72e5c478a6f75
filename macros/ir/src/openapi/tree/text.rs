//! The tree written out as compact JSON for a serde reader, remembering
//! where each value came from, so that the reader's error (a column in the
//! written text) is placed back in the document, however it was written
//! and however it was reshaped.

use std::fmt::Write;

use super::{Kind, Node};

/// The JSON text of a tree, with each value's place in it.
pub(crate) struct Text {
    /// One line of compact JSON.
    pub(crate) json: String,
    /// `(start, end, source)` per value in the order written: its range in
    /// `json`, and where its text starts in the document.
    spans: Vec<(usize, usize, usize)>,
}

impl Text {
    /// Writes `root` out.
    pub(crate) fn of(root: &Node) -> Text {
        let mut text = Text {
            json: String::new(),
            spans: Vec::new(),
        };
        text.write(root);
        text
    }

    fn write(&mut self, node: &Node) {
        let index = self.spans.len();
        self.spans.push((self.json.len(), 0, node.start));
        match &node.kind {
            Kind::Null => self.json.push_str("null"),
            Kind::Bool(b) => self.json.push_str(if *b { "true" } else { "false" }),
            Kind::Number(n) => {
                let _ = write!(self.json, "{n}");
            }
            Kind::String(s) => self.string(s),
            Kind::Array(items) => {
                self.json.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.json.push(',');
                    }
                    self.write(item);
                }
                self.json.push(']');
            }
            Kind::Object(entries) => {
                self.json.push('{');
                for (i, e) in entries.iter().enumerate() {
                    if i > 0 {
                        self.json.push(',');
                    }
                    self.string(&e.key);
                    self.json.push(':');
                    self.write(&e.value);
                }
                self.json.push('}');
            }
        }
        self.spans[index].1 = self.json.len();
    }

    fn string(&mut self, s: &str) {
        // Writing a `str` into JSON cannot fail.
        self.json
            .push_str(&serde_json::to_string(s).unwrap_or_default());
    }

    /// Where in the document the innermost value holding `offset` (into
    /// `json`) starts.
    pub(crate) fn source_offset(&self, offset: usize) -> usize {
        let upto = self.spans.partition_point(|&(start, _, _)| start <= offset);
        self.spans[..upto]
            .iter()
            .rev()
            .find(|&&(start, end, _)| start <= offset && offset <= end)
            .map_or(0, |&(_, _, source)| source)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn a_readers_column_is_placed_back_in_the_document() {
        let source = SourceFile::new("d.yaml", "a:\n  b: [1, \"two\"]\n  c: {d: null}\n");
        let root = super::super::parse_yaml(&source).unwrap();
        let text = Text::of(&root);
        assert_eq!(text.json, r#"{"a":{"b":[1,"two"],"c":{"d":null}}}"#);
        let two = text.json.find("\"two\"").unwrap();
        let at = text.source_offset(two + 2);
        assert_eq!(&source.text()[at..][..5], "\"two\"");
        let null = text.json.find("null").unwrap();
        assert_eq!(&source.text()[text.source_offset(null)..][..4], "null");
        assert_eq!(text.source_offset(0), 0);
    }
}
