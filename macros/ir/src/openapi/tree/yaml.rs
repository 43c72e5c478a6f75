//! A YAML document into the positioned tree: the JSON-compatible part of
//! YAML 1.2 (its core schema), read with `saphyr-parser`'s event stream.
//!
//! Hostile input meets bounds: nesting deeper than [`MAX_DEPTH`] and
//! aliases that would expand to more than [`MAX_ALIASED`] nodes (an "alias
//! bomb") are refused, so the tree never grows beyond a small multiple of
//! the text.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span, Tag};

use super::{Entry, Kind, MAX_DEPTH, Node};
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::SourceFile;

/// How many nodes aliases may copy in all.
pub(crate) const MAX_ALIASED: usize = 1_000_000;

/// Reads `source` as YAML into a [`Node`].
pub(crate) fn parse(source: &SourceFile) -> Result<Node, Diagnostics> {
    let mut builder = Builder {
        source,
        stack: Vec::new(),
        anchors: HashMap::new(),
        aliased: 0,
        root: None,
    };
    for event in Parser::new_from_str(source.text()) {
        let (event, span) = event.map_err(|e| {
            let at = builder.offset(e.marker().line(), e.marker().col());
            Diagnostic::at(source, at, "", format!("invalid YAML: {}", e.info()))
        })?;
        builder.event(event, span)?;
    }
    builder
        .root
        .ok_or_else(|| Diagnostic::at(source, 0, "", "the YAML file holds no document").into())
}

/// A collection being read.
enum Frame {
    Seq {
        start: usize,
        anchor: usize,
        items: Vec<Node>,
    },
    Map {
        start: usize,
        anchor: usize,
        entries: Vec<Entry>,
        /// The key read, waiting for its value.
        key: Option<(String, usize)>,
    },
}

/// An anchored node, its size and depth, for its aliases.
struct Anchored {
    node: Node,
    size: usize,
    depth: usize,
}

struct Builder<'s> {
    source: &'s SourceFile,
    stack: Vec<Frame>,
    anchors: HashMap<usize, Anchored>,
    /// Nodes copied by aliases so far.
    aliased: usize,
    root: Option<Node>,
}

