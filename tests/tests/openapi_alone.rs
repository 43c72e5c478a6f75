//! A published document alone, in YAML, with no errors page: each
//! operation's error enum has a variant per status it documents, the error
//! body's layout is read from the error responses' schemas, and models that
//! hold each other are boxed.

use docspec::Error;
use docspec_tests::faults::{Fault, FaultServer};

#[docspec::api(openapi = "fixtures/openapi/alone.yaml")]
#[allow(deprecated)]
mod folders {}

use folders::{DocumentedStatus, GetFolderError};

#[test]
fn the_statuses_are_the_documents() {
    assert_eq!(
        DocumentedStatus::ALL,
        [
            DocumentedStatus::NotFound,
            DocumentedStatus::TooManyRequests
        ]
    );
    assert_eq!(DocumentedStatus::NotFound.message(), Some("No such folder"));
    assert_eq!(
        GetFolderError::STATUSES,
        [
            DocumentedStatus::NotFound,
            DocumentedStatus::TooManyRequests
        ]
    );
    // `Folder` holds an `Item` that holds a `Folder`: boxed, so it is a type.
    let folder = folders::models::Folder {
        id: "f1".into(),
        first: Some(Box::new(folders::models::Item {
            name: Some("a".into()),
            parent: None,
        })),
    };
    assert_eq!(
        serde_json::to_value(&folder).unwrap(),
        serde_json::json!({"id": "f1", "first": {"name": "a"}})
    );
}

async fn call(fault: Fault) -> Result<folders::models::Folder, Error<GetFolderError>> {
    let server = FaultServer::start(vec![], fault).await;
    let client = folders::Client::builder()
        .base_url(server.url())
        .no_retries()
        .build()
        .unwrap();
    client.get_folder("f1").await
}

#[tokio::test]
async fn errors_decode_by_status_with_the_inferred_layout() {
    let body = r#"{"error": {"code": "folder_missing", "message": "No folder f1."}}"#;
    match call(Fault::json(404, body)).await {
        Err(Error::Api(GetFolderError::NotFound(e))) => {
            assert_eq!(e.status().as_u16(), 404);
            assert_eq!(e.code_str(), Some("folder_missing"));
            assert_eq!(e.message(), Some("No folder f1."));
        }
        other => panic!("{other:?}"),
    }
    match call(Fault::json(500, "{}")).await {
        Err(Error::Api(GetFolderError::Unknown(e))) => assert_eq!(e.status().as_u16(), 500),
        other => panic!("{other:?}"),
    }
    let folder = call(Fault::json(
        200,
        r#"{"id": "f1", "first": {"name": "a", "parent": {"id": "f0"}}}"#,
    ))
    .await
    .unwrap();
    let parent = folder.first.and_then(|i| i.parent).unwrap();
    assert_eq!(parent.id, "f0");
}

/// The derive covers documented statuses as it covers codes.
#[derive(Debug, PartialEq, docspec::FromApiError)]
#[api_error(module = "crate::folders")]
enum AppError {
    #[api_error(status = 404)]
    Missing,
    #[api_error(status = 429)]
    Busy,
    #[api_error(unknown)]
    Other(Status),
}

/// What the catch-all keeps of an error.
#[derive(Debug, PartialEq)]
struct Status(u16);

impl From<folders::ApiError> for Status {
    fn from(e: folders::ApiError) -> Status {
        Status(e.status().as_u16())
    }
}

#[tokio::test]
async fn the_derive_maps_documented_statuses() {
    let body = r#"{"error": {"code": "x", "message": "y"}}"#;
    let mapped = |r: Result<folders::models::Folder, Error<GetFolderError>>| match r {
        Err(Error::Api(e)) => AppError::from(e),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        mapped(call(Fault::json(404, body)).await),
        AppError::Missing
    );
    assert_eq!(mapped(call(Fault::json(429, body)).await), AppError::Busy);
    assert_eq!(
        mapped(call(Fault::json(503, body)).await),
        AppError::Other(Status(503))
    );
}
