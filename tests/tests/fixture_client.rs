//! A client generated from a spec of another shape (no success envelope, a
//! nested error body, lowercase codes, optional pagination fields), talking
//! to the generic spec-driven mock over real HTTP.

use docspec_mock::{MockResponse, MockServer};
use docspec_tests::crate_dir;
use userplane::Error;
use userplane::stream::TryStreamExt;

#[docspec::api(spec = "fixtures/specs/nested.json")]
mod acme {}

use acme::{CreateChargeError, ErrorCode, models::ChargeRequest};

async fn setup() -> (MockServer, acme::Client) {
    let path = crate_dir().join("fixtures/specs/nested.json");
    let spec = docspec_codegen::load_file(&path, "nested.json").unwrap();
    let mock = MockServer::builder(spec.api).start().await.unwrap();
    let client = acme::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .build()
        .unwrap();
    (mock, client)
}

#[tokio::test]
async fn requests_and_responses_without_an_envelope() {
    let (mock, client) = setup().await;
    assert_eq!(
        acme::Client::DEFAULT_BASE_URL,
        "https://billing.acme.example/v1"
    );
    assert!(mock.base_url().ends_with("/v1"));

    let charge = client
        .create_charge(ChargeRequest::new(1250, "EUR".into()))
        .await
        .unwrap();
    assert_eq!(charge.id, "id_example");
    assert_eq!(charge.amount, 1);
    let fetched = client.get_charge("ch_1").await.unwrap();
    assert_eq!(fetched, charge);

    // The generic mock serves five example items, two per page.
    let charges: Vec<_> = client
        .list_charges()
        .currency("EUR")
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(charges.len(), 5);
    assert_eq!(mock.request_count("list_charges"), 3);
    let queries: Vec<String> = mock
        .requests()
        .into_iter()
        .skip(2)
        .map(|r| r.query)
        .collect();
    assert_eq!(
        queries,
        [
            "page=1&currency=EUR",
            "page=2&currency=EUR",
            "page=3&currency=EUR"
        ]
    );
}

#[tokio::test]
async fn nested_error_bodies_reach_the_right_variant() {
    let (mock, client) = setup().await;
    mock.enqueue("create_charge", MockResponse::error("insufficient_funds"));
    match client
        .create_charge(ChargeRequest::new(1, "EUR".into()))
        .await
    {
        Err(Error::Api(CreateChargeError::InsufficientFunds(e))) => {
            assert_eq!(e.status().as_u16(), 402);
            assert_eq!(e.message(), Some("The account has insufficient funds."));
            assert_eq!(
                e.body().as_ref(),
                br#"{"error":{"code":"insufficient_funds","message":"The account has insufficient funds."}}"#
            );
        }
        other => panic!("{other:?}"),
    }
    // A group that applies to every endpoint.
    mock.enqueue("get_charge", MockResponse::error("ledger_conflict"));
    let err = client.get_charge("ch_1").await.unwrap_err();
    assert_eq!(
        err.api_error().and_then(|e| e.known_code()),
        Some(ErrorCode::LedgerConflict)
    );
    assert!(
        !err.is_retryable(),
        "the spec marks ledger_conflict as not retryable"
    );
    assert_eq!(
        acme::GetChargeError::CODES,
        &[ErrorCode::ProcessorUnavailable, ErrorCode::LedgerConflict]
    );
}
