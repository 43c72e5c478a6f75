//! Two vendors' published OpenAPI documents, trimmed (the sources are named
//! in `fixtures/openapi/*/SOURCE.md`), compile through the attribute with
//! the extras their documents cannot say, and their clients call the
//! generic mock over real HTTP: ShipEngine's 3.0 document, and Interledger
//! Open Payments' 3.1 one.

use docspec::Error;
use docspec_mock::{MockResponse, MockServer};
use docspec_tests::crate_dir;

// Each document has constructs the generator degrades, as its warnings say
// (asserted below); here they would be compiler warnings.
#[docspec::api(spec = "fixtures/openapi/shipengine/spec.json")]
#[allow(deprecated)]
mod shipengine {}

#[docspec::api(spec = "fixtures/openapi/interledger/spec.json")]
#[allow(deprecated)]
mod open_payments {}

async fn mock(vendor: &str) -> MockServer {
    let display = format!("fixtures/openapi/{vendor}/spec.json");
    let api = docspec_codegen::load_file(&crate_dir().join(&display), &display).unwrap();
    MockServer::builder(api.api).start().await.unwrap()
}

fn warnings(vendor: &str) -> Vec<String> {
    let display = format!("fixtures/openapi/{vendor}/spec.json");
    let api = docspec_codegen::load_file(&crate_dir().join(&display), &display).unwrap();
    api.warnings.iter().map(|w| w.message.clone()).collect()
}

#[tokio::test]
async fn shipengine_a_30_document_with_an_api_key_header() {
    let mock = mock("shipengine").await;
    let client = shipengine::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap();
    assert_eq!(
        shipengine::Client::DEFAULT_BASE_URL,
        "https://api.shipengine.com"
    );

    let tags = client.list_tags().await.unwrap();
    assert_eq!(tags.tags.map(|t| t.len()), Some(1));
    let created = client.create_tag("urgent").await.unwrap();
    // The mock serves the document's own examples.
    assert_eq!(created.name, "Fragile");
    // A 204: the payload is JSON `null` when the body is empty.
    mock.enqueue("delete_tag", MockResponse::raw(204, "application/json", ""));
    assert_eq!(
        client.delete_tag("urgent").await.unwrap(),
        serde_json::Value::Null
    );
    let page = client
        .list_shipment_errors("se_1")
        .page(2)
        .pagesize(5)
        .await
        .unwrap();
    assert_eq!(page.errors.len(), 1);

    // The error body's code is the first of `errors`: a 400 whose code the
    // spec does not list decodes to the documented status, code kept.
    let body = r#"{"request_id":"r1","errors":[{"error_source":"shipengine","error_type":"validation","error_code":"invalid_field_value","message":"tag_name is invalid"}]}"#;
    mock.enqueue(
        "create_tag",
        MockResponse::raw(400, "application/json", body),
    );
    match client.create_tag("x y").await {
        Err(Error::Api(shipengine::CreateTagError::BadRequest(e))) => {
            assert_eq!(e.code_str(), Some("invalid_field_value"));
            assert_eq!(e.message(), Some("tag_name is invalid"));
        }
        other => panic!("{other:?}"),
    }
    // Every call was authenticated: the mock refuses a key that is not in
    // ShipEngine's `API-Key` header.
    let sent = mock.requests();
    assert_eq!(sent.len(), 5, "{sent:?}");
    assert_eq!(sent[3].path, "/v1/shipments/se_1/errors");
    assert_eq!(sent[3].query, "page=2&pagesize=5");
    let refused = reqwest::Client::new()
        .get(format!("{}/v1/tags", mock.base_url()))
        .header("authorization", format!("Bearer {}", mock.api_key()))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 401);

    let warnings = warnings("shipengine");
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].starts_with(
            "the OpenAPI document names 38 error codes that the errors page does not list"
        ),
        "{}",
        warnings[0]
    );
}

#[tokio::test]
async fn open_payments_a_31_document_with_a_raw_authorization_header() {
    let mock = mock("interledger").await;
    let client = open_payments::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap();
    let quote = client.get_quote("q1").await.unwrap();
    assert_eq!(quote.id, "id_example");
    let list = client
        .list_incoming_payments()
        .wallet_address("https://ilp.example/alice")
        .first(2)
        .await
        .unwrap();
    assert_eq!(list.result.map(|r| r.len()), Some(1));
    let body = r#"{"error":{"code":"invalid_request","description":"No such payment."}}"#;
    mock.enqueue(
        "get_incoming_payment",
        MockResponse::raw(404, "application/json", body),
    );
    match client.get_incoming_payment("p1").await {
        Err(Error::Api(open_payments::GetIncomingPaymentError::NotFound(e))) => {
            assert_eq!(e.code_str(), Some("invalid_request"));
            assert_eq!(e.message(), Some("No such payment."));
        }
        other => panic!("{other:?}"),
    }
    let warnings = warnings("interledger");
    for expected in [
        "the header parameter `Signature` is not supported; the client does not send it",
        "a map (`additionalProperties`) becomes `serde_json::Value`",
        "the OpenAPI document names 1 error code that the errors page does not list; responses with it decode as unknown codes: `invalid_request`",
    ] {
        assert!(
            warnings.iter().any(|w| w == expected),
            "{expected}\n{warnings:#?}"
        );
    }
}