impl Builder<'_> {
    /// The byte offset of a 1-based line and a column counted in
    /// characters from 0.
    fn offset(&self, line: usize, col: usize) -> usize {
        let start = self.source.offset_of(line, 1);
        let rest = &self.source.text()[start..];
        start + rest.char_indices().nth(col).map_or(rest.len(), |(i, _)| i)
    }

    fn at(&self, span: &Span) -> (usize, usize) {
        (
            self.offset(span.start.line(), span.start.col()),
            self.offset(span.end.line(), span.end.col()),
        )
    }

    fn error(&self, at: usize, message: impl Into<String>) -> Diagnostics {
        Diagnostic::at(self.source, at, "", message).into()
    }

    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), Diagnostics> {
        let (start, end) = self.at(&span);
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                if let Some(Frame::Map {
                    key: key @ None, ..
                }) = self.stack.last_mut()
                {
                    *key = Some((text.into_owned(), start));
                    return Ok(());
                }
                let kind = scalar(&text, style, tag.as_deref());
                self.value(Node { start, end, kind }, anchor)
            }
            Event::Alias(id) => self.alias(id, start),
            Event::SequenceStart(anchor, _) => self.open(
                Frame::Seq {
                    start,
                    anchor,
                    items: Vec::new(),
                },
                start,
            ),
            Event::MappingStart(anchor, _) => self.open(
                Frame::Map {
                    start,
                    anchor,
                    entries: Vec::new(),
                    key: None,
                },
                start,
            ),
            Event::SequenceEnd | Event::MappingEnd => self.close(end),
            Event::DocumentStart(_) if self.root.is_some() => Err(self.error(
                start,
                "the file holds more than one YAML document; a document is one value",
            )),
            _ => Ok(()),
        }
    }

    fn open(&mut self, frame: Frame, at: usize) -> Result<(), Diagnostics> {
        if matches!(self.stack.last(), Some(Frame::Map { key: None, .. })) {
            return Err(self.error(
                at,
                "a mapping key that is a collection has no JSON form; keys are scalars",
            ));
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.error(
                at,
                format!("the document nests values more than {MAX_DEPTH} deep"),
            ));
        }
        self.stack.push(frame);
        Ok(())
    }

    fn close(&mut self, end: usize) -> Result<(), Diagnostics> {
        let (node, anchor) = match self.stack.pop() {
            Some(Frame::Seq {
                start,
                anchor,
                items,
            }) => (
                Node {
                    start,
                    end,
                    kind: Kind::Array(items),
                },
                anchor,
            ),
            Some(Frame::Map {
                start,
                anchor,
                entries,
                ..
            }) => (
                Node {
                    start,
                    end,
                    kind: Kind::Object(entries),
                },
                anchor,
            ),
            None => return Ok(()),
        };
        self.value(node, anchor)
    }

    fn alias(&mut self, id: usize, at: usize) -> Result<(), Diagnostics> {
        if matches!(self.stack.last(), Some(Frame::Map { key: None, .. })) {
            return Err(self.error(
                at,
                "an alias as a mapping key is not read; keys are written out",
            ));
        }
        let Some(anchored) = self.anchors.get(&id) else {
            return Err(self.error(at, "the alias names no anchor defined before it"));
        };
        self.aliased += anchored.size;
        if self.aliased > MAX_ALIASED {
            return Err(self.error(
                at,
                format!("aliases would copy more than {MAX_ALIASED} values; the document is refused as an alias bomb"),
            ));
        }
        if self.stack.len() + anchored.depth > MAX_DEPTH {
            return Err(self.error(
                at,
                format!("the document nests values more than {MAX_DEPTH} deep"),
            ));
        }
        let node = anchored.node.clone();
        self.value(node, 0)
    }

    /// A finished value: into its collection, or the document's root.
    fn value(&mut self, node: Node, anchor: usize) -> Result<(), Diagnostics> {
        if anchor != 0 {
            let (size, depth) = measure(&node);
            let anchored = Anchored {
                node: node.clone(),
                size,
                depth,
            };
            self.anchors.insert(anchor, anchored);
        }
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map { entries, key, .. }) => {
                let (key, at) = key.take().unwrap_or_default();
                entries.push(Entry {
                    key,
                    at,
                    value: node,
                });
            }
        }
        Ok(())
    }
}

/// How many nodes `node` holds, itself included, and how deep it nests.
fn measure(node: &Node) -> (usize, usize) {
    let children: Box<dyn Iterator<Item = &Node>> = match &node.kind {
        Kind::Array(items) => Box::new(items.iter()),
        Kind::Object(entries) => Box::new(entries.iter().map(|e| &e.value)),
        _ => return (1, 1),
    };
    children.fold((1, 1), |(size, depth), child| {
        let (s, d) = measure(child);
        (size + s, depth.max(d + 1))
    })
}

