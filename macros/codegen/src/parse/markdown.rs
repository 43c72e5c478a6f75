//! A Markdown errors page → categories and errors.
//!
//! The structure of a typical docs page: each `##` section with an errors
//! table is a category (its heading the title, the paragraphs before the
//! table its description); each table with an error-code, a status and a
//! message (or description) column lists errors. Codes may be in backticks.
//! Other prose, code blocks and tables are ignored.

use std::ops::Range;
use std::sync::Arc;

use heck::ToSnakeCase;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diag::{Diagnostic, Diagnostics};
use crate::json::Reader;
use crate::model::{Category, ErrorDef, Origin, Spanned};
use crate::source::SourceFile;

/// What a Markdown page defines.
pub struct Page {
    /// The sections that hold error tables, in order.
    pub categories: Vec<Category>,
    /// The table rows, in order.
    pub errors: Vec<ErrorDef>,
}

/// The category id for a section title: `snake_case`, without a trailing
/// "errors" (`API key management errors` → `api_key_management`).
pub fn category_id(title: &str) -> String {
    let lower = title.trim().to_lowercase();
    let base = lower
        .strip_suffix(" errors")
        .or_else(|| lower.strip_suffix(" error"))
        .unwrap_or(&lower);
    base.to_snake_case()
}

#[derive(Default)]
struct Cell {
    text: String,
    start: usize,
}

struct Section {
    title: String,
    start: usize,
    description: Vec<String>,
    has_table: bool,
}

#[derive(Clone, Copy)]
struct Columns {
    code: usize,
    status: usize,
    message: usize,
}

fn columns(header: &[Cell]) -> Option<Columns> {
    let find = |pred: &dyn Fn(&str) -> bool| {
        header
            .iter()
            .position(|c| pred(&c.text.trim().to_lowercase()))
    };
    Some(Columns {
        code: find(&|h| h.contains("code") && !h.contains("status"))?,
        status: find(&|h| h.contains("status") || h == "http")?,
        message: find(&|h| h.contains("message") || h.contains("description"))?,
    })
}

/// Parses a Markdown page. Rows with problems are reported and skipped.
pub fn parse_markdown(source: Arc<SourceFile>) -> (Page, Diagnostics) {
    let mut r = Reader::new(source.clone());
    let text = source.text();
    let mut sections: Vec<Section> = Vec::new();
    let mut errors: Vec<ErrorDef> = Vec::new();

    let mut heading: Option<(HeadingLevel, String, usize)> = None;
    let mut paragraph: Option<String> = None;
    let mut in_table = false;
    let mut header: Vec<Cell> = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let mut cell: Option<Cell> = None;
    let mut table_columns: Option<Columns> = None;
    let mut row_start = 0;
    let mut rows_seen = 0;

    let push_text = |s: &str,
                     cell: &mut Option<Cell>,
                     heading: &mut Option<(HeadingLevel, String, usize)>,
                     paragraph: &mut Option<String>| {
        if let Some(c) = cell.as_mut() {
            c.text.push_str(s);
        } else if let Some((_, h, _)) = heading.as_mut() {
            h.push_str(s);
        } else if let Some(p) = paragraph.as_mut() {
            p.push_str(s);
        }
    };

    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        let Range { start, .. } = range;
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level, String::new(), start))
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, title, at)) = heading.take() {
                    if level >= HeadingLevel::H2 {
                        sections.push(Section {
                            title: title.trim().to_owned(),
                            start: at,
                            description: Vec::new(),
                            has_table: false,
                        });
                    }
                }
            }
            Event::Start(Tag::Paragraph) if !in_table => paragraph = Some(String::new()),
            Event::End(TagEnd::Paragraph) => {
                if let (Some(p), Some(section)) = (paragraph.take(), sections.last_mut()) {
                    if !section.has_table && !p.trim().is_empty() {
                        section.description.push(p.trim().to_owned());
                    }
                }
            }
            Event::Start(Tag::Table(_)) => {
                in_table = true;
                header.clear();
                table_columns = None;
            }
            Event::End(TagEnd::Table) => in_table = false,
            Event::End(TagEnd::TableHead) => {
                // The head's cells arrive without a row around them.
                header = std::mem::take(&mut row);
                table_columns = columns(&header);
                if table_columns.is_some() {
                    match sections.last_mut() {
                        Some(s) => s.has_table = true,
                        None => r.report(Diagnostic::at(
                            &source,
                            start,
                            "",
                            "this errors table is under no `##` section heading, so it has no category",
                        )),
                    }
                }
            }
            Event::Start(Tag::TableRow) => {
                row.clear();
                row_start = start;
            }
            Event::End(TagEnd::TableRow) => {
                let (Some(cols), Some(section)) = (table_columns, sections.last()) else {
                    continue;
                };
                let cells = std::mem::take(&mut row);
                // Rows are numbered in page order, skipped ones included, so
                // `/errors/N` names the N-th row of the page's error tables.
                if let Some(e) = read_row(&mut r, &cells, cols, section, rows_seen, row_start) {
                    errors.push(e);
                }
                rows_seen += 1;
            }
            Event::Start(Tag::TableCell) => {
                // Point at the cell's content, not the padding before it.
                let padding =
                    text[start..].len() - text[start..].trim_start_matches([' ', '\t']).len();
                cell = Some(Cell {
                    text: String::new(),
                    start: start + padding,
                });
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(c) = cell.take() {
                    row.push(c);
                }
            }
            Event::Text(s) | Event::Code(s) | Event::Html(s) | Event::InlineHtml(s) => {
                push_text(&s, &mut cell, &mut heading, &mut paragraph);
            }
            Event::SoftBreak | Event::HardBreak => {
                push_text(" ", &mut cell, &mut heading, &mut paragraph);
            }
            _ => {}
        }
    }

    let categories = sections
        .iter()
        .filter(|s| s.has_table)
        .enumerate()
        .map(|(i, s)| {
            let pointer = format!("/categories/{i}");
            let loc = r.loc(s.start, &pointer);
            Category {
                id: Spanned::new(
                    category_id(&s.title),
                    r.loc(s.start, &format!("{pointer}/id")),
                ),
                title: Spanned::new(s.title.clone(), r.loc(s.start, &format!("{pointer}/title"))),
                description: (!s.description.is_empty()).then(|| s.description.join(" ")),
                loc,
            }
        })
        .collect();
    (Page { categories, errors }, r.diags)
}

