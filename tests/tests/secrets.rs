//! The API key is sent as a Bearer token, only over https or to loopback,
//! and only when it has the documented prefix. (That it never shows in
//! `Debug`, `Display`, errors or traces is tested in `trace.rs`.)

use docspec_tests::faults::{Fault, FaultServer};
use userplane::{BuildError, Client, Error};

const KEY: &str = "uspl_TOP_SECRET_0123456789";

#[tokio::test]
async fn the_key_is_sent_as_a_bearer_token() {
    let server =
        FaultServer::start(vec![], Fault::json(200, r#"{"data":{"user":{"id":"u"}}}"#)).await;
    let client = Client::builder()
        .base_url(server.url())
        .api_key(KEY)
        .build()
        .unwrap();
    client.get_me().await.unwrap();
    let head = server.log().pop().unwrap().to_ascii_lowercase();
    assert!(
        head.starts_with("get /api/v1/public/me http/1.1\r\n"),
        "{head}"
    );
    assert!(head.contains(&format!(
        "authorization: bearer {}",
        KEY.to_ascii_lowercase()
    )));
    assert!(head.contains(&format!(
        "user-agent: userplane-rs docspec/{}\r\n",
        env!("CARGO_PKG_VERSION")
    )));
    assert!(head.contains("accept: application/json"));
}

fn build(url: &str, key: &str) -> Result<Client, BuildError> {
    Client::builder().base_url(url).api_key(key).build()
}

#[test]
fn keys_without_the_documented_prefix_are_refused() {
    let err = build("https://api.userplane.io/api/v1", "sk_live_SECRET").unwrap_err();
    assert!(matches!(err, BuildError::InvalidApiKey { .. }));
    let text = err.to_string();
    assert_eq!(
        text,
        "invalid API key: it does not start with `uspl_` as the API's keys do (use `allow_any_key_prefix` if it is right)"
    );
    assert!(!text.contains("SECRET") && !format!("{err:?}").contains("SECRET"));
    assert!(
        Client::builder()
            .api_key("sk_live_SECRET")
            .allow_any_key_prefix()
            .build()
            .is_ok()
    );
    let err = build("https://api.userplane.io/api/v1", "uspl_bad\nkey").unwrap_err();
    assert_eq!(
        err.to_string(),
        "invalid API key: character 9 is whitespace; keys are visible ASCII without spaces"
    );
}

/// Keys that an HTTP header would carry as raw bytes, or that hold a stray
/// space, are refused when the client is built, and the error never quotes
/// any part of the key.
#[test]
fn keys_outside_visible_ascii_are_refused_without_quoting_them() {
    let cases = [
        ("uspl_SECRETé", "character 12 is not ASCII"),
        ("uspl_SECRET ", "it starts or ends with whitespace"),
        ("uspl_SECRET\r\n", "it starts or ends with whitespace"),
        ("uspl_SEC RET", "character 9 is whitespace"),
        ("uspl_SEC\tRET", "character 9 is whitespace"),
        ("uspl_SEC\u{0}RET", "character 9 is a control character"),
        ("uspl_SEC\u{7f}RET", "character 9 is a control character"),
        ("uspl_SEC\u{a0}RET", "character 9 is whitespace"),
        ("uspl_SECRET\u{200b}", "character 12 is not ASCII"),
    ];
    for (key, reason) in cases {
        let err = build("https://api.userplane.io/api/v1", key).unwrap_err();
        let shown = [err.to_string(), format!("{err:?}")];
        assert!(
            shown[0].starts_with(&format!("invalid API key: {reason}")),
            "{shown:?}"
        );
        for text in shown {
            assert!(!text.contains("SEC"), "{text}");
        }
    }
    assert!(
        build(
            "https://api.userplane.io/api/v1",
            "uspl_!#$%&'*+-.^_`|~09AZaz"
        )
        .is_ok()
    );
}

#[test]
fn the_key_goes_only_over_https_or_to_loopback() {
    let err = build("http://api.userplane.io/api/v1", KEY).unwrap_err();
    assert_eq!(
        err,
        BuildError::InsecureBaseUrl {
            url: "http://api.userplane.io/api/v1".into()
        }
    );
    assert!(!err.to_string().contains(KEY));
    for ok in [
        "https://api.userplane.io/api/v1",
        "http://127.0.0.1:8080/api/v1",
        "http://127.8.9.10/",
        "http://[::1]:9000",
        "http://localhost:3000",
    ] {
        assert!(build(ok, KEY).is_ok(), "{ok}");
    }
    assert!(
        Client::builder()
            .base_url("http://proxy.internal:8080")
            .api_key(KEY)
            .allow_insecure_http()
            .build()
            .is_ok()
    );
    // Without a key there is nothing to protect.
    assert!(
        Client::builder()
            .base_url("http://example.com")
            .build()
            .is_ok()
    );
    assert!(matches!(
        Client::builder().base_url("ftp://example.com").build(),
        Err(BuildError::InvalidBaseUrl { .. })
    ));
    // Ids appended to a base URL with a query or fragment would not be in
    // the path at all.
    for url in [
        "https://api.example.com/v1?tenant=a",
        "https://api.example.com/v1#x",
    ] {
        let err = Client::builder().base_url(url).build().unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "invalid base URL `{url}`: it has a query or fragment; paths are appended to it"
            )
        );
    }
}

#[tokio::test]
async fn errors_of_a_call_made_without_retries_say_so_in_the_trace_too() {
    // Not a secret test: a call with no retries still records one attempt.
    let server = FaultServer::start(
        vec![],
        Fault::error(404, "LINK_NOT_FOUND", "Link does not exist"),
    )
    .await;
    let client = Client::builder()
        .base_url(server.url())
        .api_key(KEY)
        .build()
        .unwrap();
    match client.get_link("ws", "lnk").await {
        Err(Error::Api(e)) => assert_eq!(e.status().as_u16(), 404),
        other => panic!("{other:?}"),
    }
    assert_eq!(server.requests(), 1);
}

/// A redirect to another host (here another port of loopback) is followed
/// without the key: the HTTP client drops `Authorization` when the origin
/// changes.
#[tokio::test]
async fn a_cross_host_redirect_does_not_carry_the_key() {
    let elsewhere =
        FaultServer::start(vec![], Fault::json(200, r#"{"data":{"user":{"id":"u"}}}"#)).await;
    let moved = Fault::Respond {
        status: 307,
        headers: vec![("location".into(), format!("{}/public/me", elsewhere.url()))],
        body: Vec::new(),
    };
    let origin = FaultServer::start(vec![], moved).await;
    let client = Client::builder()
        .base_url(origin.url())
        .api_key(KEY)
        .build()
        .unwrap();
    assert_eq!(client.get_me().await.unwrap().user.id, "u");
    let first = origin.log().pop().unwrap().to_ascii_lowercase();
    assert!(first.contains("authorization: bearer"), "{first}");
    let redirected = elsewhere.log().pop().unwrap().to_ascii_lowercase();
    assert!(
        redirected.starts_with("get /api/v1/public/me "),
        "{redirected}"
    );
    assert!(!redirected.contains("authorization"), "{redirected}");
    assert!(
        !redirected.contains(&KEY.to_ascii_lowercase()),
        "{redirected}"
    );
}
