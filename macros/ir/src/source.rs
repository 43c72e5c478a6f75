//! A spec file's text, its display name, and byte-offset → line/column mapping.

use std::fmt;

/// The text of one spec file and the name it is reported under.
///
/// The display name is the path as the user wrote it (relative to their
/// manifest), never an absolute path, so that messages are stable across
/// machines.
#[derive(Clone)]
pub struct SourceFile {
    name: String,
    text: String,
    line_starts: Vec<usize>,
    /// About every [`CHECKPOINT`] bytes, at a character boundary: the byte
    /// offset and how many characters come before it.
    checkpoints: Vec<(usize, usize)>,
}

/// The spacing of [`SourceFile`]'s character-count checkpoints, in bytes.
const CHECKPOINT: usize = 256;

/// A 1-based line and column in a [`SourceFile`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl SourceFile {
    /// Wraps `text`, reported as `name` in diagnostics. A byte-order mark
    /// at the start is dropped, whatever the format, as editors hide it.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let mut text = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut checkpoints = vec![(0, 0)];
        for (count, (byte, _)) in text.char_indices().enumerate() {
            if byte >= checkpoints.len() * CHECKPOINT {
                checkpoints.push((byte, count));
            }
        }
        SourceFile {
            name: name.into(),
            text,
            line_starts,
            checkpoints,
        }
    }

    /// The name the file is reported under.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The byte offset of a 1-based line and column (serde_json's
    /// positions; the column counted in bytes), clamped to the text.
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        let start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        (start + column.saturating_sub(1)).min(self.text.len())
    }

    /// The line and column of a byte offset (clamped to the end of the text).
    /// Characters are counted from the nearest checkpoint, not from the
    /// line's start, so that reporting every key of a long one-line document
    /// stays linear.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self
            .line_starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        let column = self
            .chars_before(offset)
            .saturating_sub(self.chars_before(start))
            + 1;
        LineCol { line, column }
    }

    /// How many characters come before byte `offset` (an offset inside a
    /// character counts its bytes from the checkpoint).
    fn chars_before(&self, offset: usize) -> usize {
        let i = self
            .checkpoints
            .partition_point(|&(byte, _)| byte <= offset);
        let (byte, count) = self
            .checkpoints
            .get(i.wrapping_sub(1))
            .copied()
            .unwrap_or((0, 0));
        count
            + self
                .text
                .get(byte..offset)
                .map_or(offset - byte, |s| s.chars().count())
    }
}

impl fmt::Debug for SourceFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SourceFile")
            .field("name", &self.name)
            .field("len", &self.text.len())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_dropped_for_json_and_markdown_alike() {
        let json = "\u{feff}{\"error_body\": \"problem_details\", \"categories\": [{\"id\": \"c\", \"title\": \"C\"}],\n\
                    \"errors\": [{\"code\": \"A\", \"status\": 404, \"category\": \"c\"}]}";
        let api = crate::load_source(SourceFile::new("bom.json", json)).unwrap();
        assert_eq!(
            api.spec.errors[0].code.loc.line_col(),
            LineCol {
                line: 2,
                column: 21
            }
        );
        let md = "\u{feff}# X\n\n```json\n{\"code\": \"A\", \"message\": \"a\"}\n```\n\n| Code | Status |\n|---|---|\n| A | 404 |\n";
        let api = crate::load_markdown_source(SourceFile::new("bom.md", md)).unwrap();
        assert_eq!(api.spec.name, "X");
        assert_eq!(
            api.spec.errors[0].code.loc.line_col(),
            LineCol { line: 9, column: 3 }
        );
    }

    #[test]
    fn offsets_map_to_one_based_lines_and_columns() {
        let src = SourceFile::new("a.json", "{\n  \"a\": 1,\n  \"é\": 2\n}");
        assert_eq!(src.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(src.line_col(4), LineCol { line: 2, column: 3 });
        // "é" is two bytes; the column after it counts characters.
        let after = src.text().find("\": 2").unwrap();
        assert_eq!(src.line_col(after), LineCol { line: 3, column: 5 });
        assert_eq!(src.line_col(10_000).line, 4);
    }

    #[test]
    fn columns_on_a_long_line_count_characters_across_checkpoints() {
        let text = format!("{}\n{}x", "a".repeat(300), "é".repeat(1000));
        let src = SourceFile::new("a.json", text.clone());
        assert_eq!(
            src.line_col(299),
            LineCol {
                line: 1,
                column: 300
            }
        );
        let x = text.find('x').unwrap();
        assert_eq!(
            src.line_col(x),
            LineCol {
                line: 2,
                column: 1001
            }
        );
        assert_eq!(
            src.line_col(301 + 2 * 600),
            LineCol {
                line: 2,
                column: 601
            }
        );
        for offset in (0..text.len()).filter(|&o| text.is_char_boundary(o)) {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let want = text[line_start..offset].chars().count() + 1;
            assert_eq!(src.line_col(offset).column, want, "{offset}");
        }
    }
}
