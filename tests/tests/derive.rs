//! `#[derive(FromApiError)]`: conversions from the API's errors into an
//! application's own enum, over the whole spec, narrowed to an endpoint or a
//! category, and for another spec.

use bytes::Bytes;
use http::StatusCode;
use userplane::api::{DeleteLinkError, GetLinkError, ListLinksError};
use userplane::{ApiError, Client, Error, ErrorCode, FromApiError};
use userplane_mock::{MockResponse, WORKSPACE};

/// Every code of the Userplane spec, by category and by code.
#[derive(Debug, FromApiError)]
#[api_error(module = "userplane::api")]
enum AppError {
    #[api_error(category = "authentication", category = "authorization")]
    Access(ApiError),
    #[api_error(category = "rate_limiting", category = "service")]
    TryLater,
    #[api_error(
        code = "LINK_GONE",
        code = "RECORDING_GONE",
        code = "PROJECT_GONE",
        code = "LINK_PROJECT_DELETED"
    )]
    Deleted { source: ApiError },
    #[api_error(
        code = "LINK_NOT_FOUND",
        code = "RECORDING_NOT_FOUND",
        code = "PROJECT_NOT_FOUND",
        code = "WORKSPACE_NOT_FOUND"
    )]
    NotFound,
    #[api_error(category = "mutation", category = "api_key_management")]
    Failed(Box<ApiError>),
    #[api_error(unknown)]
    Unexpected(ApiError),
    #[api_error(transport)]
    Network(Error<ApiError>),
}

fn api(status: u16, code: &str) -> ApiError {
    let body = format!(r#"{{"error":"{code}","message":"m"}}"#);
    ApiError::decode(StatusCode::from_u16(status).unwrap(), Bytes::from(body))
}

#[test]
fn every_code_converts() {
    for &code in ErrorCode::ALL {
        let mine = AppError::from(code);
        let expected = match code.category().id() {
            "authentication" | "authorization" => "Access",
            "rate_limiting" | "service" => "TryLater",
            "mutation" | "api_key_management" => "Failed",
            _ if code.status_u16() == 410 => "Deleted",
            _ => "NotFound",
        };
        assert!(
            format!("{mine:?}").starts_with(expected),
            "{code} → {mine:?}"
        );
    }
    assert!(matches!(
        AppError::from(ErrorCode::RateLimited),
        AppError::TryLater
    ));
    match AppError::from(ErrorCode::ApiKeyExpired) {
        AppError::Access(e) => assert_eq!(e, ApiError::from_code(ErrorCode::ApiKeyExpired)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn api_errors_keep_what_was_received() {
    let gone = api(410, "LINK_GONE");
    assert!(matches!(AppError::from(gone.clone()), AppError::Deleted { source } if source == gone));
    let failed = api(500, "LINK_CREATE_FAILED");
    assert!(matches!(AppError::from(failed.clone()), AppError::Failed(e) if *e == failed));
    // A code newer than the spec, and a body without one.
    let new = api(418, "TEAPOT");
    assert!(matches!(AppError::from(new.clone()), AppError::Unexpected(e) if e == new));
    let html = ApiError::decode(StatusCode::BAD_GATEWAY, Bytes::from_static(b"<html>"));
    assert!(matches!(AppError::from(html.clone()), AppError::Unexpected(e) if e == html));
}

#[test]
fn endpoint_errors_convert() {
    let e = GetLinkError::from(api(404, "LINK_NOT_FOUND"));
    assert!(matches!(AppError::from(e), AppError::NotFound));
    let e = DeleteLinkError::from(api(403, "LINK_DELETE_FORBIDDEN"));
    assert!(matches!(AppError::from(e), AppError::Access(_)));
}

async fn remove(client: &Client, id: &str) -> Result<(), AppError> {
    client.delete_link(WORKSPACE, id).await?;
    Ok(())
}

#[tokio::test]
async fn question_mark_works_on_calls() {
    let mock = userplane_mock::start().await.unwrap();
    let client = docspec_tests::mock_client(&mock);
    assert!(remove(&client, "lnk_0001").await.is_ok());
    assert!(matches!(
        remove(&client, "lnk_0001").await,
        Err(AppError::Deleted { .. })
    ));
    assert!(matches!(
        remove(&client, "lnk_none").await,
        Err(AppError::NotFound)
    ));
    mock.enqueue("delete_link", MockResponse::error("SERVICE_UNAVAILABLE"));
    assert!(matches!(
        remove(&client, "lnk_0002").await,
        Err(AppError::TryLater)
    ));
    drop(mock);
    assert!(matches!(
        remove(&client, "lnk_0002").await,
        Err(AppError::Network(Error::Transport(_)))
    ));
}

/// Only the codes `list_links` returns; the rest are unknown to it.
#[derive(Debug, PartialEq, FromApiError)]
#[api_error(module = "userplane::api", endpoint = "list_links")]
enum ListError {
    #[api_error(category = "authentication")]
    SignIn,
    #[api_error(code = "API_KEY_DISABLED", code = "NOT_A_MEMBER")]
    NoAccess,
    #[api_error(code = "RATE_LIMITED", code = "SERVICE_UNAVAILABLE")]
    Busy,
    #[api_error(unknown)]
    Other(ApiError),
}

#[test]
fn narrowed_to_an_endpoint() {
    assert_eq!(
        ListError::from(ListLinksError::from(api(403, "NOT_A_MEMBER"))),
        ListError::NoAccess
    );
    assert_eq!(ListError::from(ErrorCode::ApiKeyInvalid), ListError::SignIn);
    // LINK_GONE is not a list_links code: it is unknown here.
    assert_eq!(
        ListError::from(ErrorCode::LinkGone),
        ListError::Other(ApiError::from_code(ErrorCode::LinkGone))
    );
}

/// One category in detail, everything else in the catch-all.
#[derive(Debug, PartialEq, FromApiError)]
#[api_error(module = "userplane::api", category = "resource")]
enum Lookup {
    #[api_error(code = "LINK_NOT_FOUND")]
    NoLink,
    #[api_error(other)]
    Rest(ApiError),
}

#[test]
fn narrowed_to_a_category_with_a_catch_all() {
    assert_eq!(Lookup::from(ErrorCode::LinkNotFound), Lookup::NoLink);
    assert_eq!(
        Lookup::from(ErrorCode::LinkGone),
        Lookup::Rest(ApiError::from_code(ErrorCode::LinkGone))
    );
    assert_eq!(
        Lookup::from(ErrorCode::RateLimited),
        Lookup::Rest(ApiError::from_code(ErrorCode::RateLimited))
    );
}

#[docspec::api(spec = "fixtures/specs/nested.json")]
mod acme {}

/// Another API's spec, generated in this crate.
#[derive(Debug, PartialEq, FromApiError)]
#[api_error(module = "crate::acme")]
enum Billing {
    #[api_error(category = "payment")]
    Declined,
    #[api_error(category = "validation")]
    Invalid(acme::ApiError),
    #[api_error(category = "server")]
    Down,
    #[api_error(unknown)]
    Unknown,
}

#[test]
fn another_spec() {
    assert_eq!(
        Billing::from(acme::ErrorCode::ExpiredCard),
        Billing::Declined
    );
    assert_eq!(
        Billing::from(acme::ErrorCode::LedgerConflict),
        Billing::Down
    );
    let e =
        acme::CreateChargeError::from(acme::ApiError::from_code(acme::ErrorCode::InvalidAmount));
    assert!(matches!(Billing::from(e), Billing::Invalid(_)));
}
