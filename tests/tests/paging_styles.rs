//! Each paging style a spec can declare, against the mock over real HTTP:
//! items across several pages, the requests each style makes, and the stop
//! conditions (last page, a repeated cursor, an empty page).

use docspec_mock::{MockResponse, MockServer};
use docspec_tests::crate_dir;
use futures_util::TryStreamExt;
use serde_json::json;

#[docspec::api(spec = "fixtures/specs/paging.json")]
mod ledger {}

async fn setup() -> (MockServer, ledger::Client) {
    let path = crate_dir().join("fixtures/specs/paging.json");
    let api = docspec_codegen::load_file(&path, "paging.json").unwrap();
    let mock = MockServer::builder(api.api).start().await.unwrap();
    let client = ledger::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap();
    (mock, client)
}

fn queries(mock: &MockServer, endpoint: &str) -> Vec<String> {
    mock.requests()
        .into_iter()
        .filter(|r| r.endpoint.as_deref() == Some(endpoint))
        .map(|r| r.query)
        .collect()
}

#[tokio::test]
async fn page_numbers_until_the_page_count() {
    let (mock, client) = setup().await;
    let entries: Vec<_> = client.list_by_page().items().try_collect().await.unwrap();
    assert_eq!(entries.len(), 5);
    // The mock builds its data from the spec's models, with their examples.
    assert_eq!(entries[0].id, "ent_1");
    assert_eq!(
        queries(&mock, "list_by_page"),
        ["page=1", "page=2", "page=3"]
    );
    let pages: Vec<_> = client
        .list_by_page()
        .size(5)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].meta.total_pages, Some(1));
}

#[tokio::test]
async fn offsets_until_the_total() {
    let (mock, client) = setup().await;
    let entries: Vec<_> = client.list_by_offset().items().try_collect().await.unwrap();
    assert_eq!(entries.len(), 5);
    assert_eq!(
        queries(&mock, "list_by_offset"),
        ["offset=0", "offset=2", "offset=4"]
    );
    // Starting later, with a page size: the offsets follow the items received.
    let entries: Vec<_> = client
        .list_by_offset()
        .offset(1)
        .limit(3)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(entries.len(), 4);
    assert_eq!(
        queries(&mock, "list_by_offset")[3..],
        ["offset=1&limit=3", "offset=4&limit=3"]
    );
}

#[tokio::test]
async fn cursors_until_none_is_given() {
    let (mock, client) = setup().await;
    let entries: Vec<_> = client.list_by_cursor().items().try_collect().await.unwrap();
    assert_eq!(entries.len(), 5);
    assert_eq!(
        queries(&mock, "list_by_cursor"),
        ["", "after=c2", "after=c4"]
    );
}

/// A server that sends back a cursor it already gave ends the stream rather
/// than loop.
#[tokio::test]
async fn a_repeated_cursor_ends_the_stream() {
    let (mock, client) = setup().await;
    let page = |next: &str| {
        MockResponse::json(
            200,
            &json!({"entries": [{"id": next}], "meta": {"next": next}}),
        )
    };
    mock.enqueue("list_by_cursor", page("x"));
    mock.enqueue("list_by_cursor", page("y"));
    mock.enqueue("list_by_cursor", page("x"));
    mock.enqueue("list_by_cursor", page("z"));
    let entries: Vec<_> = client.list_by_cursor().items().try_collect().await.unwrap();
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["x", "y", "x"]);
    assert_eq!(queries(&mock, "list_by_cursor"), ["", "after=x", "after=y"]);
}

/// An empty page ends a numbered list even when the server says more follow.
#[tokio::test]
async fn an_empty_page_ends_a_numbered_list() {
    let (mock, client) = setup().await;
    mock.enqueue(
        "list_by_page",
        MockResponse::json(200, &json!({"entries": [], "meta": {"totalPages": 9}})),
    );
    let entries: Vec<_> = client.list_by_page().items().try_collect().await.unwrap();
    assert!(entries.is_empty());
    assert_eq!(mock.request_count("list_by_page"), 1);
}

/// A cursor style's last page may omit its `meta` altogether.
#[tokio::test]
async fn a_last_page_without_a_cursor_ends_the_stream() {
    let (mock, client) = setup().await;
    mock.enqueue(
        "list_by_cursor",
        MockResponse::json(200, &json!({"entries": [{"id": "only"}]})),
    );
    let entries: Vec<_> = client.list_by_cursor().items().try_collect().await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(mock.request_count("list_by_cursor"), 1);
}

#[tokio::test]
async fn link_headers_until_none_is_given() {
    let (mock, client) = setup().await;
    let entries: Vec<_> = client.list_by_link().items().try_collect().await.unwrap();
    assert_eq!(entries.len(), 5);
    assert_eq!(queries(&mock, "list_by_link"), ["", "page=2", "page=3"]);
}

/// A next link that leaves the base URL is not followed: the stream ends
/// with an error after the pages before it.
#[tokio::test]
async fn a_link_elsewhere_is_not_followed() {
    let (mock, client) = setup().await;
    let page = MockResponse::json(200, &json!({"entries": [{"id": "a"}]})).header(
        "link",
        "<https://elsewhere.example/api/entries?page=2>; rel=\"next\"",
    );
    mock.enqueue("list_by_link", page);
    let results: Vec<_> =
        futures_util::StreamExt::collect::<Vec<_>>(client.list_by_link().pages()).await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    let err = results[1].as_ref().unwrap_err().to_string();
    assert!(
        err.contains("the next page's URL is not followed: `https://elsewhere.example/api/entries` is not under the base URL"),
        "{err}"
    );
    assert_eq!(mock.request_count("list_by_link"), 1);
}
