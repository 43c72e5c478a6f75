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

/// SmartBear's problem registry: RFC 9457 problem details, a `Type URI |
/// Title | Recommended HTTP Status Code | Reference` table without a
/// message column, and no sections.
#[docspec::api(spec = "fixtures/pages/smartbear-problem.md")]
mod smartbear {}

/// Yandex Data Streams' common errors: one flat table under the page's `#`
/// title, `Error type | Error description | HTTP status code`, and a
/// top-level `__type` in its JSON example.
#[docspec::api(spec = "fixtures/pages/yandex-common-errors.md")]
mod yandex_common {}

/// Yandex Data Streams' `PutRecord` page: `## Errors {#errors}` and tables
/// without outer pipes; its layout comes from the JSON spec that reads it.
#[docspec::api(spec = "fixtures/pages/yandex-putrecord.json")]
mod yandex_put_record {}

/// Appwrite: Markdoc `{% #anchor %}` headings (also on `#` titles), tables
/// that start right after a paragraph line, a `Code | Type | Description`
/// header whose `Code` column holds HTTP statuses, a status table with
/// successes, and a top-level `type` in its JSON example.
#[docspec::api(spec = "fixtures/pages/appwrite.md")]
mod appwrite {}

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

#[test]
fn smartbear_problem_details_decode_by_type_uri() {
    use smartbear::{ApiError, Category, ErrorCode};
    assert_eq!(ErrorCode::ALL, [ErrorCode::MissingRequestParameter]);
    assert_eq!(
        ErrorCode::MissingRequestParameter.as_str(),
        "https://problems-registry.smartbear.com/missing-request-parameter"
    );
    assert_eq!(
        ErrorCode::MissingRequestParameter.status(),
        StatusCode::BAD_REQUEST
    );
    // No message column: the docs give none.
    assert_eq!(ErrorCode::MissingRequestParameter.message(), None);
    assert_eq!(Category::ALL, [Category::MissingRequestParameter]);
    let err = ApiError::decode(
        StatusCode::BAD_REQUEST,
        Bytes::from_static(
            br#"{"type":"https://problems-registry.smartbear.com/missing-request-parameter","title":"Missing request parameter","detail":"The query parameter name is required","status":400,"code":"400-03"}"#,
        ),
    );
    assert_eq!(err.known_code(), Some(ErrorCode::MissingRequestParameter));
    assert_eq!(err.message(), Some("The query parameter name is required"));
}

#[test]
fn yandex_flat_table_is_one_category_named_after_the_page() {
    use yandex_common::{ApiError, Category, ErrorCode};
    assert_eq!(ErrorCode::COUNT, 18);
    assert_eq!(Category::ALL, [Category::Common]);
    assert_eq!(Category::Common.title(), "Common errors");
    assert_eq!(
        ErrorCode::ServiceUnavailable.status(),
        StatusCode::SERVICE_UNAVAILABLE
    );
    let err = ApiError::decode(
        StatusCode::BAD_REQUEST,
        Bytes::from_static(br#"{"__type":"ThrottlingException","message":"Rate exceeded."}"#),
    );
    assert_eq!(err.known_code(), Some(ErrorCode::ThrottlingException));
    assert_eq!(err.message(), Some("Rate exceeded."));
    // A type from another page of the same API is kept, unknown here.
    let other = ApiError::decode(
        StatusCode::BAD_REQUEST,
        Bytes::from_static(br#"{"__type":"ResourceInUseException","message":"Stream exists."}"#),
    );
    assert_eq!(other.code().as_str(), Some("ResourceInUseException"));
    assert_eq!(other.known_code(), None);
}

#[test]
fn yandex_anchored_section_of_pipe_less_tables() {
    use yandex_put_record::{ApiError, Category, ErrorCode};
    assert_eq!(Category::ALL, [Category::Errors]);
    assert_eq!(Category::Errors.title(), "Errors");
    assert_eq!(
        ErrorCode::ALL,
        [
            ErrorCode::InvalidArgumentException,
            ErrorCode::ProvisionedThroughputExceededException,
            ErrorCode::ResourceNotFoundException
        ]
    );
    let err = ApiError::decode(
        StatusCode::BAD_REQUEST,
        Bytes::from_static(br#"{"__type":"ResourceNotFoundException","message":"No stream."}"#),
    );
    assert_eq!(err.known_code(), Some(ErrorCode::ResourceNotFoundException));
}

#[test]
fn appwrite_types_and_statuses_decode() {
    use appwrite::{ApiError, Category, DocumentedStatus, ErrorCode};
    assert_eq!(ErrorCode::COUNT, 136);
    assert_eq!(ErrorCode::UserNotFound.status(), StatusCode::NOT_FOUND);
    assert_eq!(ErrorCode::UserNotFound.category(), Category::Authentication);
    assert_eq!(Category::Authentication.title(), "Authentication errors");
    assert_eq!(DocumentedStatus::ALL.len(), 12);
    assert_eq!(
        DocumentedStatus::TooManyRequests.category(),
        Category::ResponseCodes
    );
    let err = ApiError::decode(
        StatusCode::NOT_FOUND,
        Bytes::from_static(
            br#"{"message":"User with the requested ID could not be found.","type":"user_not_found","code":404}"#,
        ),
    );
    assert_eq!(err.known_code(), Some(ErrorCode::UserNotFound));
    assert_eq!(
        err.message(),
        Some("User with the requested ID could not be found.")
    );
    let bare = ApiError::decode(StatusCode::SERVICE_UNAVAILABLE, Bytes::from_static(b""));
    assert_eq!(
        DocumentedStatus::of(&bare),
        Some(DocumentedStatus::ServiceUnavailable)
    );
}
