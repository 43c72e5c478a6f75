//! Statuses documented without a code, and an endpoint that lists one, over
//! real HTTP: a response with that status and no code the spec knows decodes
//! to the documented status, anything else to `Unknown`.

use docspec::Error;
use docspec_tests::faults::{Fault, FaultServer};

#[docspec::api(spec = "fixtures/specs/statuses.json")]
mod relay {}

use relay::{Category, DocumentedStatus, ErrorCode, GetRouteError};

#[test]
fn the_generated_types() {
    assert_eq!(
        DocumentedStatus::ALL,
        [
            DocumentedStatus::BadGateway,
            DocumentedStatus::GatewayTimeout
        ]
    );
    assert_eq!(
        DocumentedStatus::BadGateway.message(),
        Some("The upstream answered badly.")
    );
    assert_eq!(DocumentedStatus::GatewayTimeout.message(), None);
    assert_eq!(
        DocumentedStatus::GatewayTimeout.category(),
        Category::Upstream
    );
    assert_eq!(ErrorCode::OverQuota.message(), None);
    assert_eq!(GetRouteError::CODES, [ErrorCode::UnknownRoute]);
    assert_eq!(GetRouteError::STATUSES, [DocumentedStatus::BadGateway]);
}

async fn call(fault: Fault) -> GetRouteError {
    let server = FaultServer::start(vec![], fault).await;
    let client = relay::Client::builder()
        .base_url(server.url())
        .no_retries()
        .build()
        .unwrap();
    match client.get_route("r1").await {
        Err(Error::Api(e)) => e,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn responses_decode_to_codes_documented_statuses_or_unknown() {
    let problem = r#"{"type":"https://relay.example/probs/unknown-route","title":"Unknown route","detail":"No route r1."}"#;
    match call(Fault::json(404, problem)).await {
        GetRouteError::UnknownRoute(e) => assert_eq!(e.message(), Some("No route r1.")),
        other => panic!("{other:?}"),
    }
    // A 502 without a code: the documented status the endpoint lists.
    match call(Fault::json(502, "<html>Bad gateway</html>")).await {
        GetRouteError::BadGateway(e) => {
            assert_eq!(DocumentedStatus::of(&e), Some(DocumentedStatus::BadGateway))
        }
        other => panic!("{other:?}"),
    }
    // A 504 is documented, but this endpoint does not list it.
    match call(Fault::json(504, "{}")).await {
        GetRouteError::Unknown(e) => assert_eq!(
            DocumentedStatus::of(&e),
            Some(DocumentedStatus::GatewayTimeout)
        ),
        other => panic!("{other:?}"),
    }
    // A 502 with a code the spec knows is that code, not the status.
    let coded = r#"{"type":"https://relay.example/probs/over-quota","detail":"Slow down."}"#;
    match call(Fault::json(502, coded)).await {
        GetRouteError::Unknown(e) => {
            assert_eq!(e.known_code(), Some(ErrorCode::OverQuota));
            assert_eq!(DocumentedStatus::of(&e), None);
        }
        other => panic!("{other:?}"),
    }
}
