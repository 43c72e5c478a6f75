//! A Markdown errors page, as vendors publish it → categories, errors,
//! documented statuses and the error body's layout.
//!
//! The page is first made plain Markdown without moving anything
//! (`prepare`): front matter, MDX imports and component tags become blank
//! lines. Then each `##` (or deeper) section with an errors table is a
//! category (its heading the title, the paragraphs before the table its
//! description), and tables outside any section form one category named
//! after the page. A table lists errors when it has a status column; its
//! code and message columns are optional (`columns`). A row with a code is
//! an error; a row with a status and no code is a documented status. A JSON
//! example of an error response gives the body layout (`example`).

mod columns;
mod example;
mod prepare;
mod row;

use std::sync::Arc;

use heck::ToSnakeCase;
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use crate::diag::{Diagnostic, Diagnostics};
use crate::json::Reader;
use crate::model::{Category, ErrorBody, ErrorDef, Spanned, StatusDef};
use crate::source::SourceFile;
use columns::Columns;
use row::{Cell, Row};

/// What a Markdown page defines.
pub struct Page {
    /// The page's title: its `#` heading, else its front matter `title`.
    pub title: Option<String>,
    /// The sections that hold error rows, in order.
    pub categories: Vec<Category>,
    /// The rows with a code, in order.
    pub errors: Vec<ErrorDef>,
    /// The rows with a status and no code, in order.
    pub statuses: Vec<StatusDef>,
    /// The error body layout the page's JSON example shows, if it has one.
    pub error_body: Option<ErrorBody>,
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

/// A heading's text without anchors (`{#client}`, `{% #client %}`) that the
/// parser left in it.
fn clean_title(title: &str) -> String {
    let mut t = title.trim();
    while let Some(open) = t.rfind('{').filter(|_| t.ends_with('}')) {
        let inner = &t[open..];
        if inner.starts_with("{#") || inner.starts_with("{%") {
            t = t[..open].trim_end();
        } else {
            break;
        }
    }
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A section of the page, and the tables seen in it.
struct Section {
    title: String,
    start: usize,
    description: Vec<String>,
    /// Header rows of the tables seen, with their offsets.
    tables: Vec<(usize, Vec<String>, bool)>,
    /// Error rows read, repeats included.
    rows: usize,
    /// Error rows kept: the section is a category when there are any.
    kept: usize,
}

impl Section {
    fn new(title: String, start: usize) -> Self {
        Section {
            title,
            start,
            description: Vec::new(),
            tables: Vec::new(),
            rows: 0,
            kept: 0,
        }
    }
}

/// The reader's state while it walks the page's events.
struct Walk {
    r: Reader,
    prepared: prepare::Prepared,
    /// Section 0 holds what comes before the first `##` heading.
    sections: Vec<Section>,
    page_title: Option<String>,
    /// Whether the page's `#` heading was read (it wins over the front
    /// matter's `title`).
    h1_seen: bool,
    heading: Option<(HeadingLevel, String, usize)>,
    paragraph: Option<String>,
    in_table: bool,
    /// The current table's header cells, rows (with their offsets) and
    /// offset; read when the table ends.
    header: Vec<Cell>,
    table_rows: Vec<(Vec<Cell>, usize)>,
    table_start: usize,
    row: Vec<Cell>,
    cell: Option<Cell>,
    row_start: usize,
    code_block: Option<(String, usize)>,
    examples: Vec<(String, usize)>,
    errors: Vec<ErrorDef>,
    statuses: Vec<StatusDef>,
    rows_seen: usize,
}

/// Parses a Markdown page. Rows with problems are reported and skipped.
pub fn parse_markdown(source: Arc<SourceFile>) -> (Page, Diagnostics) {
    let prepared = prepare::prepare(source.text());
    let text = prepared.text.clone();
    let mut walk = Walk {
        r: Reader::new(source.clone()),
        page_title: prepared.title.clone(),
        h1_seen: false,
        prepared,
        sections: vec![Section::new(String::new(), 0)],
        heading: None,
        paragraph: None,
        in_table: false,
        header: Vec::new(),
        table_rows: Vec::new(),
        table_start: 0,
        row: Vec::new(),
        cell: None,
        row_start: 0,
        code_block: None,
        examples: Vec::new(),
        errors: Vec::new(),
        statuses: Vec::new(),
        rows_seen: 0,
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES;
    for (event, range) in Parser::new_ext(&text, options).into_offset_iter() {
        let start = walk.prepared.original(range.start);
        walk.event(event, start);
    }
    walk.finish()
}

impl Walk {
    fn push_text(&mut self, s: &str) {
        if let Some(c) = self.cell.as_mut() {
            c.text.push_str(s);
        } else if let Some((_, h, _)) = self.heading.as_mut() {
            h.push_str(s);
        } else if let Some(p) = self.paragraph.as_mut() {
            p.push_str(s);
        }
    }

    fn section(&mut self) -> &mut Section {
        // Never empty: section 0 is the page's top.
        let last = self.sections.len() - 1;
        &mut self.sections[last]
    }

    fn event(&mut self, event: Event<'_>, start: usize) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                self.heading = Some((level, String::new(), start));
            }
            Event::End(TagEnd::Heading(_)) => self.end_heading(),
            Event::Start(Tag::Paragraph) if !self.in_table => self.paragraph = Some(String::new()),
            Event::End(TagEnd::Paragraph) => {
                if let Some(p) = self.paragraph.take() {
                    let section = self.section();
                    if section.tables.is_empty() && !p.trim().is_empty() {
                        section.description.push(p.trim().to_owned());
                    }
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let json = match &kind {
                    CodeBlockKind::Fenced(lang) => {
                        let lang = lang.to_lowercase();
                        lang.is_empty() || lang.starts_with("json") || lang.starts_with("js")
                    }
                    CodeBlockKind::Indented => false,
                };
                self.code_block = json.then(|| (String::new(), start));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(block) = self.code_block.take() {
                    self.examples.push(block);
                }
            }
            Event::Start(Tag::Table(_) | Tag::TableRow | Tag::TableCell)
            | Event::End(
                TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow | TagEnd::TableCell,
            ) => {
                self.table_event(&event, start);
            }
            Event::Text(s) => match self.code_block.as_mut() {
                Some((block, _)) => block.push_str(&s),
                None => self.push_text(&s),
            },
            Event::Code(s) => {
                if let Some(c) = self.cell.as_mut() {
                    c.code_spans.push(s.to_string());
                }
                self.push_text(&s);
            }
            // Markup inside a heading is not part of its title; a `<br>` in
            // a cell separates words.
            Event::Html(s) | Event::InlineHtml(s) if self.heading.is_none() => {
                let br = s
                    .trim()
                    .trim_start_matches('<')
                    .to_lowercase()
                    .starts_with("br");
                self.push_text(if br { " " } else { &s });
            }
            Event::SoftBreak | Event::HardBreak => self.push_text(" "),
            _ => {}
        }
    }

    /// A table's structure: where it, its rows and cells start and end.
    fn table_event(&mut self, event: &Event<'_>, start: usize) {
        match event {
            Event::Start(Tag::Table(_)) => {
                self.in_table = true;
                self.row.clear();
                self.header.clear();
                self.table_rows.clear();
                self.table_start = start;
            }
            Event::End(TagEnd::Table) => {
                self.in_table = false;
                self.end_table();
            }
            // The head's cells arrive without a row around them.
            Event::End(TagEnd::TableHead) => self.header = std::mem::take(&mut self.row),
            Event::Start(Tag::TableRow) => {
                self.row.clear();
                self.row_start = start;
            }
            Event::End(TagEnd::TableRow) => {
                let cells = std::mem::take(&mut self.row);
                self.table_rows.push((cells, self.row_start));
            }
            Event::Start(Tag::TableCell) => {
                // Point at the cell's content, not the padding before it.
                let text = self.r.source.text();
                let rest = text.get(start..).unwrap_or("");
                let padding = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                self.cell = Some(Cell {
                    start: start + padding,
                    ..Cell::default()
                });
            }
            Event::End(TagEnd::TableCell) => {
                if let Some(c) = self.cell.take() {
                    self.row.push(c);
                }
            }
            _ => {}
        }
    }

    fn end_heading(&mut self) {
        let Some((level, title, at)) = self.heading.take() else {
            return;
        };
        let title = clean_title(&title);
        if level == HeadingLevel::H1 {
            if !self.h1_seen {
                self.h1_seen = true;
                self.page_title = Some(title);
            }
        } else {
            self.sections.push(Section::new(title, at));
        }
    }

    /// A whole table is read: its columns decided from its header and
    /// cells, then each row.
    fn end_table(&mut self) {
        let header = std::mem::take(&mut self.header);
        let rows = std::mem::take(&mut self.table_rows);
        let headers: Vec<&str> = header.iter().map(|c| c.text.as_str()).collect();
        let cells = |i: usize| {
            rows.iter()
                .map(move |(r, _)| r.get(i).map_or("", |c| c.text.as_str()))
        };
        let columns = columns::decide(&headers, cells);
        let trimmed = headers.iter().map(|h| h.trim().to_owned()).collect();
        let start = self.table_start;
        self.section()
            .tables
            .push((start, trimmed, columns.lists_errors()));
        if columns.lists_errors() {
            for (cells, start) in &rows {
                self.read_row(cells, *start, columns);
            }
        }
    }

    fn read_row(&mut self, cells: &[Cell], start: usize, columns: Columns) {
        let index = self.sections.len() - 1;
        let category = self.category_of(index);
        let row = Row {
            cells,
            columns,
            category: &category,
            index: self.rows_seen,
            start,
        };
        // Rows are numbered in page order, skipped ones included, so
        // `/errors/N` names the N-th row of the page's error tables.
        self.rows_seen += 1;
        let kept = match row.read(&mut self.r) {
            // The same code with the same status in a second table (a
            // summary repeating a detailed one) is the same error.
            Some(row::Read::Error(e)) if self.repeats(&e) => false,
            Some(row::Read::Error(e)) => {
                self.errors.push(*e);
                true
            }
            Some(row::Read::Status(s)) => {
                self.statuses.push(*s);
                true
            }
            None => return,
        };
        let section = &mut self.sections[index];
        section.rows += 1;
        section.kept += usize::from(kept);
    }

    /// Whether `e` repeats an error already read, code and status alike.
    fn repeats(&self, e: &ErrorDef) -> bool {
        self.errors
            .iter()
            .any(|seen| seen.code.value == e.code.value && seen.status.value == e.status.value)
    }

    /// The category id of the section at `index`; section 0, the page's
    /// top, is named after the page.
    fn category_of(&self, index: usize) -> String {
        match index {
            0 => category_id(&self.implicit_title()),
            i => category_id(&self.sections[i].title),
        }
    }

    fn implicit_title(&self) -> String {
        self.page_title
            .clone()
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| "Errors".to_owned())
    }

    fn finish(mut self) -> (Page, Diagnostics) {
        self.report_empty_tables();
        let implicit = self.implicit_title();
        let categories = self
            .sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kept > 0)
            .enumerate()
            .map(|(n, (i, s))| {
                let title = if i == 0 {
                    implicit.clone()
                } else {
                    s.title.clone()
                };
                let pointer = format!("/categories/{n}");
                Category {
                    id: Spanned::new(
                        category_id(&title),
                        self.r.loc(s.start, &format!("{pointer}/id")),
                    ),
                    title: Spanned::new(title, self.r.loc(s.start, &format!("{pointer}/title"))),
                    description: (!s.description.is_empty()).then(|| s.description.join(" ")),
                    loc: self.r.loc(s.start, &pointer),
                }
            })
            .collect();
        let codes: Vec<&str> = self.errors.iter().map(|e| e.code.as_str()).collect();
        let error_body = self
            .examples
            .iter()
            .find_map(|(text, at)| example::layout(text, &codes, &self.r.loc(*at, "/error_body")));
        let page = Page {
            title: self.page_title,
            categories,
            errors: self.errors,
            statuses: self.statuses,
            error_body,
        };
        (page, self.r.diags)
    }

