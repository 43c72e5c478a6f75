//! Spec text → rustdoc Markdown that renders as written and passes
//! `cargo doc` with warnings denied.
//!
//! Messages such as `Bearer <your-api-key>` would otherwise be read as HTML
//! tags, and bare URLs trip `rustdoc::bare_urls`.

use proc_macro2::TokenStream;
use quote::quote;

/// Escapes text for Markdown: HTML-significant characters become entities,
/// Markdown punctuation is backslash-escaped, URLs become autolinks.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if let Some(url_len) = url_prefix_len(word) {
            let (url, rest) = word.split_at(url_len);
            out.push('<');
            out.push_str(url);
            out.push('>');
            escape_into(&mut out, rest);
        } else {
            escape_into(&mut out, word);
        }
    }
    out
}

/// Escapes text for a cell of a Markdown table.
pub(crate) fn escape_cell(text: &str) -> String {
    escape(text).replace('|', "\\|")
}

fn url_prefix_len(word: &str) -> Option<usize> {
    if !(word.starts_with("https://") || word.starts_with("http://")) {
        return None;
    }
    // Trailing sentence punctuation is not part of the URL.
    let trimmed = word.trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
    let safe = trimmed
        .chars()
        .all(|c| !c.is_whitespace() && !matches!(c, '<' | '>' | '`'));
    safe.then_some(trimmed.len())
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
}

/// `#[doc = "…"]` attributes, one per line of `text`.
pub(crate) fn attrs(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_like_text_and_urls_are_escaped() {
        assert_eq!(
            escape("Include it as Authorization: Bearer <your-api-key>."),
            "Include it as Authorization: Bearer &lt;your-api-key&gt;."
        );
        assert_eq!(
            escape("See https://docs.example.com/x. Or *not*"),
            "See <https://docs.example.com/x>. Or \\*not\\*"
        );
        assert_eq!(escape_cell("a | b"), "a \\| b");
    }
}
