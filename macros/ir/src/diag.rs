//! Diagnostics: what is wrong with a spec, and where.
//!
//! Every problem found while loading and checking a spec becomes a
//! [`Diagnostic`]. They are gathered in a [`Diagnostics`] collector so that a
//! user sees every mistake of a spec in one build, not one per build.

use std::fmt;

use crate::source::{LineCol, SourceFile};

/// Where in a spec a problem is: the file, the position and the JSON path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    /// The spec file as the user named it.
    pub file: String,
    /// Line and column, when the problem has a position in the text.
    pub position: Option<LineCol>,
    /// The JSON pointer of the entry (`/errors/12/category`), when there is one.
    pub pointer: Option<String>,
}

/// One problem in a spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Where the problem is.
    pub location: Location,
    /// What is wrong, in one sentence.
    pub message: String,
    /// A suggestion ("did you mean `authentication`?"), when one fits.
    pub help: Option<String>,
    /// Further context, e.g. the other place of a duplicate.
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// A problem at a byte offset of `source`, for the entry at `pointer`.
    pub fn at(
        source: &SourceFile,
        offset: usize,
        pointer: &str,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            location: Location {
                file: source.name().to_owned(),
                position: Some(source.line_col(offset)),
                pointer: (!pointer.is_empty()).then(|| pointer.to_owned()),
            },
            message: message.into(),
            help: None,
            notes: Vec::new(),
        }
    }

    /// A problem with a file as a whole (it cannot be read, say).
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Diagnostic {
            location: Location {
                file: file.to_owned(),
                position: None,
                pointer: None,
            },
            message: message.into(),
            help: None,
            notes: Vec::new(),
        }
    }

    /// Adds a suggestion.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a "did you mean" suggestion when `candidates` holds a near name.
    #[must_use]
    pub fn with_suggestion<'a>(
        self,
        name: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> Self {
        match did_you_mean(name, candidates) {
            Some(best) => self.with_help(format!("did you mean `{best}`?")),
            None => self,
        }
    }

    /// Adds a note.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(pos) = self.position {
            write!(f, ":{}:{}", pos.line, pos.column)?;
        }
        Ok(())
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:col: /json/pointer: message`, then `= help:` and `= note:`
    /// lines, in the style of rustc.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.location)?;
        if let Some(pointer) = &self.location.pointer {
            write!(f, "{pointer}: ")?;
        }
        f.write_str(&self.message)?;
        for note in &self.notes {
            write!(f, "\n  = note: {note}")?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// Every problem found in a spec; never empty when returned as an error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    /// Whether no problem was recorded.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// How many problems were recorded.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The problems, in the order they were found.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.list.iter()
    }

    /// `Ok(value)` when nothing was recorded, else every recorded problem.
    pub fn finish<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.list.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }

    /// Sorts by file and position, the order a reader wants.
    pub fn sort(&mut self) {
        self.list.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                (
                    d.location.file.clone(),
                    d.location.position.map(|p| (p.line, p.column)),
                )
            };
            key(a).cmp(&key(b))
        });
    }
}

/// The problems of one pass, gathered so that a user sees every mistake at
/// once, in a collector that cannot be forgotten: a pass ends it with
/// [`Ctxt::finish`], and dropping one that was not finished is a bug in the
/// pass, which panics (as serde_derive's context does) so that tests catch
/// it rather than a user losing a diagnostic.
#[derive(Debug)]
pub struct Ctxt {
    diags: Option<Diagnostics>,
}

impl Ctxt {
    /// A context holding `earlier` (the problems found before this pass).
    pub fn new(earlier: Diagnostics) -> Self {
        Ctxt {
            diags: Some(earlier),
        }
    }

    fn list(&mut self) -> &mut Diagnostics {
        self.diags.get_or_insert_with(Diagnostics::new)
    }

    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list().push(diagnostic);
    }

    /// Whether no problem was recorded.
    pub fn is_empty(&self) -> bool {
        self.diags.as_ref().is_none_or(Diagnostics::is_empty)
    }

    /// Ends the pass: `Ok(value)` when nothing was recorded, else every
    /// recorded problem, sorted by place.
    pub fn finish<T>(mut self, value: T) -> Result<T, Diagnostics> {
        let mut diags = self.diags.take().unwrap_or_default();
        diags.sort();
        diags.finish(value)
    }
}

impl Extend<Diagnostic> for Ctxt {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        self.list().extend(iter);
    }
}

impl Drop for Ctxt {
    #[allow(clippy::panic)] // a bug in a pass, which its tests must catch
    fn drop(&mut self) {
        if self.diags.is_some() && !std::thread::panicking() {
            panic!("a diagnostics context was dropped without being finished");
        }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics {
            list: vec![diagnostic],
        }
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<I: IntoIterator<Item = Diagnostic>>(&mut self, iter: I) {
        self.list.extend(iter);
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.into_iter()
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.list.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The candidate nearest to `name`, if it is near enough to be a likely typo.
///
/// Comparison ignores ASCII case and treats `-`, `_`, `.` and spaces alike, so
/// `auth-errors` suggests `auth_errors`.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let norm = |s: &str| -> String {
        s.chars()
            .map(|c| match c {
                '-' | '.' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect()
    };
    let wanted = norm(name);
    candidates
        .into_iter()
        .filter(|c| *c != name)
        .map(|c| (strsim::jaro_winkler(&wanted, &norm(c)), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_context_gives_every_problem_sorted() {
        let src = SourceFile::new("s.json", "{\n  \"a\": 1,\n  \"b\": 2\n}");
        let mut cx = Ctxt::new(Diagnostics::new());
        cx.push(Diagnostic::at(&src, 17, "/b", "second"));
        cx.push(Diagnostic::at(&src, 4, "/a", "first"));
        let problems: Vec<String> = cx
            .finish(())
            .unwrap_err()
            .iter()
            .map(|d| d.message.clone())
            .collect();
        assert_eq!(problems, ["first", "second"]);
        assert_eq!(Ctxt::new(Diagnostics::new()).finish(7), Ok(7));
    }

    #[test]
    #[should_panic(expected = "a diagnostics context was dropped without being finished")]
    fn a_context_cannot_be_forgotten() {
        let mut cx = Ctxt::new(Diagnostics::new());
        cx.push(Diagnostic::file("s.json", "lost"));
    }

    #[test]
    fn suggests_near_names_only() {
        let cats = ["authentication", "authorization", "rate_limiting"];
        assert_eq!(
            did_you_mean("authentification", cats),
            Some("authentication")
        );
        assert_eq!(did_you_mean("rate-limiting", cats), Some("rate_limiting"));
        assert_eq!(did_you_mean("billing", cats), None);
    }

    #[test]
    fn display_is_file_line_col_pointer_message_help() {
        let src = SourceFile::new("spec.json", "{\n  \"x\": 1\n}");
        let d = Diagnostic::at(&src, 4, "/x", "unknown field `x`").with_help("did you mean `y`?");
        assert_eq!(
            d.to_string(),
            "spec.json:2:3: /x: unknown field `x`\n  = help: did you mean `y`?"
        );
    }
}
