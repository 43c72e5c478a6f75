use super::*;

fn parse(md: &str) -> (Page, Diagnostics) {
    parse_markdown(Arc::new(SourceFile::new("e.md", md)))
}

#[test]
fn section_titles_become_ids() {
    assert_eq!(category_id("Authentication errors"), "authentication");
    assert_eq!(category_id("Rate limiting"), "rate_limiting");
    assert_eq!(
        category_id("API key management errors"),
        "api_key_management"
    );
    assert_eq!(clean_title("Client errors {#client}"), "Client errors");
    assert_eq!(clean_title("Client errors {% #client %}"), "Client errors");
}

#[test]
fn tables_under_sections_become_errors() {
    let md = "# Errors\n\nIntro.\n\n## Auth errors\n\nWhen the key is wrong.\n\n\
              | Code | HTTP status | Description |\n|--|--|--|\n\
              | `BAD_KEY` | 401 | Key is bad: use <a-key>. |\n| EXPIRED | 401 | Expired \\| old |\n\n\
              ## Other table\n\n| a | b |\n|--|--|\n| 1 | 2 |\n";
    let (page, diags) = parse(md);
    assert!(diags.is_empty(), "{diags}");
    assert_eq!(page.title.as_deref(), Some("Errors"));
    assert_eq!(page.categories.len(), 1);
    assert_eq!(page.categories[0].id.value, "auth");
    assert_eq!(
        page.categories[0].description.as_deref(),
        Some("When the key is wrong.")
    );
    let codes: Vec<&str> = page.errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["BAD_KEY", "EXPIRED"]);
    let message = |i: usize| page.errors[i].message.as_ref().map(|m| m.value.clone());
    assert_eq!(message(0).as_deref(), Some("Key is bad: use <a-key>."));
    assert_eq!(message(1).as_deref(), Some("Expired | old"));
    assert_eq!(page.errors[1].code.loc.line_col().line, 12);
    assert_eq!(page.errors[1].code.loc.line_col().column, 3);
}

#[test]
fn bad_statuses_are_reported_at_their_cell() {
    let md = "## Errors\n\n| Error code | Status | Message |\n|---|---|---|\n| X | 4O4 | nope |\n";
    let (page, diags) = parse(md);
    assert!(page.errors.is_empty());
    let d = diags.iter().next().unwrap().to_string();
    assert!(
        d.starts_with("e.md:5:7: /errors/0/status: status `4O4` of `X` is not a number"),
        "{d}"
    );
}

#[test]
fn real_page_shapes() {
    // Front matter, an MDX import, a heading anchor, a table inside a
    // component without blank lines, CRLF line ends, no message column, a
    // status-only row, and a flat table before any section.
    let md = "---\r\ntitle: Acme errors\r\n---\r\nimport { Accordion } from 'x'\r\n\r\n\
              | Status | Code |\r\n|---|---|\r\n| 400 | bad_request |\r\n| 502 | |\r\n\r\n\
              ## Client errors {#client}\r\n\r\n<Accordion title=\"More\">\r\n\
              | Code | HTTP Status Code | Meaning |\r\n|---|---|---|\r\n| `not_found` | 404 Not Found | **Gone** or never there |\r\n\
              </Accordion>\r\n";
    let (page, diags) = parse(md);
    assert!(diags.is_empty(), "{diags}");
    assert_eq!(page.title.as_deref(), Some("Acme errors"));
    let ids: Vec<&str> = page.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["acme", "client"]);
    assert_eq!(page.categories[1].title.value, "Client errors");
    let codes: Vec<(&str, i64)> = page
        .errors
        .iter()
        .map(|e| (e.code.as_str(), e.status.value))
        .collect();
    assert_eq!(codes, [("bad_request", 400), ("not_found", 404)]);
    assert!(page.errors[0].message.is_none());
    assert_eq!(
        page.errors[1].message.as_ref().map(|m| m.value.as_str()),
        Some("Gone or never there")
    );
    assert_eq!(page.errors[1].category.value, "client");
    assert_eq!(page.statuses.len(), 1);
    assert_eq!(page.statuses[0].status.value, 502);
    assert_eq!(page.statuses[0].category.value, "acme");
    // Positions are the page's own, CRLF and front matter included.
    let at = page.errors[1].code.loc.line_col();
    assert_eq!((at.line, at.column), (16, 3));
}

#[test]
fn a_page_without_error_rows_names_the_tables_it_saw() {
    let md = "# Errors\n\n| Field | Type |\n|---|---|\n| a | b |\n\n## More\n\n| Code | Meaning |\n|---|---|\n| X | y |\n";
    let (page, diags) = parse(md);
    assert!(page.errors.is_empty());
    let all = diags.to_string();
    assert!(all.contains("the page has no error rows"), "{all}");
    assert!(
        all.contains("tables seen: line 3: | Field | Type |; line 9: | Code | Meaning |"),
        "{all}"
    );
    assert!(
        all.contains("`X` has no status") || !all.contains("X"),
        "{all}"
    );
}

#[test]
fn the_json_example_gives_the_layout() {
    let md = "# Errors\n\n```json\n{\"error\": {\"code\": \"not_found\", \"message\": \"No.\"}}\n```\n\n\
              | Code | Status |\n|---|---|\n| not_found | 404 |\n";
    let (page, diags) = parse(md);
    assert!(diags.is_empty(), "{diags}");
    let body = page.error_body.unwrap();
    assert_eq!(
        (body.code.value.as_str(), body.message.value.as_str()),
        ("/error/code", "/error/message")
    );

    let problem = "```json\n{\"type\": \"https://x/not-found\", \"title\": \"Not found\", \"status\": 404, \"detail\": \"No.\"}\n```\n\n\
                   | Type | Status |\n|---|---|\n| https://x/not-found | 404 |\n";
    let body = parse(problem).0.error_body.unwrap();
    assert_eq!(
        (body.code.value.as_str(), body.message.value.as_str()),
        ("/type", "/detail")
    );
}

#[test]
fn a_summary_table_repeating_codes_adds_nothing() {
    let md = "## Application errors\n\n| Error ID | HTTP | Description |\n|---|---|---|\n| `not_found` | 404 | Not found. |\n\n\
              ## Standard errors\n\n| Error ID | HTTP | Description |\n|---|---|---|\n| Standard `not_found` | 404 | Resource not found |\n";
    let (page, diags) = parse(md);
    assert!(diags.is_empty(), "{diags}");
    let codes: Vec<&str> = page.errors.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["not_found"]);
    let ids: Vec<&str> = page.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["application"]);
}
