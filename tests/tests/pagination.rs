//! Paging over real HTTP: single pages, the stream of pages, the stream of
//! items, and a server that misbehaves mid-way.

use docspec_tests::mock_client;
use serde_json::json;
use userplane::api::ListRecordingsError;
use userplane::stream::{StreamExt, TryStreamExt};
use userplane::{Client, Error};
use userplane_mock::{MockResponse, MockServer, WORKSPACE};

async fn setup() -> (MockServer, Client) {
    let mock = userplane_mock::start().await.unwrap();
    let client = mock_client(&mock);
    (mock, client)
}

#[tokio::test]
async fn a_single_page_reports_its_place() {
    let (_mock, client) = setup().await;
    let page = client
        .list_recordings(WORKSPACE)
        .page(3)
        .per_page(10)
        .await
        .unwrap();
    let p = page.pagination;
    assert_eq!(
        (p.page, p.per_page, p.total, p.total_pages, p.has_more),
        (3, 10, 24, 3, false)
    );
    let ids: Vec<&str> = page
        .recordings
        .iter()
        .map(|r| r.recording_id.as_str())
        .collect();
    assert_eq!(ids, ["rec_021", "rec_022", "rec_023", "rec_locked"]);
}

#[tokio::test]
async fn pages_follow_has_more_to_the_end() {
    let (mock, client) = setup().await;
    let pages: Vec<_> = client
        .list_recordings(WORKSPACE)
        .per_page(10)
        .pages()
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages.iter().map(|p| p.recordings.len()).collect();
    assert_eq!(sizes, [10, 10, 4]);
    let queries: Vec<String> = mock.requests().into_iter().map(|r| r.query).collect();
    assert_eq!(
        queries,
        [
            "page=1&per_page=10",
            "page=2&per_page=10",
            "page=3&per_page=10"
        ]
    );
}

#[tokio::test]
async fn items_come_in_order_across_pages() {
    let (mock, client) = setup().await;
    let ids: Vec<String> = client
        .list_recordings(WORKSPACE)
        .per_page(7)
        .items()
        .map_ok(|r| r.recording_id)
        .try_collect()
        .await
        .unwrap();
    let mut expected: Vec<String> = (1..=23).map(|i| format!("rec_{i:03}")).collect();
    expected.push("rec_locked".into());
    assert_eq!(ids, expected);
    assert_eq!(mock.request_count("list_recordings"), 4);

    // Projects page 5 at a time by default.
    let projects: Vec<_> = client
        .list_projects(WORKSPACE)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(projects.len(), 11);
    assert_eq!(mock.request_count("list_projects"), 3);
}

#[tokio::test]
async fn paging_starts_where_asked() {
    let (_mock, client) = setup().await;
    let rest: Vec<_> = client
        .list_workspaces()
        .page(2)
        .per_page(5)
        .items()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<&str> = rest.iter().map(|w| w.workspace_id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ws_06", "ws_07", "ws_08", "ws_09", "ws_10", "ws_11", "ws_12"
        ]
    );
}

#[tokio::test]
async fn an_error_mid_way_ends_the_stream_with_it() {
    let (mock, client) = setup().await;
    let mut pages = client.list_recordings(WORKSPACE).per_page(10).pages();
    assert!(pages.next().await.unwrap().is_ok());
    mock.enqueue("list_recordings", MockResponse::error("RATE_LIMITED"));
    match pages.next().await {
        Some(Err(Error::Api(ListRecordingsError::RateLimited(e)))) => {
            assert_eq!(e.status().as_u16(), 429);
        }
        other => panic!("{other:?}"),
    }
    assert!(pages.next().await.is_none());
}

#[tokio::test]
async fn an_empty_page_that_claims_more_ends_the_stream() {
    let (mock, client) = setup().await;
    let empty = json!({
        "message": "ok",
        "data": {
            "workspaceId": "ws_acme",
            "links": [],
            "pagination": {"page": 1, "perPage": 10, "total": 50, "totalPages": 5, "hasMore": true}
        }
    });
    mock.enqueue("list_links", MockResponse::json(200, &empty));
    let links: Vec<_> = client
        .list_links(WORKSPACE)
        .items()
        .try_collect()
        .await
        .unwrap();
    assert!(links.is_empty());
    assert_eq!(mock.request_count("list_links"), 1);
}

/// The spec's maximum page size is checked before sending.
#[tokio::test]
async fn per_page_above_the_maximum_is_refused_before_sending() {
    let (mock, client) = setup().await;
    match client.list_recordings(WORKSPACE).per_page(500).await {
        Err(userplane::Error::InvalidArgument(e)) => {
            assert_eq!((e.parameter(), e.value()), ("per_page", "500"));
            assert_eq!(
                e.violation(),
                userplane::Violation::AboveMaximum { max: 20 }
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(mock.request_count("list_recordings"), 0);
    let page = client
        .list_recordings(WORKSPACE)
        .per_page(20)
        .await
        .unwrap();
    assert_eq!(page.pagination.per_page, 20);
    assert_eq!(page.recordings.len(), 20);
}
