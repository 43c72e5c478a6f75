//! Clients generated from vendors' published documents alone (no errors
//! page), each called against `docspec-mock` started from the same
//! document, over real HTTP: one list, one get by id, one error each, the
//! decoded values and the typed error asserted.

use docspec::Error;
use docspec_codegen::SourceFile;
use docspec_mock::{MockResponse, MockServer};
use docspec_tests::crate_dir;
use serde_json::json;

#[docspec::api(openapi = "../../shared/corpus/openapi/spotify.yml")]
#[allow(deprecated)]
mod spotify {}

#[docspec::api(openapi = "../../shared/corpus/openapi/api.github.com.json")]
#[allow(deprecated)]
mod github {}

#[docspec::api(openapi = "../../shared/corpus/openapi/stripe_spec3.json")]
#[allow(deprecated)]
mod stripe {}

#[docspec::api(openapi = "../../shared/corpus/openapi/box_openapi.json")]
#[allow(deprecated)]
mod boxed {}

#[docspec::api(openapi = "../../shared/corpus/openapi/discord_openapi.json")]
#[allow(deprecated)]
mod discord {}

/// The mock of a corpus document, started.
async fn mock(name: &str) -> MockServer {
    let path = crate_dir().join("../../shared/corpus/openapi").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the shared corpus is read beside the project)",
            path.display()
        )
    });
    let loaded = docspec_codegen::load_openapi_source(SourceFile::new(name, text)).unwrap();
    MockServer::builder(loaded.api).start().await.unwrap()
}

/// The error of a call that must fail with the API's error.
fn api_error<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> E {
    match result {
        Err(Error::Api(e)) => e,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn spotify() {
    let mock = mock("spotify.yml").await;
    let client = spotify::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap();
    let categories = client.get_categories().await.unwrap();
    // The mock serves the document's own examples.
    let page = &categories.categories;
    assert_eq!((page.total, page.limit), (4, 20));
    assert_eq!(page.items[0].id, "equal");
    assert_eq!(page.items[0].name, "EQUAL");
    let album = client.get_an_album("4aawyAB9vmqN3uQ7FjRGTy").await.unwrap();
    assert_eq!(album.id, "2up3OPMp9Tb4dAKM2erWXQ");
    assert_eq!(album.total_tracks, 9);
    assert_eq!(album.release_date, "1981-12");
    mock.enqueue(
        "get_an_album",
        MockResponse::json(
            401,
            &json!({"error": {"status": 401, "message": "No token provided"}}),
        ),
    );
    match api_error(client.get_an_album("x").await) {
        spotify::GetAnAlbumError::Unauthorized(e) => assert_eq!(e.status().as_u16(), 401),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn github() {
    let mock = mock("api.github.com.json").await;
    let client = github::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap();
    let issues = client
        .issues_list_for_repo("rust-lang", "rust")
        .await
        .unwrap();
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].node_id, "MDU6SXNzdWUx");
    let issue = client.issues_get("rust-lang", "rust", "1").await.unwrap();
    assert_eq!(issue.number, 42);
    assert_eq!(issue.title, "Widget creation fails in Safari on OS X 10.8");
    assert_eq!(issue.state, "open");
    mock.enqueue(
        "issues_get",
        MockResponse::json(
            404,
            &json!({"message": "Not Found", "documentation_url": "https://docs.github.com"}),
        ),
    );
    match api_error(client.issues_get("rust-lang", "rust", "0").await) {
        github::IssuesGetError::NotFound(e) => assert_eq!(e.message(), Some("Not Found")),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn stripe() {
    let mock = mock("stripe_spec3.json").await;
    let client = stripe::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap();
    let customers = client.get_customers().await.unwrap();
    assert_eq!(customers.data.len(), 1);
    assert_eq!(customers.data[0].created, 1);
    assert_eq!(customers.data[0].balance, Some(1));
    // A customer or a deleted customer, with no discriminator: JSON.
    let customer = client.get_customers_customer("cus_1").await.unwrap();
    assert!(customer.is_object(), "{customer:?}");
    mock.enqueue(
        "get_customers_customer",
        MockResponse::json(404, &json!({"error": {"code": "resource_missing", "message": "No such customer: 'cus_0'", "type": "invalid_request_error"}})),
    );
    // Stripe documents only `default` error responses: every error is
    // `Unknown`, with the code and message read where its schema shows them.
    let stripe::GetCustomersCustomerError::Unknown(e) =
        api_error(client.get_customers_customer("cus_0").await);
    assert_eq!(e.status().as_u16(), 404);
    assert_eq!(e.code_str(), Some("resource_missing"));
    assert_eq!(e.message(), Some("No such customer: 'cus_0'"));
}

#[tokio::test]
async fn box_api() {
    let mock = mock("box_openapi.json").await;
    let client = boxed::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap();
    let items = client.get_folders_id_items("0").await.unwrap();
    assert_eq!((items.total_count, items.limit), (Some(5000), Some(1000)));
    let file = client.get_files_id("12345").await.unwrap();
    assert_eq!(file.id, "12345");
    assert_eq!(file.name.as_deref(), Some("Contract.pdf"));
    assert_eq!(file.size, Some(629644));
    mock.enqueue(
        "get_files_id",
        MockResponse::json(404, &json!({"type": "error", "status": 404, "code": "not_found", "message": "Could not find the specified resource"})),
    );
    match api_error(client.get_files_id("0").await) {
        boxed::GetFilesIdError::NotFound(e) => {
            assert_eq!(e.code_str(), Some("not_found"));
            assert_eq!(e.message(), Some("Could not find the specified resource"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn discord() {
    let mock = mock("discord_openapi.json").await;
    let client = discord::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .no_retries()
        .build()
        .unwrap();
    let channels = client
        .list_guild_channels("41771983423143937")
        .await
        .unwrap();
    assert_eq!(channels.len(), 1);
    let guild = client.get_guild("41771983423143937").await.unwrap();
    assert_eq!(guild.id, "id_example");
    assert_eq!(guild.name, "example");
    mock.enqueue(
        "get_guild",
        MockResponse::json(429, &json!({"message": "You are being rate limited.", "retry_after": 0.0, "global": false, "code": 0})),
    );
    match api_error(client.get_guild("41771983423143937").await) {
        discord::GetGuildError::TooManyRequests(e) => {
            assert_eq!(e.message(), Some("You are being rate limited."))
        }
        other => panic!("{other:?}"),
    }
}
