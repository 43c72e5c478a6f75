//! One row of an errors table → an error, or a documented status.

use super::columns::{Columns, status_of};
use crate::diag::Diagnostic;
use crate::json::Reader;
use crate::model::{ErrorDef, Origin, Spanned, StatusDef};

/// A table cell's text and where its content starts in the page.
#[derive(Default)]
pub(super) struct Cell {
    pub(super) text: String,
    pub(super) start: usize,
    /// The cell's `code` spans, in order.
    pub(super) code_spans: Vec<String>,
}

impl Cell {
    /// The code a code cell gives: its only `code` span when it has prose
    /// around it (``Standard `bad_request` `` → `bad_request`), else its
    /// text without backticks or emphasis.
    fn code(&self) -> String {
        match self.code_spans.as_slice() {
            [only] if only.trim() != self.text.trim() => only.trim().to_owned(),
            _ => clean_code(&self.text),
        }
    }
}

/// A row to read, with what it needs to know of its table and section.
pub(super) struct Row<'a> {
    pub(super) cells: &'a [Cell],
    pub(super) columns: Columns,
    pub(super) category: &'a str,
    /// The row's position among the page's error rows.
    pub(super) index: usize,
    pub(super) start: usize,
}

/// What a row documents.
pub(super) enum Read {
    /// A code, with its status.
    Error(Box<ErrorDef>),
    /// A status without a code.
    Status(Box<StatusDef>),
}

impl Row<'_> {
    fn cell(&self, column: Option<usize>) -> Option<&Cell> {
        column
            .and_then(|i| self.cells.get(i))
            .filter(|c| !c.text.trim().is_empty())
    }

    /// The row, or `None`: reported when its status is not a number or its
    /// code has none; not reported for an empty row or a status-only row of
    /// a success status.
    pub(super) fn read(&self, r: &mut Reader) -> Option<Read> {
        let pointer_base = format!("/errors/{}", self.index);
        let code = self.cell(self.columns.code);
        let status_cell = self.cell(self.columns.status);
        let Some(status_cell) = status_cell else {
            if let Some(code) = code {
                r.report(Diagnostic::at(
                    &r.source,
                    code.start,
                    &format!("{pointer_base}/status"),
                    format!("`{}` has no status", code.code()),
                ));
            }
            return None;
        };
        let status_text = status_cell.text.trim();
        let Some(status) = status_of(status_text) else {
            let what = code.map_or(String::new(), |c| format!(" of `{}`", c.code()));
            r.report(
                Diagnostic::at(
                    &r.source,
                    status_cell.start,
                    &format!("{pointer_base}/status"),
                    format!("status `{status_text}`{what} is not a number"),
                )
                .with_help("write the HTTP status as digits, e.g. `404`"),
            );
            return None;
        };
        let loc = |offset: usize, field: &str| r.loc(offset, &format!("{pointer_base}/{field}"));
        let message = self
            .cell(self.columns.message)
            .map(|m| Spanned::new(m.text.trim().to_owned(), loc(m.start, "message")));
        let status = Spanned::new(status, loc(status_cell.start, "status"));
        let anchor = code.map_or(status_cell.start, |c| c.start);
        let category = Spanned::new(self.category.to_owned(), loc(anchor, "category"));
        let Some(code) = code else {
            // A status table often lists successes too (`200 OK`): they are
            // not errors.
            if status.value < 400 {
                return None;
            }
            let pointer = format!("/statuses/{}", self.index);
            return Some(Read::Status(Box::new(StatusDef {
                status,
                category,
                message,
                loc: r.loc(self.start, &pointer),
            })));
        };
        Some(Read::Error(Box::new(ErrorDef {
            code: Spanned::new(code.code(), loc(code.start, "code")),
            status,
            category,
            message,
            retryable: None,
            unprocessed: None,
            docs_url: None,
            origin: Origin::ErrorTable,
            rust_name: None,
            loc: r.loc(self.start, &pointer_base),
        })))
    }
}

/// A code as written in a cell, without backticks or emphasis.
fn clean_code(text: &str) -> String {
    text.trim().trim_matches(['`', '*']).trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_as_docs_write_them() {
        assert_eq!(status_of("404"), Some(404));
        assert_eq!(status_of(" 404 Not Found "), Some(404));
        assert_eq!(status_of("[404 Not Found](https://x)"), Some(404));
        assert_eq!(status_of("`502`"), Some(502));
        assert_eq!(status_of("4O4"), None);
        assert_eq!(status_of("4045"), None);
        assert_eq!(status_of("404a"), None);
    }
}
