//! A spec's error tables written back as a JSON spec, in the layout of
//! the workspace's own specs: one category or error per line.

use crate::Loaded;
use crate::model::{ErrorBody, ErrorDef, Origin, Spec};
use crate::parse::PROBLEM_DETAILS;

/// A JSON string literal.
fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The name, error body, categories, errors and documented statuses of a
/// loaded spec as JSON spec text, one entry per line.
pub fn errors_to_json(loaded: &Loaded) -> String {
    let spec: &Spec = &loaded.spec;
    let categories: Vec<String> = spec
        .categories
        .iter()
        .map(|c| {
            let mut s = format!(
                "    {{\"id\": {}, \"title\": {}",
                string(&c.id),
                string(&c.title)
            );
            if let Some(d) = &c.description {
                s.push_str(&format!(", \"description\": {}", string(d)));
            }
            s.push('}');
            s
        })
        .collect();
    let errors: Vec<String> = spec.errors.iter().map(error_line).collect();
    let statuses: Vec<String> = spec
        .statuses
        .iter()
        .map(|st| {
            let mut s = format!(
                "    {{\"status\": {}, \"category\": {}",
                st.status.value,
                string(&st.category)
            );
            if let Some(m) = &st.message {
                s.push_str(&format!(", \"message\": {}", string(m)));
            }
            s.push('}');
            s
        })
        .collect();
    let body = &loaded.api.error_body;
    let problem = ErrorBody::problem_details(&spec.loc);
    let body = if body.code_pointer == problem.code.value
        && body.message_pointer == problem.message.value
    {
        format!("\"{PROBLEM_DETAILS}\"")
    } else {
        format!(
            "{{ \"code\": {}, \"message\": {} }}",
            string(&body.code_pointer),
            string(&body.message_pointer)
        )
    };
    let statuses = if statuses.is_empty() {
        String::new()
    } else {
        format!(",\n  \"statuses\": [\n{}\n  ]", statuses.join(",\n"))
    };
    format!(
        "{{\n  \"name\": {},\n  \"error_body\": {body},\n  \"categories\": [\n{}\n  ],\n  \"errors\": [\n{}\n  ]{statuses}\n}}\n",
        string(&spec.name),
        categories.join(",\n"),
        errors.join(",\n"),
    )
}

fn error_line(e: &ErrorDef) -> String {
    let mut s = format!(
        "    {{\"code\": {}, \"status\": {}, \"category\": {}",
        string(&e.code),
        e.status.value,
        string(&e.category),
    );
    if let Some(m) = e.message_text() {
        s.push_str(&format!(", \"message\": {}", string(m)));
    }
    if let Some(r) = &e.retryable {
        s.push_str(&format!(", \"retryable\": {}", r.value));
    }
    if let Some(u) = &e.unprocessed {
        s.push_str(&format!(", \"unprocessed\": {}", u.value));
    }
    if let Some(url) = &e.docs_url {
        s.push_str(&format!(", \"docs_url\": {}", string(url)));
    }
    if e.origin == Origin::EndpointPage {
        s.push_str(", \"origin\": \"endpoint-page\"");
    }
    if let Some(n) = &e.rust_name {
        s.push_str(&format!(", \"rust_name\": {}", string(n)));
    }
    s.push('}');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped() {
        assert_eq!(string("a\"b\\c\nd\u{1}"), r#""a\"b\\c\nd\u0001""#);
    }

    #[test]
    fn written_specs_load_back_the_same() {
        let md = "# Acme\n\n```json\n{\"error\": {\"code\": \"BAD_KEY\", \"message\": \"…\"}}\n```\n\n\
                  ## Auth errors\n\nWhen the key is wrong.\n\n| Code | Status | Message |\n|--|--|--|\n\
                  | `BAD_KEY` | 401 | Key is \"bad\". |\n| | 502 | |\n";
        let spec = crate::load_markdown_source(crate::SourceFile::new("e.md", md)).unwrap();
        let json = errors_to_json(&spec);
        let back = crate::load_source(crate::SourceFile::new("e.json", json)).unwrap();
        assert_eq!(back.spec.errors[0].message_text(), Some("Key is \"bad\"."));
        assert_eq!(back.spec.name, "Acme");
        assert_eq!(back.api.error_body.code_pointer, "/error/code");
        assert_eq!(back.spec.statuses[0].status.value, 502);
        assert_eq!(
            back.spec.categories[0].description.as_deref(),
            Some("When the key is wrong.")
        );
    }
}
