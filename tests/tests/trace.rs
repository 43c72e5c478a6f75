//! The API key never shows in `Debug`, `Display`, error messages or trace
//! output, and every call leaves a trace span with its endpoint, attempts,
//! status, code and retry delays.
//!
//! Alone in its test binary: tracing caches which call sites are enabled,
//! and a subscriber installed for one test thread would race with calls made
//! by tests on other threads.

use std::time::Duration;

use docspec_tests::capture::Captured;
use userplane::{CallOptions, Client, RetryPolicy};
use userplane_mock::MockResponse;

const KEY: &str = "uspl_TOP_SECRET_0123456789";

#[tokio::test]
async fn the_key_appears_nowhere_and_every_call_is_traced() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let mock = userplane_mock::builder()
        .api_key(KEY)
        .start()
        .await
        .unwrap();
    let client = Client::builder()
        .base_url(mock.base_url())
        .api_key(KEY)
        .retry_policy(RetryPolicy::new().base_delay(Duration::from_millis(5)))
        .build()
        .unwrap();
    let mut shown = vec![
        format!("{client:?}"),
        format!("{:?}", Client::builder().api_key(KEY)),
    ];

    // A success, a retried 429, an API error, a timeout, a transport error.
    client.get_me().await.unwrap();
    mock.enqueue("get_me", MockResponse::error("RATE_LIMITED"));
    client.get_me().await.unwrap();
    let api = client.get_link("ws_acme", "lnk_missing").await.unwrap_err();
    mock.enqueue(
        "get_me",
        MockResponse::error("RATE_LIMITED").delay(Duration::from_secs(5)),
    );
    let timeout = client
        .get_me()
        .options(
            CallOptions::new()
                .attempt_timeout(Duration::from_millis(100))
                .retry(RetryPolicy::none()),
        )
        .await
        .unwrap_err();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let offline = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}"))
        .api_key(KEY)
        .no_retries()
        .build()
        .unwrap();
    let transport = offline.get_me().await.unwrap_err();
    for e in [
        &api.into_generic(),
        &timeout.into_generic(),
        &transport.into_generic(),
    ] {
        shown.push(e.to_string());
        shown.push(format!("{e:?}"));
    }
    drop(_guard);

    let trace = captured.text();
    shown.push(trace.clone());
    for text in &shown {
        assert!(!text.contains(KEY), "the key leaked into: {text}");
        assert!(
            !text.contains("TOP_SECRET"),
            "part of the key leaked into: {text}"
        );
    }
    assert!(
        shown[0].contains("credential: Header(authorization: <redacted>)"),
        "{}",
        shown[0]
    );
    assert!(shown[1].contains("ApiKey(<redacted>)"), "{}", shown[1]);

    // The trace has a span per call with what happened.
    assert!(
        trace.contains("api.call{api=\"Userplane\" endpoint=\"get_me\" method=GET}"),
        "{trace}"
    );
    assert!(
        trace.contains("retrying attempt=1 status=429 code=\"RATE_LIMITED\" delay_ms="),
        "{trace}"
    );
    assert!(trace.contains("attempts=2 status=200"), "{trace}");
    assert!(trace.contains("endpoint=\"get_link\""), "{trace}");
    assert!(
        trace.contains("status=404 code=\"LINK_NOT_FOUND\""),
        "{trace}"
    );
    assert!(trace.contains("giving up"), "{trace}");
}
