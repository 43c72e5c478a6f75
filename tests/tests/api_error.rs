//! Decoding error responses: well-formed bodies, unknown codes, and bodies
//! that do not follow the spec at all. Decoding never panics and always keeps
//! what was received.

use bytes::Bytes;
use http::StatusCode;
use userplane::{ApiError, BodyProblem, ErrorCode, ResponseCode};

fn decode(status: u16, body: &'static [u8]) -> ApiError {
    ApiError::decode(
        StatusCode::from_u16(status).unwrap(),
        Bytes::from_static(body),
    )
}

#[test]
fn documented_body() {
    let err = decode(
        401,
        br#"{"error":"API_KEY_REQUIRED","message":"API key is required. Include it as Authorization: Bearer <your-api-key>. See https://docs.userplane.io/api/authentication"}"#,
    );
    assert_eq!(err.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(err.code(), &ResponseCode::Known(ErrorCode::ApiKeyRequired));
    assert_eq!(err.known_code(), Some(ErrorCode::ApiKeyRequired));
    assert_eq!(
        err.message(),
        Some(
            "API key is required. Include it as Authorization: Bearer <your-api-key>. See https://docs.userplane.io/api/authentication"
        )
    );
    assert_eq!(err.problem(), None);
    assert!(!err.is_retryable());
    assert_eq!(
        err.to_string(),
        "401 Unauthorized: API_KEY_REQUIRED: API key is required. Include it as Authorization: Bearer <your-api-key>. See https://docs.userplane.io/api/authentication"
    );
}

#[test]
fn unknown_code_is_kept() {
    let err = decode(
        418,
        br#"{"error":"TEAPOT_MODE","message":"Short and stout"}"#,
    );
    assert_eq!(err.code(), &ResponseCode::Unknown("TEAPOT_MODE".into()));
    assert_eq!(err.code_str(), Some("TEAPOT_MODE"));
    assert_eq!(err.known_code(), None);
    assert_eq!(
        err.to_string(),
        "418 I'm a teapot: TEAPOT_MODE (not in the spec): Short and stout"
    );
    assert!(!err.is_retryable());
    let err = decode(503, br#"{"error":"NEW_OUTAGE","message":"x"}"#);
    assert!(err.is_retryable(), "unknown codes fall back to the status");
}

#[test]
fn html_page_from_a_proxy() {
    let err = decode(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>");
    assert_eq!(err.code(), &ResponseCode::Missing);
    assert!(matches!(err.problem(), Some(BodyProblem::NotJson(_))));
    assert_eq!(
        err.body().as_ref(),
        b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    );
    assert!(err.is_retryable());
    assert_eq!(
        err.to_string(),
        "502 Bad Gateway: the error body is not JSON (expected value at line 1 column 1); \
         received 50 bytes: \"<html><body><h1>502 Bad Gateway</h1></body></html>\""
    );
}

#[test]
fn empty_and_blank_bodies() {
    for body in [&b""[..], b"  \r\n"] {
        let err = ApiError::decode(StatusCode::SERVICE_UNAVAILABLE, Bytes::from_static(body));
        assert_eq!(err.problem(), Some(&BodyProblem::Empty));
        assert_eq!(err.code(), &ResponseCode::Missing);
        assert!(
            err.to_string()
                .starts_with("503 Service Unavailable: the error body is empty; received")
        );
    }
}

#[test]
fn truncated_json() {
    let err = decode(404, br#"{"error":"LINK_NOT_FOUND","mess"#);
    assert_eq!(err.code(), &ResponseCode::Missing);
    assert_eq!(
        err.to_string(),
        "404 Not Found: the error body is not JSON (EOF while parsing a string at line 1 column 31); \
         received 31 bytes: \"{\\\"error\\\":\\\"LINK_NOT_FOUND\\\",\\\"mess\""
    );
}

#[test]
fn missing_or_mistyped_fields() {
    let err = decode(404, br#"{"message":"Link not found"}"#);
    assert_eq!(err.problem(), Some(&BodyProblem::MissingCode));
    assert_eq!(err.message(), Some("Link not found"));
    assert_eq!(
        err.to_string(),
        "404 Not Found: Link not found: the error body has no error code; received 28 bytes: \"{\\\"message\\\":\\\"Link not found\\\"}\""
    );

    let err = decode(404, br#"{"error":404}"#);
    assert_eq!(err.problem(), Some(&BodyProblem::CodeNotString("a number")));

    let err = decode(404, br#"{"error":"LINK_NOT_FOUND"}"#);
    assert_eq!(err.known_code(), Some(ErrorCode::LinkNotFound));
    assert_eq!(err.message(), None);
    assert_eq!(err.problem(), None);
    assert_eq!(err.to_string(), "404 Not Found: LINK_NOT_FOUND");

    let err = decode(404, br#"["LINK_NOT_FOUND"]"#);
    assert_eq!(err.problem(), Some(&BodyProblem::MissingCode));
}

#[test]
fn long_bodies_are_quoted_in_part_but_kept_whole() {
    let body: &'static [u8] = Box::leak(vec![b'x'; 10_000].into_boxed_slice());
    let err = decode(500, body);
    assert_eq!(err.body().len(), 10_000);
    let shown = err.to_string();
    assert!(shown.len() < 400, "{}", shown.len());
    assert!(shown.ends_with("x\"…"));
}

#[test]
fn from_code_builds_the_documented_response() {
    let err = ApiError::from_code(ErrorCode::LinkGone);
    assert_eq!(err.status(), StatusCode::GONE);
    assert_eq!(
        err.body().as_ref(),
        br#"{"error":"LINK_GONE","message":"Link has been deleted"}"#
    );
    assert_eq!(ApiError::decode(err.status(), err.body().clone()), err);
}

#[test]
fn api_error_is_a_small_thread_safe_error() {
    fn assert_error<E: std::error::Error + Send + Sync + 'static>() {}
    assert_error::<ApiError>();
    assert_eq!(
        std::mem::size_of::<ApiError>(),
        std::mem::size_of::<usize>()
    );
}

/// `Debug` quotes the body once, as text, cut like `Display`'s quotation.
#[test]
fn debug_shows_the_body_once_as_text() {
    let err = decode(
        410,
        br#"{"error": "LINK_GONE", "message": "Link has been deleted"}"#,
    );
    assert_eq!(
        format!("{err:?}"),
        r#"ApiError { status: 410, code: Known(LinkGone), message: Some("Link has been deleted"), body: "{\"error\": \"LINK_GONE\", \"message\": \"Link has been deleted\"}" }"#
    );

    let mut long = b"<html>".to_vec();
    long.extend(std::iter::repeat_n(b'x', 300));
    long.extend(b"\xff\xfe");
    let err = ApiError::decode(StatusCode::BAD_GATEWAY, Bytes::from(long));
    let debug = format!("{err:?}");
    let quoted = format!("\"<html>{}\"…", "x".repeat(194));
    assert!(debug.ends_with(&format!("body: {quoted} }}")), "{debug}");
    assert!(
        err.to_string()
            .ends_with(&format!("received 308 bytes: {quoted}"))
    );

    // A cut that would split a character moves before it.
    let mut body = vec![b'a'; 199];
    body.extend("é and more".as_bytes());
    let err = ApiError::decode(StatusCode::BAD_GATEWAY, Bytes::from(body));
    let debug = format!("{err:?}");
    assert!(
        debug.ends_with(&format!("body: \"{}\"… }}", "a".repeat(199))),
        "{debug}"
    );

    let err = decode(500, b"bad \xff bytes\n");
    assert!(
        format!("{err:?}").ends_with("body: \"bad \u{fffd} bytes\\n\" }"),
        "{err:?}"
    );
}
