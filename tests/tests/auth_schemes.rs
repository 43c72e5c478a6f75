//! Each auth scheme a spec can declare, over real HTTP: where the key
//! travels (as a raw server received it), the mock's answers to a missing
//! and a wrong key decoded into the declared codes, and the key absent from
//! everything shown.

use docspec::{AuthScheme, Error};
use docspec_mock::MockServer;
use docspec_tests::crate_dir;
use docspec_tests::faults::{Fault, FaultServer};

#[docspec::api(spec = "fixtures/specs/auth/header.json")]
mod header {}

#[docspec::api(spec = "fixtures/specs/auth/query.json")]
mod query {}

#[docspec::api(spec = "fixtures/specs/auth/basic.json")]
mod basic {}

const KEY: &str = "vk_TOP_SECRET_a1b2c3";

async fn mock(spec: &str) -> MockServer {
    let path = crate_dir().join("fixtures/specs/auth").join(spec);
    let api = docspec_codegen::load_file(&path, spec).unwrap();
    MockServer::builder(api.api)
        .api_key(KEY)
        .start()
        .await
        .unwrap()
}

/// The head of the one request a client made to a recording server.
async fn sent(call: impl AsyncFnOnce(String)) -> String {
    let server = FaultServer::start(vec![], Fault::json(200, r#"{"name":"n","value":"v"}"#)).await;
    call(server.url()).await;
    server.log().pop().unwrap()
}

#[tokio::test]
async fn a_named_header_carries_the_key() {
    let head = sent(async |url| {
        let client = header::Client::builder()
            .base_url(url)
            .api_key(KEY)
            .build()
            .unwrap();
        client.get_secret("db").await.unwrap();
    })
    .await;
    assert!(
        head.starts_with("GET /api/v1/secrets/db HTTP/1.1\r\n"),
        "{head}"
    );
    assert!(
        head.to_ascii_lowercase()
            .contains(&format!("x-api-key: {}", KEY.to_ascii_lowercase())),
        "{head}"
    );
    assert!(
        !head.to_ascii_lowercase().contains("authorization"),
        "{head}"
    );
}

#[tokio::test]
async fn a_query_parameter_carries_the_key() {
    let head = sent(async |url| {
        let client = query::Client::builder()
            .base_url(url)
            .api_key(KEY)
            .build()
            .unwrap();
        client.get_secret("db").await.unwrap();
    })
    .await;
    assert!(
        head.starts_with(&format!(
            "GET /api/v1/secrets/db?api_key={KEY} HTTP/1.1\r\n"
        )),
        "{head}"
    );
    assert!(
        !head.to_ascii_lowercase().contains("authorization"),
        "{head}"
    );
}

#[tokio::test]
async fn basic_auth_carries_the_key_as_the_user_name() {
    let head = sent(async |url| {
        let client = basic::Client::builder()
            .base_url(url)
            .api_key(KEY)
            .build()
            .unwrap();
        client.get_secret("db").await.unwrap();
    })
    .await;
    // base64("vk_TOP_SECRET_a1b2c3:")
    assert!(
        head.contains("authorization: Basic dmtfVE9QX1NFQ1JFVF9hMWIyYzM6\r\n"),
        "{head}"
    );
}

#[tokio::test]
async fn the_mock_checks_the_key_where_each_scheme_puts_it() {
    for spec in ["header.json", "query.json", "basic.json"] {
        let mock = mock(spec).await;
        let url = mock.base_url();
        macro_rules! check {
            ($m:ident) => {{
                let good = $m::Client::builder()
                    .base_url(&url)
                    .api_key(KEY)
                    .build()
                    .unwrap();
                assert_eq!(
                    good.get_secret("db").await.unwrap().name,
                    "example",
                    "{spec}"
                );
                let none = $m::Client::builder()
                    .base_url(&url)
                    .no_retries()
                    .build()
                    .unwrap();
                match none.get_secret("db").await {
                    Err(Error::Api($m::GetSecretError::KeyMissing(e))) => {
                        assert_eq!(e.status().as_u16(), 401);
                        assert_eq!(e.message(), Some("Send your API key."));
                    }
                    other => panic!("{spec}: {other:?}"),
                }
                let wrong = $m::Client::builder()
                    .base_url(&url)
                    .api_key("vk_wrong")
                    .no_retries()
                    .build()
                    .unwrap();
                assert!(
                    matches!(
                        wrong.get_secret("db").await,
                        Err(Error::Api($m::GetSecretError::KeyInvalid(_)))
                    ),
                    "{spec}"
                );
            }};
        }
        match spec {
            "header.json" => check!(header),
            "query.json" => check!(query),
            _ => check!(basic),
        }
        assert_eq!(mock.requests().len(), 3, "{spec}");
    }
}

/// A key in the query never shows: not in errors (API, decode, transport),
/// not in `Debug` of the client.
#[tokio::test]
async fn a_key_in_the_query_never_shows() {
    let server = FaultServer::start(
        vec![Fault::json(
            404,
            r#"{"code":"secret_not_found","message":"No."}"#,
        )],
        Fault::json(200, "not json"),
    )
    .await;
    let client = query::Client::builder()
        .base_url(server.url())
        .api_key(KEY)
        .build()
        .unwrap();
    let api = client.get_secret("db").await.unwrap_err();
    let decode = client.get_secret("db").await.unwrap_err();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let offline = query::Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .api_key(KEY)
        .no_retries()
        .build()
        .unwrap();
    let transport = offline.get_secret("db").await.unwrap_err();
    assert!(matches!(transport, Error::Transport(_)), "{transport:?}");
    let mut shown = vec![format!("{client:?}")];
    for e in [&api, &decode, &transport] {
        let mut text = format!("{e} {e:?}");
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            text.push_str(&format!(" {s} {s:?}"));
            source = s.source();
        }
        shown.push(text);
    }
    for text in shown {
        assert!(!text.contains("TOP_SECRET"), "the key leaked into: {text}");
    }
}

/// A key in a header of its own is not carried to another origin: the
/// redirect is not followed, and the answer is returned as it came.
#[tokio::test]
async fn a_key_in_a_header_does_not_follow_a_redirect_elsewhere() {
    let elsewhere =
        FaultServer::start(vec![], Fault::json(200, r#"{"name":"n","value":"v"}"#)).await;
    let moved = Fault::Respond {
        status: 307,
        headers: vec![("location".into(), format!("{}/secrets/db", elsewhere.url()))],
        body: Vec::new(),
    };
    let origin = FaultServer::start(vec![], moved).await;
    let client = header::Client::builder()
        .base_url(origin.url())
        .api_key(KEY)
        .no_retries()
        .build()
        .unwrap();
    let err = client.get_secret("db").await.unwrap_err();
    assert_eq!(err.into_generic().status().map(|s| s.as_u16()), Some(307));
    assert_eq!(elsewhere.requests(), 0);
    assert_eq!(origin.requests(), 1);
}

#[test]
fn an_invalid_header_name_is_refused_when_building() {
    let err = header::Client::builder()
        .auth_scheme(AuthScheme::Header("X API Key"))
        .api_key(KEY)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid auth scheme: `X API Key` is not a valid header name"
    );
}