fn read_row(
    r: &mut Reader,
    cells: &[Cell],
    cols: Columns,
    section: &Section,
    index: usize,
    row_start: usize,
) -> Option<ErrorDef> {
    let pointer = format!("/errors/{index}");
    let get = |i: usize| cells.get(i);
    let Some(code_cell) = get(cols.code).filter(|c| !c.text.trim().is_empty()) else {
        r.report(Diagnostic::at(
            &r.source,
            row_start,
            &pointer,
            "table row has no error code",
        ));
        return None;
    };
    let code = code_cell.text.trim().trim_matches('`').trim().to_owned();
    let status_cell = get(cols.status)?;
    let status_text = status_cell.text.trim();
    let Ok(status) = status_text.parse::<i64>() else {
        r.report(
            Diagnostic::at(
                &r.source,
                status_cell.start,
                &format!("{pointer}/status"),
                format!("status `{status_text}` of `{code}` is not a number"),
            )
            .with_help("write the HTTP status as digits, e.g. `404`"),
        );
        return None;
    };
    let message_cell = get(cols.message)?;
    let loc = |offset: usize, field: &str| r.loc(offset, &format!("{pointer}/{field}"));
    Some(ErrorDef {
        code: Spanned::new(code, loc(code_cell.start, "code")),
        status: Spanned::new(status, loc(status_cell.start, "status")),
        category: Spanned::new(
            category_id(&section.title),
            loc(code_cell.start, "category"),
        ),
        message: Spanned::new(
            message_cell.text.trim().to_owned(),
            loc(message_cell.start, "message"),
        ),
        retryable: None,
        unprocessed: None,
        docs_url: None,
        origin: Origin::ErrorTable,
        rust_name: None,
        loc: r.loc(row_start, &pointer),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_titles_become_ids() {
        assert_eq!(category_id("Authentication errors"), "authentication");
        assert_eq!(category_id("Rate limiting"), "rate_limiting");
        assert_eq!(
            category_id("API key management errors"),
            "api_key_management"
        );
    }

    #[test]
    fn tables_under_sections_become_errors() {
        let md = "# Errors\n\nIntro.\n\n## Auth errors\n\nWhen the key is wrong.\n\n\
                  | Code | HTTP status | Description |\n|--|--|--|\n\
                  | `BAD_KEY` | 401 | Key is bad: use <a-key>. |\n| EXPIRED | 401 | Expired \\| old |\n\n\
                  ## Other table\n\n| a | b |\n|--|--|\n| 1 | 2 |\n";
        let (page, diags) = parse_markdown(Arc::new(SourceFile::new("e.md", md)));
        assert!(diags.is_empty(), "{diags}");
        assert_eq!(page.categories.len(), 1);
        assert_eq!(page.categories[0].id.value, "auth");
        assert_eq!(
            page.categories[0].description.as_deref(),
            Some("When the key is wrong.")
        );
        let codes: Vec<&str> = page.errors.iter().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["BAD_KEY", "EXPIRED"]);
        assert_eq!(page.errors[0].message.value, "Key is bad: use <a-key>.");
        assert_eq!(page.errors[1].message.value, "Expired | old");
        assert_eq!(page.errors[1].code.loc.line_col().line, 12);
        assert_eq!(page.errors[1].code.loc.line_col().column, 3);
    }

    #[test]
    fn bad_statuses_are_reported_at_their_cell() {
        let md =
            "## Errors\n\n| Error code | Status | Message |\n|---|---|---|\n| X | 4O4 | nope |\n";
        let (page, diags) = parse_markdown(Arc::new(SourceFile::new("e.md", md)));
        assert!(page.errors.is_empty());
        let d = diags.iter().next().unwrap().to_string();
        assert!(
            d.starts_with("e.md:5:7: /errors/0/status: status `4O4` of `X` is not a number"),
            "{d}"
        );
    }
}