/// A scalar's value by the YAML 1.2 core schema: only a plain scalar is
/// resolved to null, a boolean or a number; a quoted or block scalar, or
/// one tagged `!!str`, is a string.
fn scalar(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Kind {
    let string = || Kind::String(text.to_owned());
    if style != ScalarStyle::Plain || tag.is_some_and(|t| t.suffix == "str") {
        return string();
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Kind::Null,
        "true" | "True" | "TRUE" => Kind::Bool(true),
        "false" | "False" | "FALSE" => Kind::Bool(false),
        _ => number(text).map_or_else(string, Kind::Number),
    }
}

/// A plain scalar that the core schema reads as a number, when JSON can
/// hold it (`.inf` and `.nan` stay text).
fn number(text: &str) -> Option<serde_json::Number> {
    if let Some(octal) = text.strip_prefix("0o") {
        return i64::from_str_radix(octal, 8).ok().map(Into::into);
    }
    if let Some(hex) = text.strip_prefix("0x") {
        return i64::from_str_radix(hex, 16).ok().map(Into::into);
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(unsigned) {
        return text
            .parse::<i64>()
            .map(Into::into)
            .or_else(|_| text.parse::<u64>().map(Into::into))
            .ok()
            .or_else(|| {
                text.parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
            });
    }
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (unsigned, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => {
            (whole.is_empty() || digits(whole))
                && (fraction.is_empty() || digits(fraction))
                && !(whole.is_empty() && fraction.is_empty())
        }
        None => digits(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)));
    if !(mantissa_ok && exponent_ok) {
        return None;
    }
    text.parse::<f64>()
        .ok()
        .and_then(serde_json::Number::from_f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(yaml: &str) -> Result<serde_json::Value, String> {
        let source = SourceFile::new("d.yaml", yaml);
        parse(&source)
            .map(|n| n.to_value())
            .map_err(|d| d.to_string())
    }

    #[test]
    fn scalars_follow_the_core_schema() {
        let v = value(
            "a: [1, -2, +3, 0o17, 0x1f, 1.5, .5, 1e3, 007, 2.0]\nb: [true, False, ~, null, '', yes, 3.0.3, .inf, 2023-01-01]\nc: ['1', \"true\", !!str 12]\n",
        )
        .unwrap();
        assert_eq!(
            v,
            serde_json::json!({
                "a": [1, -2, 3, 15, 31, 1.5, 0.5, 1000.0, 7, 2.0],
                "b": [true, false, null, null, "", "yes", "3.0.3", ".inf", "2023-01-01"],
                "c": ["1", "true", "12"],
            })
        );
    }

    #[test]
    fn keys_keep_their_text_and_positions() {
        let source = SourceFile::new(
            "d.yaml",
            "responses:\n  200:\n    description: ok\n  4XX: {description: no}\n",
        );
        let root = parse(&source).unwrap();
        let text = source.text();
        assert_eq!(
            &text[root.offset("/responses/200/description")..][..2],
            "ok"
        );
        assert_eq!(
            &text[root.offset("/responses/4XX/description")..][..2],
            "no"
        );
        let at = text.find("ok").unwrap();
        assert_eq!(root.pointer_at(at), "/responses/200/description");
    }

    #[test]
    fn anchors_and_aliases_copy_values() {
        let v = value("a: &x {k: [1, 2]}\nb: *x\n").unwrap();
        assert_eq!(
            v,
            serde_json::json!({"a": {"k": [1, 2]}, "b": {"k": [1, 2]}})
        );
    }

    #[test]
    fn hostile_documents_are_refused_with_a_place() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (prev, name) in ('a'..='i').zip('b'..='j') {
            let list = vec![format!("*{prev}"); 10].join(", ");
            bomb.push_str(&format!("{name}: &{name} [{list}]\n"));
        }
        let shown = value(&bomb).unwrap_err();
        assert!(shown.contains("alias bomb"), "{shown}");
        assert!(shown.starts_with("d.yaml:6:"), "{shown}");

        let deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
        let shown = value(&deep).unwrap_err();
        assert!(shown.contains("more than 128 deep"), "{shown}");

        let shown = value("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(shown.starts_with("d.yaml:"), "{shown}");
        assert!(shown.contains("invalid YAML"), "{shown}");

        let shown = value("? [a, b]\n: 1\n").unwrap_err();
        assert!(shown.contains("keys are scalars"), "{shown}");
        let shown = value("a: 1\n---\nb: 2\n").unwrap_err();
        assert!(shown.contains("more than one YAML document"), "{shown}");
        let shown = value("a: *nowhere\n").unwrap_err();
        assert!(
            shown.starts_with("d.yaml:1:4: invalid YAML") && shown.contains("unknown anchor"),
            "{shown}"
        );
    }
}
