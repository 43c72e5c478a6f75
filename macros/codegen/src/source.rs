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
    /// Whether each line is ASCII, so its columns are byte offsets.
    ascii_lines: Vec<bool>,
}

/// A 1-based line and column in a [`SourceFile`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

impl SourceFile {
    /// Wraps `text`, reported as `name` in diagnostics.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let ascii_lines = line_starts
            .iter()
            .zip(line_starts.iter().skip(1).chain([&text.len()]))
            .map(|(&start, &end)| text.as_bytes()[start..end].is_ascii())
            .collect();
        SourceFile {
            name: name.into(),
            text,
            line_starts,
            ascii_lines,
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

    /// The line and column of a byte offset (clamped to the end of the text).
    /// Constant time on an ASCII line, so that reporting every key of a
    /// minified document stays linear; counted in characters otherwise.
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let index = line.wrapping_sub(1);
        let start = self.line_starts.get(index).copied().unwrap_or(0);
        let column = if self.ascii_lines.get(index).copied().unwrap_or(false) {
            offset - start
        } else {
            self.text
                .get(start..offset)
                .map_or(offset - start, |s| s.chars().count())
        } + 1;
        LineCol { line, column }
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
    fn offsets_map_to_one_based_lines_and_columns() {
        let src = SourceFile::new("a.json", "{\n  \"a\": 1,\n  \"é\": 2\n}");
        assert_eq!(src.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(src.line_col(4), LineCol { line: 2, column: 3 });
        // "é" is two bytes; the column after it counts characters.
        let after = src.text().find("\": 2").unwrap();
        assert_eq!(src.line_col(after), LineCol { line: 3, column: 5 });
        assert_eq!(src.line_col(10_000).line, 4);
    }
}
