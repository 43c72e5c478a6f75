//! Typed query parameters over real HTTP: a fixed set of values is an enum,
//! and limits are checked before sending, with no request made.

use docspec::{ArgumentPlace, Error, Violation};
use docspec_tests::faults::{Fault, FaultServer};

#[docspec::api(spec = "fixtures/specs/query.json")]
mod catalog {}

use catalog::models::{SearchItemsSort, SearchItemsVersion};

async fn server() -> (FaultServer, catalog::Client) {
    let server = FaultServer::start(vec![], Fault::json(200, r#"{"items":[{"id":"a"}]}"#)).await;
    let client = catalog::Client::builder()
        .base_url(server.url())
        .no_retries()
        .build()
        .unwrap();
    (server, client)
}

#[tokio::test]
async fn values_in_range_are_sent_as_the_spec_spells_them() {
    let (server, client) = server().await;
    let found = client
        .search_items()
        .version(SearchItemsVersion::V7)
        .sort(SearchItemsSort::Desc)
        .limit(100)
        .q("ab")
        .await
        .unwrap();
    assert_eq!(found.items[0].id, "a");
    let head = server.log().pop().unwrap();
    assert!(
        head.starts_with("GET /api/v1/items?version=7&sort=desc&limit=100&q=ab HTTP/1.1\r\n"),
        "{head}"
    );
    assert_eq!(
        SearchItemsVersion::ALL,
        [SearchItemsVersion::V4, SearchItemsVersion::V7]
    );
    assert_eq!(SearchItemsSort::Asc.to_string(), "asc");
}

#[tokio::test]
async fn values_outside_the_limits_are_refused_before_sending() {
    let (server, client) = server().await;
    let refused = |r: Result<catalog::models::ItemList, Error<catalog::SearchItemsError>>| match r {
        Err(Error::InvalidArgument(e)) => e,
        other => panic!("{other:?}"),
    };
    let e = refused(client.search_items().limit(0).await);
    assert_eq!(
        (e.place(), e.parameter(), e.value()),
        (ArgumentPlace::Query, "limit", "0")
    );
    assert_eq!(e.violation(), Violation::BelowMinimum { min: 1 });
    assert_eq!(
        e.to_string(),
        "search_items: refused before sending: query parameter `limit` = \"0\": the spec requires at least 1"
    );
    let e = refused(client.search_items().limit(101).await);
    assert_eq!(e.violation(), Violation::AboveMaximum { max: 100 });
    let e = refused(client.search_items().q("a").await);
    assert_eq!(
        (e.parameter(), e.violation()),
        ("q", Violation::TooShort { min: 2 })
    );
    let e = refused(client.search_items().q("ééééééééééé").await);
    assert_eq!(e.violation(), Violation::TooLong { max: 10 });
    // Ten characters of two bytes each are within the limit.
    client.search_items().q("éééééééééé").await.unwrap();
    assert_eq!(
        server.requests(),
        1,
        "only the valid call reached the server"
    );
}
