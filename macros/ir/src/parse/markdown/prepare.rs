//! Making a published docs page readable as plain Markdown, without moving
//! anything: front matter, MDX `import`/`export` lines and component tags
//! (`<Accordion>`, `<Note>`, `<details>`) become blank lines, and the lines
//! inside a component lose their indentation, so that a table there is a
//! table and not a code block. Every offset in the prepared text maps back
//! to the page as written ([`Prepared::original`]), so diagnostics point
//! into the real file.

/// A page prepared for the Markdown parser.
pub(super) struct Prepared {
    /// The text the parser reads.
    pub(super) text: String,
    /// Per prepared line: its start in `text`, its start in the page, and
    /// how many bytes were removed from its front.
    lines: Vec<(usize, usize, usize)>,
    /// The front matter's `title`, if it has one.
    pub(super) title: Option<String>,
}

impl Prepared {
    /// The page offset of an offset in the prepared text.
    pub(super) fn original(&self, offset: usize) -> usize {
        let i = self.lines.partition_point(|&(new, _, _)| new <= offset);
        match i.checked_sub(1).and_then(|i| self.lines.get(i)) {
            Some(&(new, old, removed)) => old + removed + (offset - new),
            None => offset,
        }
    }
}

/// What a line is to the preparation.
enum Line {
    /// Kept, minus this many leading bytes.
    Keep(usize),
    /// Replaced by a blank line.
    Blank,
}

/// Prepares `page` (BOM already removed by `SourceFile`).
pub(super) fn prepare(page: &str) -> Prepared {
    let mut out = Prepared {
        text: String::with_capacity(page.len()),
        lines: Vec::new(),
        title: None,
    };
    // HTML comments before the front matter (a license or source note) are
    // skipped like it.
    let comments: usize = page
        .split_inclusive('\n')
        .take_while(|l| {
            let t = l.trim();
            t.starts_with("<!--") && t.ends_with("-->")
        })
        .map(str::len)
        .sum();
    let rest = &page[comments..];
    let mut front_matter = rest.starts_with("---\n") || rest.starts_with("---\r\n");
    let mut opened = false;
    let mut in_comments = comments > 0;
    let mut depth: usize = 0;
    let mut fenced = false;
    let mut start = 0;
    for raw in page.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let trimmed = content.trim();
        let line = if in_comments {
            in_comments = start + raw.len() < comments;
            Line::Blank
        } else if front_matter {
            if !opened {
                opened = true;
            } else if trimmed == "---" {
                front_matter = false;
            } else if let Some(title) = trimmed.strip_prefix("title:") {
                out.title = Some(unquote(title.trim()).to_owned());
            }
            Line::Blank
        } else if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            fenced = !fenced;
            Line::Keep(indent_inside(content, depth))
        } else if fenced {
            Line::Keep(indent_inside(content, depth))
        } else if depth == 0 && (trimmed.starts_with("import ") || trimmed.starts_with("export ")) {
            Line::Blank
        } else if let Some(change) = component_tag(trimmed) {
            depth = depth.saturating_add_signed(change);
            Line::Blank
        } else {
            Line::Keep(indent_inside(content, depth))
        };
        let new_start = out.text.len();
        match line {
            Line::Keep(removed) => {
                out.text.push_str(&raw[removed..]);
                out.lines.push((new_start, start, removed));
            }
            Line::Blank => {
                out.text.push_str(&raw[content.len()..]);
                out.lines.push((new_start, start, content.len()));
            }
        }
        start += raw.len();
    }
    out
}

/// How much indentation to remove from a line inside `depth` components.
fn indent_inside(content: &str, depth: usize) -> usize {
    if depth == 0 {
        0
    } else {
        content.len() - content.trim_start_matches([' ', '\t']).len()
    }
}

/// For a line that is only component tags (`<Note>`, `</Accordion>`,
/// `<Card title="x" />`, `<details>`, `<summary>Codes</summary>`): how it
/// changes the nesting depth. `None` for any other line.
fn component_tag(line: &str) -> Option<isize> {
    const BLOCK_HTML: [&str; 4] = ["details", "summary", "div", "section"];
    let rest = line.strip_prefix('<')?;
    let closing = rest.starts_with('/');
    let name: String = rest
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == '-')
        .collect();
    let component = name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        || BLOCK_HTML.contains(&name.as_str());
    if !component || !line.ends_with('>') {
        return None;
    }
    let opens_and_closes = line.contains(&format!("</{name}>")) && !closing;
    Some(if closing {
        -1
    } else if line.ends_with("/>") || opens_and_closes {
        0
    } else {
        1
    })
}

fn unquote(s: &str) -> &str {
    s.strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| s.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')))
        .unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_and_front_matter_become_blank_lines() {
        let page = "---\ntitle: \"Errors\"\n---\nimport X from 'y'\n\n<Accordion title=\"Auth\">\n  | Code | Status |\n  |---|---|\n  | A | 401 |\n</Accordion>\n";
        let p = prepare(page);
        assert_eq!(p.title.as_deref(), Some("Errors"));
        assert_eq!(
            p.text,
            "\n\n\n\n\n\n| Code | Status |\n|---|---|\n| A | 401 |\n\n"
        );
        let a = p.text.find("| A").unwrap();
        assert_eq!(&page[p.original(a)..p.original(a) + 3], "| A");
    }

    #[test]
    fn a_source_note_may_precede_the_front_matter() {
        let page = "<!-- Source: example -->\n---\ntitle: X\n---\n| a |\n";
        let p = prepare(page);
        assert_eq!(p.title.as_deref(), Some("X"));
        assert_eq!(p.text, "\n\n\n\n| a |\n");
    }

    #[test]
    fn inline_html_lines_are_kept() {
        assert_eq!(component_tag("<b>Note</b> this"), None);
        assert_eq!(component_tag("<Note>"), Some(1));
        assert_eq!(component_tag("</Note>"), Some(-1));
        assert_eq!(component_tag("<Card title=\"x\" />"), Some(0));
        assert_eq!(component_tag("<summary>Codes</summary>"), Some(0));
        assert_eq!(component_tag("<https://example.com>"), None);
    }
}
