//! The properties the fuzz targets check (`fuzz/fuzz_targets/`), one
//! function per target. Each takes the fuzzer's bytes and panics when a
//! property fails. The normal test suite runs them on every committed seed
//! and every input a fuzzer found (`tests/fuzz_inputs.rs`), so a found crash
//! stays fixed.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use docspec::__private::parse_retry_after;
use docspec_codegen::{
    ExpandOptions, SourceFile, expand, load_markdown_source, load_source, parse,
};
use http::StatusCode;
use userplane::{ApiError, ResponseCode};

/// A fuzz target's property: panics when it fails for the input.
pub type Property = fn(&[u8]);

/// The fuzz targets, by name: the folders of `fuzz/seeds/` and
/// `fuzz/regressions/`.
pub const TARGETS: [(&str, Property); 6] = [
    ("spec_json", spec_json),
    ("markdown_page", markdown_page),
    ("pipeline", pipeline),
    ("error_body", error_body),
    ("retry_after", retry_after),
    ("openapi", openapi),
];

/// The errors page the `openapi` target pairs each document with.
const OPENAPI_ERRORS: &str = "# Errors\n\n```json\n{\"code\": \"note_not_found\", \"message\": \"No note.\"}\n```\n\n## Notes\n\n| Code | Status | Message |\n|---|---|---|\n| note_not_found | 404 | No note. |\n";

/// A published document (OpenAPI 3.0 or 3.1, or Swagger 2.0; read as
/// JSON when it opens with `{`, as YAML otherwise), alone and with an
/// errors page: any text loads, or is refused with diagnostics that name a
/// file; warnings name the document; a document that loads generates tokens
/// that parse as a Rust file.
pub fn openapi(data: &[u8]) {
    let text = text(data);
    let name = if text.trim_start().starts_with('{') {
        "fuzz.openapi.json"
    } else {
        "fuzz.openapi.yaml"
    };
    let alone = docspec_codegen::load_openapi_source(SourceFile::new(name, text.clone()));
    check_loaded(name, alone);
    let paged = docspec_codegen::load_openapi_sources(
        SourceFile::new(name, text),
        SourceFile::new("errors.md", OPENAPI_ERRORS),
    );
    check_loaded(name, paged);
}

/// What a document's loading gave holds the fuzz targets' properties.
fn check_loaded(name: &str, loaded: Result<docspec_codegen::Loaded, docspec_codegen::Diagnostics>) {
    match loaded {
        Err(diags) => {
            assert!(!diags.is_empty(), "refused without a reason");
            for d in &diags {
                let shown = d.to_string();
                assert!(
                    shown.starts_with(name) || shown.starts_with("errors.md"),
                    "{shown}"
                );
            }
        }
        Ok(api) => {
            for w in &api.warnings {
                assert!(w.to_string().starts_with(name), "{w}");
            }
            let tokens = expand(&api.api, &ExpandOptions::default());
            if let Err(e) = syn::parse2::<syn::File>(tokens) {
                panic!("generated code does not parse: {e}");
            }
        }
    }
}

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Every diagnostic renders, naming the file.
fn render_all(name: &str, diags: &docspec_codegen::Diagnostics) {
    for d in diags {
        let shown = d.to_string();
        assert!(shown.starts_with(name), "{shown}");
    }
}

/// The JSON spec reader: any text parses or is refused with diagnostics that
/// name the file.
pub fn spec_json(data: &[u8]) {
    let source = Arc::new(SourceFile::new("fuzz.json", text(data)));
    let (spec, diags) = parse::parse_json_partial(source);
    assert!(
        spec.is_some() || !diags.is_empty(),
        "refused without a reason"
    );
    render_all("fuzz.json", &diags);
}

/// The Markdown page reader: any text reads into a page, with diagnostics
/// that name the file.
pub fn markdown_page(data: &[u8]) {
    let source = Arc::new(SourceFile::new("fuzz.md", text(data)));
    let (_page, diags) = parse::markdown::parse_markdown(source);
    render_all("fuzz.md", &diags);
}

/// Load → check → expand, as JSON (first byte even) or Markdown (odd): a
/// spec that passes checking generates tokens that parse as a Rust file.
pub fn pipeline(data: &[u8]) {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let (name, loaded) = if selector % 2 == 0 {
        (
            "fuzz.json",
            load_source(SourceFile::new("fuzz.json", text(rest))),
        )
    } else {
        (
            "fuzz.md",
            load_markdown_source(SourceFile::new("fuzz.md", text(rest))),
        )
    };
    match loaded {
        Ok(spec) => {
            let tokens = expand(&spec.api, &ExpandOptions::default());
            if let Err(e) = syn::parse2::<syn::File>(tokens) {
                panic!("a spec that passed checking generated invalid Rust: {e}");
            }
        }
        Err(diags) => {
            assert!(!diags.is_empty(), "refused without a reason");
            render_all(name, &diags);
        }
    }
}

/// Error-body decoding: any status and body decode into an `ApiError` that
/// keeps the body, and whose `Display` and `Debug` are bounded.
pub fn error_body(data: &[u8]) {
    let (status, body) = match data {
        [a, b, rest @ ..] => (u16::from_be_bytes([*a, *b]), rest),
        _ => (500, data),
    };
    let status = StatusCode::from_u16(100 + status % 900).unwrap_or(StatusCode::BAD_REQUEST);
    let err: ApiError = ApiError::decode(status, Bytes::copy_from_slice(body));
    assert_eq!(err.body().as_ref(), body);
    assert_eq!(err.status(), status);
    assert!(matches!(err.code(), ResponseCode::Missing) || err.code_str().is_some());
    assert!(err.code_str().is_some() || err.problem().is_some());
    let shown = err.to_string();
    let debug = format!("{err:?}");
    // The body is quoted at most 200 bytes' worth (each byte escaped to at
    // most a few characters), whatever its size.
    let bound =
        2_000 + err.message().map_or(0, str::len) * 6 + err.code_str().map_or(0, str::len) * 6;
    assert!(shown.len() <= bound, "Display of {} bytes", shown.len());
    assert!(debug.len() <= bound + 200, "Debug of {} bytes", debug.len());
}

/// `Retry-After` parsing: any value is a delay or ignored; whole seconds
/// parse to themselves; an HTTP date made from the input's first bytes
/// parses back to the delay it names, and a date past is no wait.
pub fn retry_after(data: &[u8]) {
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
    let value = text(data);
    let parsed = parse_retry_after(&value, now);
    if let Ok(seconds) = value.trim().parse::<u64>() {
        assert_eq!(parsed, Some(Duration::from_secs(seconds)));
    }
    let Some(bytes) = data.get(..4) else {
        return;
    };
    // Within ±2^30 s (34 years) of `now`: HTTP dates start at the epoch.
    let offset = i64::from(i32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) / 2);
    let at = if offset >= 0 {
        now + Duration::from_secs(offset.unsigned_abs())
    } else {
        now - Duration::from_secs(offset.unsigned_abs())
    };
    let date = httpdate::fmt_http_date(at);
    let want = Duration::from_secs(u64::try_from(offset).unwrap_or(0));
    assert_eq!(parse_retry_after(&date, now), Some(want), "{date}");
}
