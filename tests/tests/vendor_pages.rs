//! Real vendors' published error pages (`fixtures/pages/`, each naming its
//! source in its first line) compile through the attribute as published, and
//! realistic error bodies decode into the right variants.

use bytes::Bytes;
use http::StatusCode;

/// Meilisearch: front matter, MDX components, a table of statuses without
/// codes (successes included), and a top-level `code` in its JSON example.
#[docspec::api(spec = "fixtures/pages/meilisearch.mdx")]
mod meilisearch {}

/// Ory Talos: a nested `error` object, an `Error ID | HTTP | gRPC |
/// Description` table, a summary table repeating codes, and tables of
/// codes without a status (not errors).
#[docspec::api(spec = "fixtures/pages/ory-talos.json")]
mod ory {}

#[test]
fn meilisearch_statuses_without_codes_decode_as_documented_statuses() {
    use meilisearch::{ApiError, Category, DocumentedStatus};
    assert_eq!(
        DocumentedStatus::ALL,
        [
            DocumentedStatus::BadRequest,
            DocumentedStatus::Unauthorized,
            DocumentedStatus::Forbidden,
            DocumentedStatus::NotFound
        ]
    );
    assert_eq!(DocumentedStatus::NotFound.category(), Category::Errors);
    assert_eq!(
        DocumentedStatus::Unauthorized.message(),
        Some("❌ Unauthorized No valid API key provided")
    );
    let err = ApiError::decode(
        StatusCode::NOT_FOUND,
        Bytes::from_static(
            br#"{"message":"Index `movies` not found.","code":"index_not_found","type":"invalid_request","link":"https://docs.meilisearch.com/errors#index_not_found"}"#,
        ),
    );
    assert_eq!(err.code().as_str(), Some("index_not_found"));
    assert_eq!(err.message(), Some("Index `movies` not found."));
    assert_eq!(DocumentedStatus::of(&err), Some(DocumentedStatus::NotFound));
    let teapot = ApiError::decode(StatusCode::IM_A_TEAPOT, Bytes::from_static(b"{}"));
    assert_eq!(DocumentedStatus::of(&teapot), None);
}

#[test]
fn ory_nested_error_ids_decode_into_their_codes() {
    use ory::{ApiError, Category, ErrorCode};
    assert_eq!(ErrorCode::COUNT, 24);
    assert_eq!(ErrorCode::ApiKeyNotFound.status(), StatusCode::NOT_FOUND);
    assert_eq!(ErrorCode::ApiKeyNotFound.category(), Category::Application);
    assert_eq!(
        ErrorCode::GatewayTimeout.message(),
        Some("The operation timed out.")
    );
    let err = ApiError::decode(
        StatusCode::NOT_FOUND,
        Bytes::from_static(
            br#"{"error":{"id":"api_key_not_found","code":404,"status":"Not Found","message":"The API key was not found."}}"#,
        ),
    );
    assert_eq!(err.known_code(), Some(ErrorCode::ApiKeyNotFound));
    assert_eq!(err.message(), Some("The API key was not found."));
    // The verification and batch-import tables give codes without a status:
    // they are not HTTP errors.
    assert!("VERIFICATION_ERROR_EXPIRED".parse::<ErrorCode>().is_err());
}
