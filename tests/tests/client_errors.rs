//! Error responses over real HTTP: every code each endpoint lists, decoded
//! into that endpoint's variant with its status and message; the errors the
//! mock's data produces on its own (404 versus 410, membership, permissions,
//! limits, keys); and responses that do not follow the spec.

use std::time::Duration;

use docspec_codegen::Spec;
use docspec_tests::workspace_dir;
use userplane::api::{
    CreateLinkError, DeleteLinkError, DeleteRecordingError, GetLinkError, GetMeError,
    GetProjectError, GetRecordingError, GetWorkspaceError, ListLinksError, ListProjectsError,
};
use userplane::models::CreateLinkBody;
use userplane::{
    ApiError, BodyProblem, CallOptions, Client, Error, ErrorCode, ResponseCode, TimeLimit,
};
use userplane_mock::{DISABLED_KEY, EXPIRED_KEY, MockResponse, MockServer, WORKSPACE};

async fn setup() -> (MockServer, Client) {
    let mock = userplane_mock::start().await.unwrap();
    let client = client_with_key(&mock, mock.api_key());
    (mock, client)
}

fn client_with_key(mock: &MockServer, key: &str) -> Client {
    Client::builder()
        .base_url(mock.base_url())
        .api_key(key)
        .no_retries()
        .build()
        .unwrap()
}

