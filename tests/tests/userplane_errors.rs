//! `spec/userplane.json` holds the error page exactly: every code, status and
//! message verbatim, under its section, in the page's order. The page itself
//! is kept in `spec/docs/errors-page.txt`; this test reads its tables.

use docspec_tests::workspace_dir;
use userplane::{Category, DocumentedCode, ErrorCode};

struct Row {
    section: String,
    code: String,
    status: u16,
    message: String,
}

/// Reads the tables of the page: a section heading, a header line
/// `Error codeStatusMessage`, then rows `CODE` + 3-digit status + message.
fn page_rows() -> (Vec<String>, Vec<Row>) {
    let text = std::fs::read_to_string(workspace_dir().join("spec/docs/errors-page.txt")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut sections = Vec::new();
    let mut rows = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if *line != "Error codeStatusMessage" {
            continue;
        }
        // The heading is the nearest non-empty line above that is not the
        // section's introduction ("Returned when …", "These errors …").
        let heading = lines[..i]
            .iter()
            .rev()
            .filter(|l| !l.trim().is_empty())
            .find(|l| !l.starts_with("Returned when") && !l.starts_with("These errors"))
            .unwrap();
        sections.push(heading.to_string());
        for row in &lines[i + 1..] {
            let code_len = row
                .find(|c: char| !(c.is_ascii_uppercase() || c == '_'))
                .unwrap_or(0);
            let Some(status) = row.get(code_len..code_len + 3).and_then(|s| s.parse().ok()) else {
                break;
            };
            if code_len == 0 {
                break;
            }
            rows.push(Row {
                section: heading.to_string(),
                code: row[..code_len].to_string(),
                status,
                message: row[code_len + 3..].to_string(),
            });
        }
    }
    (sections, rows)
}

#[test]
fn the_thirty_codes_of_the_error_page_in_order() {
    let (_, rows) = page_rows();
    assert_eq!(rows.len(), 30);
    let table_codes = &ErrorCode::ALL[..30];
    for (row, code) in rows.iter().zip(table_codes) {
        assert_eq!(code.as_str(), row.code);
        assert_eq!(code.status_u16(), row.status, "{}", row.code);
        assert_eq!(code.message(), Some(row.message.as_ref()), "{}", row.code);
        assert_eq!(code.category().title(), row.section, "{}", row.code);
    }
}

#[test]
fn categories_are_the_page_sections_in_order() {
    let (sections, _) = page_rows();
    let titles: Vec<&str> = Category::ALL.iter().map(|c| c.title()).collect();
    assert_eq!(titles, sections);
    assert_eq!(Category::ALL.len(), 7);
}

#[test]
fn endpoint_page_codes_follow_the_table() {
    assert_eq!(ErrorCode::COUNT, 31);
    assert_eq!(ErrorCode::ALL[30], ErrorCode::Forbidden);
    assert_eq!(ErrorCode::Forbidden.as_str(), "FORBIDDEN");
    assert_eq!(ErrorCode::Forbidden.status_u16(), 403);
    assert_eq!(
        ErrorCode::Forbidden.message(),
        Some("Insufficient permissions")
    );
    assert_eq!(ErrorCode::Forbidden.category(), Category::Authorization);
}

#[test]
fn retryable_means_429_and_5xx() {
    for &code in ErrorCode::ALL {
        let s = code.status_u16();
        assert_eq!(code.is_retryable(), s == 429 || s >= 500, "{code}");
    }
    assert!(ErrorCode::RateLimited.is_retryable());
    assert!(ErrorCode::ServiceUnavailable.is_retryable());
    assert!(!ErrorCode::LinkGone.is_retryable());
}

#[test]
fn status_mapping_goes_both_ways() {
    use http::StatusCode;
    assert_eq!(
        ErrorCode::for_status(StatusCode::UNAUTHORIZED),
        &[
            ErrorCode::ApiKeyRequired,
            ErrorCode::ApiKeyInvalid,
            ErrorCode::ApiKeyExpired,
            ErrorCode::Unauthorized
        ]
    );
    assert_eq!(
        ErrorCode::for_status(StatusCode::GONE),
        &[
            ErrorCode::LinkGone,
            ErrorCode::RecordingGone,
            ErrorCode::ProjectGone,
            ErrorCode::LinkProjectDeleted
        ]
    );
    for &code in ErrorCode::ALL {
        assert!(
            ErrorCode::for_status(code.status()).contains(&code),
            "{code}"
        );
    }
    let total: usize = [401, 403, 404, 409, 410, 429, 500, 503]
        .iter()
        .map(|&s| ErrorCode::for_status(StatusCode::from_u16(s).unwrap()).len())
        .sum();
    assert_eq!(total, ErrorCode::COUNT);
}

#[test]
fn every_code_round_trips_through_its_string() {
    for &code in ErrorCode::ALL {
        assert_eq!(code.as_str().parse::<ErrorCode>(), Ok(code));
        assert_eq!(code.to_string(), code.as_str());
        let json = serde_json::to_value(code).unwrap();
        assert_eq!(json, serde_json::Value::String(code.as_str().into()));
        assert_eq!(serde_json::from_value::<ErrorCode>(json).unwrap(), code);
        assert_eq!(
            <ErrorCode as DocumentedCode>::category_id(code),
            code.category().id()
        );
    }
    assert!(Category::ALL.iter().map(|c| c.codes().len()).sum::<usize>() == ErrorCode::COUNT);
}
