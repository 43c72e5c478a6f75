//! The macro on specs of other shapes than Userplane's: a nested error body
//! with lowercase codes, dotted and kebab-case codes with a custom body
//! layout, and a minimal spec relying on defaults.

use bytes::Bytes;
use http::StatusCode;
use userplane::ResponseCode;

/// Nested body `{"error": {"code", "message"}}`, snake_case codes, three
/// codes sharing 402, a 500 marked not retryable.
#[docspec::api(spec = "fixtures/specs/nested.json")]
mod acme {
    /// Items written in the module are kept.
    pub const KEPT: &str = "kept";
}

/// `{"type", "detail"}` body, dotted and kebab codes, a `rust_name`.
#[docspec::api(spec = "fixtures/specs/dotted.json")]
mod orbit {}

/// No `error_body`: the default `{"error", "message"}`.
#[docspec::api(spec = "fixtures/specs/minimal.json")]
mod minimal {}

#[test]
fn user_items_are_kept() {
    assert_eq!(acme::KEPT, "kept");
}

#[test]
fn lowercase_codes_and_shared_statuses() {
    use acme::{Category, ErrorCode};
    assert_eq!(ErrorCode::ALL.len(), 7);
    assert_eq!(ErrorCode::CardDeclined.as_str(), "card_declined");
    assert_eq!(
        ErrorCode::CardDeclined.status(),
        StatusCode::PAYMENT_REQUIRED
    );
    assert_eq!(
        ErrorCode::for_status(StatusCode::PAYMENT_REQUIRED),
        &[
            ErrorCode::CardDeclined,
            ErrorCode::InsufficientFunds,
            ErrorCode::ExpiredCard
        ]
    );
    assert_eq!(
        ErrorCode::for_status(StatusCode::UNPROCESSABLE_ENTITY),
        &[ErrorCode::InvalidAmount, ErrorCode::MissingCurrency]
    );
    assert!(ErrorCode::for_status(StatusCode::NOT_FOUND).is_empty());
    assert_eq!(ErrorCode::InvalidAmount.category(), Category::Validation);
    assert_eq!(Category::Payment.title(), "Payment errors");
    assert_eq!(
        Category::Payment.description(),
        Some("The payment could not be taken.")
    );
    assert_eq!(Category::Server.description(), None);
    assert_eq!(
        Category::Server.codes(),
        &[ErrorCode::ProcessorUnavailable, ErrorCode::LedgerConflict]
    );
    assert_eq!(Category::from_id("validation"), Some(Category::Validation));
    assert!(ErrorCode::ProcessorUnavailable.is_retryable());
    assert!(
        !ErrorCode::LedgerConflict.is_retryable(),
        "the spec overrides 500"
    );
    assert!(!ErrorCode::CardDeclined.is_retryable());
}

#[test]
fn nested_error_bodies_decode() {
    let body = Bytes::from_static(
        br#"{"error":{"message":"The card was declined by the issuer.","code":"card_declined"},"request_id":"r1"}"#,
    );
    let err = acme::ApiError::decode(StatusCode::PAYMENT_REQUIRED, body.clone());
    assert_eq!(
        err.code(),
        &ResponseCode::Known(acme::ErrorCode::CardDeclined)
    );
    assert_eq!(err.message(), Some("The card was declined by the issuer."));
    assert_eq!(err.body(), &body);
    assert_eq!(
        err.to_string(),
        "402 Payment Required: card_declined: The card was declined by the issuer."
    );
    // The flat Userplane layout does not apply to this API.
    let flat = acme::ApiError::decode(
        StatusCode::PAYMENT_REQUIRED,
        Bytes::from_static(br#"{"error":"card_declined","message":"x"}"#),
    );
    assert_eq!(flat.code(), &ResponseCode::Missing);
    assert_eq!(flat.message(), None);
}

#[test]
fn dotted_and_kebab_codes() {
    use orbit::ErrorCode;
    assert_eq!(
        ErrorCode::ALL,
        &[
            ErrorCode::BucketNotFound,
            ErrorCode::ObjectNotFound,
            ErrorCode::ObjectVersionGone,
            ErrorCode::QuotaExceeded,
            ErrorCode::RateLimited,
            ErrorCode::UpstreamTimeout,
            ErrorCode::TwoFactorRequired,
        ]
    );
    assert_eq!(
        "object.version.gone".parse::<ErrorCode>(),
        Ok(ErrorCode::ObjectVersionGone)
    );
    assert_eq!(ErrorCode::TwoFactorRequired.as_str(), "2fa.required");
    assert!(
        !ErrorCode::QuotaExceeded.is_retryable(),
        "429 overridden to not retryable"
    );
    assert!(ErrorCode::RateLimited.is_retryable());
    assert!(ErrorCode::UpstreamTimeout.is_retryable());
    let err = orbit::ApiError::decode(
        StatusCode::GONE,
        Bytes::from_static(
            br#"{"type":"object.version.gone","detail":"Version 3 was removed.","status":410}"#,
        ),
    );
    assert_eq!(err.known_code(), Some(ErrorCode::ObjectVersionGone));
    assert_eq!(err.message(), Some("Version 3 was removed."));
}

#[test]
fn defaults_apply_to_a_minimal_spec() {
    use minimal::ErrorCode;
    let err = minimal::ApiError::decode(
        StatusCode::NOT_FOUND,
        Bytes::from_static(br#"{"error":"NOT_FOUND","message":"nope"}"#),
    );
    assert_eq!(err.known_code(), Some(ErrorCode::NotFound));
    assert_eq!(ErrorCode::Internal.message(), Some("Something went wrong."));
}

#[test]
fn codes_serialize_as_their_strings() {
    use orbit::ErrorCode;
    let json = serde_json::to_string(&ErrorCode::BucketNotFound).unwrap();
    assert_eq!(json, r#""bucket.not-found""#);
    let back: ErrorCode = serde_json::from_str(&json).unwrap();
    assert_eq!(back, ErrorCode::BucketNotFound);
    let err = serde_json::from_str::<ErrorCode>(r#""bucket.lost""#).unwrap_err();
    assert!(
        err.to_string()
            .contains("`bucket.lost` is not an error code of the spec"),
        "{err}"
    );
    let parse = "nope".parse::<ErrorCode>().unwrap_err();
    assert_eq!(parse.code(), "nope");
}