/// What a call ended in, endpoint-independent.
#[derive(Debug)]
enum Outcome {
    Ok,
    /// The endpoint enum's `Debug` (so its variant) and the decoded error.
    Api(String, ApiError),
    /// Shown by `Debug` in failure messages.
    Other(#[allow(dead_code)] String),
}

macro_rules! outcome {
    ($call:expr) => {
        match $call.await {
            Ok(_) => Outcome::Ok,
            Err(Error::Api(e)) => Outcome::Api(format!("{e:?}"), e.into_api_error()),
            Err(other) => Outcome::Other(other.to_string()),
        }
    };
}

/// Calls an endpoint by id with ids that exist in the mock.
async fn call(client: &Client, endpoint: &str) -> Outcome {
    let ws = WORKSPACE;
    let body = || CreateLinkBody::new("dom_acme".into());
    match endpoint {
        "get_me" => outcome!(client.get_me()),
        "list_workspaces" => outcome!(client.list_workspaces()),
        "get_workspace" => outcome!(client.get_workspace(ws)),
        "get_workspace_invite_url" => outcome!(client.get_workspace_invite_url(ws)),
        "list_projects" => outcome!(client.list_projects(ws)),
        "get_project" => outcome!(client.get_project(ws, "prj_web")),
        "list_links" => outcome!(client.list_links(ws)),
        "create_link" => outcome!(client.create_link(ws, body())),
        "get_link" => outcome!(client.get_link(ws, "lnk_0001")),
        "update_link" => outcome!(client.update_link(ws, "lnk_0001", Default::default())),
        "delete_link" => outcome!(client.delete_link(ws, "lnk_0002")),
        "list_recordings" => outcome!(client.list_recordings(ws)),
        "get_recording" => outcome!(client.get_recording(ws, "rec_001")),
        "delete_recording" => outcome!(client.delete_recording(ws, "rec_004")),
        "get_recording_video" => outcome!(client.get_recording_video(ws, "rec_001")),
        "get_recording_thumbnail" => outcome!(client.get_recording_thumbnail(ws, "rec_001")),
        "get_recording_console_log" => outcome!(client.get_recording_console_log(ws, "rec_001")),
        "get_recording_network_log" => outcome!(client.get_recording_network_log(ws, "rec_001")),
        "get_recording_action" => outcome!(client.get_recording_action(ws, "rec_001")),
        other => panic!("no call for endpoint {other}"),
    }
}

fn spec() -> Spec {
    let path = workspace_dir().join("spec/userplane.json");
    docspec_codegen::load_file(&path, "spec/userplane.json")
        .unwrap()
        .spec
}

#[tokio::test]
async fn every_listed_code_of_every_endpoint_decodes_into_its_variant() {
    let spec = spec();
    let (mock, client) = setup().await;
    let mut cases = 0;
    for endpoint in &spec.endpoints {
        let codes = spec.endpoint_codes(endpoint);
        assert!(
            codes.len() >= 5,
            "{} lists {} codes",
            endpoint.id.value,
            codes.len()
        );
        for def in codes {
            let wording = endpoint
                .errors
                .iter()
                .find(|r| r.code.value == def.code.value)
                .and_then(|r| r.message.clone())
                .or_else(|| def.message_text().map(str::to_owned))
                .expect("every Userplane code has a message");
            mock.enqueue(&endpoint.id, MockResponse::error(def.code.as_str()));
            let (debug, err) = match call(&client, &endpoint.id).await {
                Outcome::Api(debug, err) => (debug, err),
                other => panic!("{} {}: {other:?}", endpoint.id.value, def.code.value),
            };
            let code: ErrorCode = def.code.parse().unwrap();
            assert!(
                debug.starts_with(&format!("{code:?}(")),
                "{} {}: decoded as {debug}",
                endpoint.id.value,
                def.code.value
            );
            assert_eq!(err.known_code(), Some(code));
            assert_eq!(i64::from(err.status().as_u16()), def.status.value);
            assert_eq!(
                err.message(),
                Some(wording.as_str()),
                "{}",
                endpoint.id.value
            );
            cases += 1;
        }
        // The queue is empty again: the same call now succeeds.
        assert!(
            matches!(call(&client, &endpoint.id).await, Outcome::Ok),
            "{}",
            endpoint.id.value
        );
    }
    assert_eq!(cases, 164);
}

#[tokio::test]
async fn deleted_is_410_and_never_existed_is_404() {
    let (_mock, client) = setup().await;
    let link = client
        .create_link(WORKSPACE, CreateLinkBody::new("dom_acme".into()))
        .await
        .unwrap()
        .link;
    client.delete_link(WORKSPACE, &link.link_id).await.unwrap();

    match client.get_link(WORKSPACE, &link.link_id).await {
        Err(Error::Api(GetLinkError::LinkGone(e))) => {
            assert_eq!(e.status().as_u16(), 410);
            assert_eq!(e.message(), Some("Link has been deleted"));
        }
        other => panic!("{other:?}"),
    }
    match client.delete_link(WORKSPACE, &link.link_id).await {
        Err(Error::Api(DeleteLinkError::LinkGone(e))) => {
            assert_eq!(e.message(), Some("Link has already been deleted"));
        }
        other => panic!("{other:?}"),
    }
    match client.get_link(WORKSPACE, "lnk_9999").await {
        Err(Error::Api(GetLinkError::LinkNotFound(e))) => {
            assert_eq!(e.status().as_u16(), 404);
            assert_eq!(e.message(), Some("Link does not exist"));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        client.get_recording(WORKSPACE, "rec_deleted").await,
        Err(Error::Api(GetRecordingError::RecordingGone(_)))
    ));
    assert!(matches!(
        client.get_recording(WORKSPACE, "rec_none").await,
        Err(Error::Api(GetRecordingError::RecordingNotFound(_)))
    ));
    assert!(matches!(
        client.get_project(WORKSPACE, "prj_old").await,
        Err(Error::Api(GetProjectError::ProjectGone(_)))
    ));
    assert!(matches!(
        client.get_project(WORKSPACE, "prj_none").await,
        Err(Error::Api(GetProjectError::ProjectNotFound(_)))
    ));
}

#[tokio::test]
async fn membership_permissions_and_limits() {
    let (_mock, client) = setup().await;
    assert!(matches!(
        client.get_workspace("ws_other").await,
        Err(Error::Api(GetWorkspaceError::NotAMember(_)))
    ));
    assert!(matches!(
        client.get_workspace("ws_nowhere").await,
        Err(Error::Api(GetWorkspaceError::WorkspaceNotFound(_)))
    ));
    assert!(matches!(
        client.list_links("ws_other").await,
        Err(Error::Api(ListLinksError::NotAMember(_)))
    ));
    assert!(matches!(
        client.list_projects("ws_guest").await,
        Err(Error::Api(ListProjectsError::Forbidden(_)))
    ));
    let body = || CreateLinkBody::new("dom_acme".into());
    assert!(matches!(
        client.create_link("ws_beta", body()).await,
        Err(Error::Api(CreateLinkError::LinkDefaultProjectNotFound(_)))
    ));
    assert!(matches!(
        client.create_link("ws_full", body()).await,
        Err(Error::Api(CreateLinkError::PlanLimitExceeded(_)))
    ));
    let in_deleted_project = CreateLinkBody {
        project_id: Some("prj_old".into()),
        ..body()
    };
    match client.create_link(WORKSPACE, in_deleted_project).await {
        Err(Error::Api(CreateLinkError::LinkProjectDeleted(e))) => {
            assert_eq!(e.message(), Some("The specified project has been deleted"));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        client.delete_link(WORKSPACE, "lnk_0003").await,
        Err(Error::Api(DeleteLinkError::LinkDeleteForbidden(_)))
    ));
    assert!(matches!(
        client.delete_recording(WORKSPACE, "rec_locked").await,
        Err(Error::Api(DeleteRecordingError::RecordingDeleteForbidden(
            _
        )))
    ));
    assert!(matches!(
        client.delete_recording(WORKSPACE, "rec_beta").await,
        Err(Error::Api(
            DeleteRecordingError::RecordingWorkspaceMismatch(_)
        ))
    ));
}

#[tokio::test]
async fn the_key_is_checked() {
    let (mock, _) = setup().await;
    let no_key = Client::builder()
        .base_url(mock.base_url())
        .no_retries()
        .build()
        .unwrap();
    match no_key.get_me().await {
        Err(Error::Api(GetMeError::ApiKeyRequired(e))) => {
            assert_eq!(e.status().as_u16(), 401);
            assert_eq!(
                e.message(),
                Some("API key is required. Include it as Authorization: Bearer <your-api-key>.")
            );
        }
        other => panic!("{other:?}"),
    }
    let wrong = client_with_key(&mock, "uspl_wrong");
    assert!(matches!(
        wrong.get_me().await,
        Err(Error::Api(GetMeError::ApiKeyInvalid(_)))
    ));
    let expired = client_with_key(&mock, EXPIRED_KEY);
    assert!(matches!(
        expired.get_me().await,
        Err(Error::Api(GetMeError::ApiKeyExpired(_)))
    ));
    let disabled = client_with_key(&mock, DISABLED_KEY);
    assert!(matches!(
        disabled.list_links(WORKSPACE).await,
        Err(Error::Api(ListLinksError::ApiKeyDisabled(_)))
    ));
    // get_me does not list API_KEY_DISABLED; the mock answers what it lists.
    assert!(matches!(
        disabled.get_me().await,
        Err(Error::Api(GetMeError::ApiKeyInvalid(_)))
    ));
}

#[tokio::test]
async fn codes_outside_the_endpoint_or_the_spec_are_unknown_but_kept() {
    let (mock, client) = setup().await;
    // A code of the spec that get_me does not list.
    mock.enqueue("get_me", MockResponse::error("LINK_GONE"));
    match client.get_me().await {
        Err(Error::Api(GetMeError::Unknown(e))) => {
            assert_eq!(e.known_code(), Some(ErrorCode::LinkGone));
            assert_eq!(e.status().as_u16(), 410);
        }
        other => panic!("{other:?}"),
    }
    // A code newer than the spec.
    let body = serde_json::json!({"error": "LINK_QUARANTINED", "message": "Link is under review"});
    mock.enqueue("get_link", MockResponse::json(423, &body));
    match client.get_link(WORKSPACE, "lnk_0001").await {
        Err(Error::Api(GetLinkError::Unknown(e))) => {
            assert_eq!(e.code(), &ResponseCode::Unknown("LINK_QUARANTINED".into()));
            assert_eq!(e.status().as_u16(), 423);
            assert_eq!(e.message(), Some("Link is under review"));
            assert_eq!(e.body().as_ref(), body.to_string().as_bytes());
            assert_eq!(
                e.to_string(),
                "423 Locked: LINK_QUARANTINED (not in the spec): Link is under review"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_html_error_page_from_a_proxy() {
    let (mock, client) = setup().await;
    let page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    mock.enqueue("list_links", MockResponse::raw(502, "text/html", page));
    match client.list_links(WORKSPACE).await {
        Err(Error::Api(ListLinksError::Unknown(e))) => {
            assert_eq!(e.status().as_u16(), 502);
            assert_eq!(e.code(), &ResponseCode::Missing);
            assert!(matches!(e.problem(), Some(BodyProblem::NotJson(_))));
            assert_eq!(e.body().as_ref(), page.as_bytes());
            assert!(e.is_retryable());
            let expected = format!(
                "502 Bad Gateway: the error body is not JSON (expected value at line 1 column 1); received {} bytes",
                page.len()
            );
            assert!(e.to_string().starts_with(&expected), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_undecodable_success_body_carries_what_was_received() {
    let (mock, client) = setup().await;
    let body = serde_json::json!({"message": "ok", "data": {"user": {"name": "no id"}}});
    mock.enqueue("get_me", MockResponse::json(200, &body));
    match client.get_me().await {
        Err(Error::Decode(e)) => {
            assert_eq!(e.endpoint(), "get_me");
            assert_eq!(e.status().as_u16(), 200);
            assert_eq!(e.body().as_ref(), body.to_string().as_bytes());
            assert!(
                e.reason().starts_with("missing field `id`"),
                "{}",
                e.reason()
            );
            assert!(
                e.to_string().starts_with(
                    "get_me: could not decode the 200 OK response: missing field `id`"
                )
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_slow_response_is_a_timeout() {
    let (mock, client) = setup().await;
    mock.enqueue(
        "get_me",
        MockResponse::error("RATE_LIMITED").delay(Duration::from_secs(5)),
    );
    let result = client
        .get_me()
        .options(CallOptions::new().attempt_timeout(Duration::from_millis(200)))
        .await;
    match result {
        Err(Error::Timeout(t)) => {
            assert_eq!(t.endpoint(), "get_me");
            assert_eq!(t.limit(), TimeLimit::Attempt(Duration::from_millis(200)));
            assert_eq!(t.attempts(), 1);
            assert_eq!(
                t.to_string(),
                "get_me: timed out after 1 attempt: it ran past the 200ms attempt timeout"
            );
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_refused_connection_is_a_transport_error() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}/api/v1"))
        .api_key("uspl_secret_key_123")
        .no_retries()
        .build()
        .unwrap();
    match client.get_me().await {
        Err(Error::Transport(e)) => {
            assert!(e.is_connect());
            assert_eq!(e.to_string(), "get_me: could not connect");
            let chain = chain(&Error::<GetMeError>::Transport(e));
            assert_eq!(chain[0], "get_me: could not connect");
            assert!(chain.len() >= 2, "the cause follows: {chain:?}");
            assert!(
                chain.iter().any(|c| c.contains("Connection refused")),
                "{chain:?}"
            );
            for (i, cause) in chain.iter().enumerate() {
                assert!(!cause.contains("uspl_secret_key_123"));
                // Each cause is printed once: no message repeats the next.
                if let Some(next) = chain.get(i + 1) {
                    assert!(!cause.contains(next.as_str()), "{chain:?}");
                }
            }
        }
        other => panic!("{other:?}"),
    }
}

/// The messages of an error and its sources, outermost first, as a chain
/// printer (anyhow's `{:#}`) shows them.
fn chain(error: &dyn std::error::Error) -> Vec<String> {
    std::iter::successors(Some(error), |e| e.source())
        .map(ToString::to_string)
        .collect()
}

#[tokio::test]
async fn every_error_prints_each_cause_once() {
    let (mock, client) = setup().await;
    let api = client.get_link(WORKSPACE, "lnk_9999").await.unwrap_err();
    assert_eq!(
        chain(&api),
        ["404 Not Found: LINK_NOT_FOUND: Link does not exist"]
    );
    let refused = client.get_link(WORKSPACE, "..").await.unwrap_err();
    assert_eq!(chain(&refused).len(), 1);
    mock.enqueue(
        "get_me",
        MockResponse::error("RATE_LIMITED").delay(Duration::from_secs(5)),
    );
    let timeout = client
        .get_me()
        .options(CallOptions::new().attempt_timeout(Duration::from_millis(50)))
        .await
        .unwrap_err();
    assert_eq!(
        chain(&timeout),
        ["get_me: timed out after 1 attempt: it ran past the 50ms attempt timeout"]
    );
}

#[tokio::test]
async fn errors_convert_to_the_spec_wide_type() {
    let (_mock, client) = setup().await;
    let err = client.get_link(WORKSPACE, "lnk_9999").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert!(!err.is_retryable());
    let generic: Error<ApiError> = err.into_generic();
    let api = generic.api_error().unwrap();
    assert_eq!(api.known_code(), Some(ErrorCode::LinkNotFound));
    let as_api: ApiError = GetLinkError::from(api.clone()).into();
    assert_eq!(&as_api, api);
}

#[tokio::test]
async fn the_error_header_makes_any_endpoint_answer_any_error() {
    let mock = userplane_mock::start().await.unwrap();
    let with_header = |code: &str, status: Option<&str>| {
        let mut headers = http::HeaderMap::new();
        headers.insert(userplane_mock::ERROR_HEADER, code.parse().unwrap());
        if let Some(s) = status {
            headers.insert(userplane_mock::ERROR_STATUS_HEADER, s.parse().unwrap());
        }
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .unwrap();
        Client::builder()
            .base_url(mock.base_url())
            .api_key(mock.api_key())
            .http_client(http)
            .no_retries()
            .build()
            .unwrap()
    };
    let client = with_header("LINK_CREATE_FAILED", None);
    match client
        .create_link(WORKSPACE, CreateLinkBody::new("dom_acme".into()))
        .await
    {
        Err(Error::Api(CreateLinkError::LinkCreateFailed(e))) => {
            assert_eq!(e.status().as_u16(), 500);
            assert_eq!(e.message(), Some("Failed to create the link"));
        }
        other => panic!("{other:?}"),
    }
    let client = with_header("SOMETHING_NEW", Some("418"));
    match client.get_me().await {
        Err(Error::Api(GetMeError::Unknown(e))) => {
            assert_eq!(e.status().as_u16(), 418);
            assert_eq!(e.code_str(), Some("SOMETHING_NEW"));
        }
        other => panic!("{other:?}"),
    }
    // Nothing was created by the failed call.
    let links = client_with_key(&mock, mock.api_key())
        .list_links(WORKSPACE)
        .await
        .unwrap();
    assert_eq!(links.pagination.total, 3);
}