    /// A page whose tables yield no row, and a section whose errors tables
    /// yield none, are errors that name the tables seen.
    fn report_empty_tables(&mut self) {
        let describe = |tables: &[(usize, Vec<String>, bool)], r: &Reader| -> String {
            tables
                .iter()
                .map(|(at, headers, _)| {
                    format!(
                        "line {}: | {} |",
                        r.source.line_col(*at).line,
                        headers.join(" | ")
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        if self.errors.is_empty() && self.statuses.is_empty() {
            let all: Vec<(usize, Vec<String>, bool)> = self
                .sections
                .iter()
                .flat_map(|s| s.tables.clone())
                .collect();
            let seen = if all.is_empty() {
                "it has no tables".to_owned()
            } else {
                format!("tables seen: {}", describe(&all, &self.r))
            };
            let d = Diagnostic::at(&self.r.source, 0, "", "the page has no error rows")
                .with_note(seen)
                .with_help(
                    "an errors table has a status column (`Status`, `HTTP status`, `Status code`, …) and \
                     usually a code column (`Code`, `Error`, `Error code`, `Type`, …) and a message column \
                     (`Message`, `Description`, `Meaning`, …)",
                );
            self.r.report(d);
            return;
        }
        for i in 0..self.sections.len() {
            let s = &self.sections[i];
            let error_tables: Vec<_> = s.tables.iter().filter(|t| t.2).cloned().collect();
            if s.rows == 0 && !error_tables.is_empty() {
                let d = Diagnostic::at(
                    &self.r.source,
                    s.start,
                    "",
                    format!("section `{}` has errors tables but no error rows", s.title),
                )
                .with_note(format!("tables seen: {}", describe(&error_tables, &self.r)));
                self.r.report(d);
            }
        }
    }
}

#[cfg(test)]
mod tests;
