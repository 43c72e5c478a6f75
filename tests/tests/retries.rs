//! Retries, backoff and faults, against a raw HTTP server on loopback that
//! misbehaves on cue. The clock is manual and the jitter fixed, so every
//! delay is asserted exactly and no test sleeps for a backoff.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use docspec_tests::faults::{Fault, FaultServer};
use docspec_tests::time::{FixedJitter, ManualClock};
use userplane::api::{CreateLinkError, GetMeError, UpdateLinkError};
use userplane::models::{CreateLinkBody, UpdateLinkBody};
use userplane::{
    BodyProblem, CallOptions, Client, Error, Pacing, ResponseCode, RetryPolicy, TransportStage,
};

const ME: &str = r#"{"message":"ok","data":{"user":{"id":"usr_1"}}}"#;
const LINK: &str = r#"{"message":"ok","data":{"workspaceId":"ws","link":{"linkId":"lnk_1"}}}"#;
/// The wall time the manual clock starts at: Wed, 21 Oct 2015 07:28:00 GMT.
const NOW: u64 = 1_445_412_480;

fn rate_limited() -> Fault {
    Fault::error(
        429,
        "RATE_LIMITED",
        "Rate limit exceeded. Wait and retry with exponential backoff.",
    )
}

fn unavailable() -> Fault {
    Fault::error(
        503,
        "SERVICE_UNAVAILABLE",
        "API key verification service is temporarily unavailable.",
    )
}

fn ms(v: &[u64]) -> Vec<Duration> {
    v.iter().map(|&m| Duration::from_millis(m)).collect()
}

struct Setup {
    server: FaultServer,
    clock: Arc<ManualClock>,
    client: Client,
}

async fn setup_with(script: Vec<Fault>, fallback: Fault, policy: RetryPolicy) -> Setup {
    let server = FaultServer::start(script, fallback).await;
    let clock = Arc::new(ManualClock::new(UNIX_EPOCH + Duration::from_secs(NOW)));
    let client = Client::builder()
        .base_url(server.url())
        .api_key("uspl_test_key")
        .retry_policy(policy)
        .clock(clock.clone())
        .jitter(Arc::new(FixedJitter(0.5)))
        .attempt_timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    Setup {
        server,
        clock,
        client,
    }
}

async fn setup(script: Vec<Fault>, fallback: Fault) -> Setup {
    setup_with(script, fallback, RetryPolicy::default()).await
}

fn create_body() -> CreateLinkBody {
    CreateLinkBody::new("dom_1".into())
}

#[tokio::test]
async fn a_429_storm_backs_off_exponentially_then_gives_up() {
    let s = setup(vec![], rate_limited()).await;
    match s.client.get_me().await {
        Err(Error::Api(GetMeError::RateLimited(e))) => assert_eq!(e.status().as_u16(), 429),
        other => panic!("{other:?}"),
    }
    assert_eq!(s.server.requests(), 4, "1 attempt + 3 retries");
    // Full jitter at 0.5 of 1 s, 2 s, 4 s.
    assert_eq!(s.clock.sleeps(), ms(&[500, 1000, 2000]));
}

#[tokio::test]
async fn retry_after_in_seconds_replaces_the_backoff() {
    let s = setup(vec![], rate_limited().with_header("retry-after", "7")).await;
    assert!(s.client.get_me().await.is_err());
    assert_eq!(s.clock.sleeps(), ms(&[7000, 7000, 7000]));
}

#[tokio::test]
async fn retry_after_as_an_http_date() {
    let script = vec![
        rate_limited().with_header("retry-after", "Wed, 21 Oct 2015 07:28:30 GMT"),
        Fault::json(200, ME),
    ];
    let s = setup(script, rate_limited()).await;
    assert_eq!(s.client.get_me().await.unwrap().user.id, "usr_1");
    assert_eq!(s.clock.sleeps(), ms(&[30_000]));
}

#[tokio::test]
async fn retry_after_is_clamped_and_the_deadline_holds() {
    let s = setup(vec![], rate_limited().with_header("retry-after", "3600")).await;
    assert!(s.client.get_me().await.is_err());
    // Clamped to 60 s; the third wait would end past the 120 s deadline.
    assert_eq!(s.clock.sleeps(), ms(&[60_000]));
    assert_eq!(s.server.requests(), 2);

    let s = setup(vec![], rate_limited().with_header("retry-after", "4")).await;
    let result = s
        .client
        .get_me()
        .options(CallOptions::new().deadline(Duration::from_secs(10)))
        .await;
    assert!(matches!(
        result,
        Err(Error::Api(GetMeError::RateLimited(_)))
    ));
    // A third wait of 4 s would reach the 10 s deadline.
    assert_eq!(s.clock.sleeps(), ms(&[4000, 4000]));
    assert_eq!(s.server.requests(), 3);
}

#[tokio::test]
async fn a_503_then_success() {
    let s = setup(vec![unavailable(), Fault::json(200, ME)], rate_limited()).await;
    assert_eq!(s.client.get_me().await.unwrap().user.id, "usr_1");
    assert_eq!(s.server.requests(), 2);
    assert_eq!(s.clock.sleeps(), ms(&[500]));
}

#[tokio::test]
async fn a_500_on_post_reaches_the_server_once() {
    let failed = Fault::error(500, "LINK_CREATE_FAILED", "Failed to create the link");
    let s = setup(vec![], failed.clone()).await;
    match s.client.create_link("ws", create_body()).await {
        Err(Error::Api(CreateLinkError::LinkCreateFailed(_))) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(s.server.requests(), 1);
    assert!(s.clock.sleeps().is_empty());

    // The same 500 on an idempotent PUT is retried.
    let s = setup(vec![], Fault::error(500, "LINK_UPDATE_FAILED", "Failed")).await;
    let update = UpdateLinkBody::default();
    assert!(matches!(
        s.client.update_link("ws", "lnk_1", update).await,
        Err(Error::Api(UpdateLinkError::LinkUpdateFailed(_)))
    ));
    assert_eq!(s.server.requests(), 4);

    // Opting in retries the POST too.
    let policy = RetryPolicy::default().retry_non_idempotent(true);
    let s = setup_with(vec![failed, Fault::json(200, LINK)], rate_limited(), policy).await;
    assert_eq!(
        s.client
            .create_link("ws", create_body())
            .await
            .unwrap()
            .link
            .link_id,
        "lnk_1"
    );
    assert_eq!(s.server.requests(), 2);
}

#[tokio::test]
async fn a_post_is_retried_when_the_failure_shows_it_was_not_processed() {
    let s = setup(
        vec![rate_limited(), unavailable(), Fault::json(200, LINK)],
        rate_limited(),
    )
    .await;
    assert_eq!(
        s.client
            .create_link("ws", create_body())
            .await
            .unwrap()
            .link
            .link_id,
        "lnk_1"
    );
    assert_eq!(s.server.requests(), 3);
    assert_eq!(s.clock.sleeps(), ms(&[500, 1000]));

    // A 503 whose code the spec does not mark unprocessed may have run.
    let proxy_503 = Fault::error(503, "UPSTREAM_DOWN", "Bad gateway");
    let s = setup(vec![], proxy_503).await;
    assert!(s.client.create_link("ws", create_body()).await.is_err());
    assert_eq!(s.server.requests(), 1);
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_a_post() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let clock = Arc::new(ManualClock::new(UNIX_EPOCH + Duration::from_secs(NOW)));
    let client = Client::builder()
        .base_url(format!("http://127.0.0.1:{port}/api/v1"))
        .api_key("uspl_test_key")
        .clock(clock.clone())
        .jitter(Arc::new(FixedJitter(0.5)))
        .build()
        .unwrap();
    match client.create_link("ws", create_body()).await {
        Err(Error::Transport(e)) => assert!(e.is_connect()),
        other => panic!("{other:?}"),
    }
    assert_eq!(clock.sleeps(), ms(&[500, 1000, 2000]));
}

#[tokio::test]
async fn a_reset_connection() {
    let s = setup(vec![Fault::Reset, Fault::json(200, ME)], rate_limited()).await;
    assert_eq!(s.client.get_me().await.unwrap().user.id, "usr_1");
    assert_eq!(s.server.requests(), 2);

    // After sending, a reset may hide a processed POST: not retried.
    let s = setup(vec![Fault::Reset, Fault::json(200, LINK)], rate_limited()).await;
    match s.client.create_link("ws", create_body()).await {
        Err(Error::Transport(e)) => {
            assert!(!e.is_connect());
            assert_eq!(e.stage(), TransportStage::Request);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(s.server.requests(), 1);
}

#[tokio::test]
async fn a_connection_closed_mid_body() {
    let cut = Fault::CloseMidBody {
        status: 200,
        declared: 500,
        partial: br#"{"message":"ok","data":{"us"#.to_vec(),
    };
    let s = setup(vec![cut.clone(), Fault::json(200, ME)], rate_limited()).await;
    assert_eq!(s.client.get_me().await.unwrap().user.id, "usr_1");
    assert_eq!(s.server.requests(), 2);

    let s = setup_with(vec![cut], rate_limited(), RetryPolicy::none()).await;
    match s.client.get_me().await {
        Err(Error::Transport(e)) => assert_eq!(e.stage(), TransportStage::Body),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn malformed_error_bodies_are_kept_and_classified_by_status() {
    let truncated = Fault::json(500, r#"{"error":"LINK_UPD"#);
    let html = Fault::Respond {
        status: 502,
        headers: vec![("content-type".into(), "text/html".into())],
        body: b"<html><body>Bad Gateway</body></html>".to_vec(),
    };
    let empty = Fault::Respond {
        status: 503,
        headers: vec![],
        body: vec![],
    };
    let s = setup_with(
        vec![truncated, html, empty],
        rate_limited(),
        RetryPolicy::none(),
    )
    .await;
    for expected in ["not json", "not json", "empty"] {
        match s.client.get_me().await {
            Err(Error::Api(GetMeError::Unknown(e))) => {
                assert_eq!(e.code(), &ResponseCode::Missing);
                let ok = match expected {
                    "empty" => e.problem() == Some(&BodyProblem::Empty),
                    _ => matches!(e.problem(), Some(BodyProblem::NotJson(_))),
                };
                assert!(ok, "{e}");
                assert!(e.is_retryable());
            }
            other => panic!("{other:?}"),
        }
    }
    // They are 5xx, so a retrying client retries them.
    let s = setup(
        vec![Fault::json(500, "{"), Fault::json(200, ME)],
        rate_limited(),
    )
    .await;
    assert!(s.client.get_me().await.is_ok());
    assert_eq!(s.server.requests(), 2);
}

#[tokio::test]
async fn a_truncated_success_body_is_a_decode_error_and_not_retried() {
    let s = setup(
        vec![Fault::json(
            200,
            r#"{"message":"ok","data":{"user":{"id":"usr"#,
        )],
        rate_limited(),
    )
    .await;
    match s.client.get_me().await {
        Err(Error::Decode(e)) => {
            assert_eq!(
                e.body().as_ref(),
                br#"{"message":"ok","data":{"user":{"id":"usr"#
            );
            assert!(
                e.reason().starts_with("EOF while parsing"),
                "{}",
                e.reason()
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(s.server.requests(), 1);
}

#[tokio::test]
async fn a_huge_error_body_is_read_only_in_part() {
    let mut body = br#"{"error":"RATE_LIMITED","message":""#.to_vec();
    body.resize(8 * 1024 * 1024, b'x');
    let huge = Fault::Respond {
        status: 500,
        headers: vec![],
        body,
    };
    let s = setup_with(vec![huge], rate_limited(), RetryPolicy::none()).await;
    match s.client.get_me().await {
        Err(Error::Api(e)) => {
            let e = e.api_error();
            assert_eq!(e.body().len(), 64 * 1024);
            assert!(matches!(e.problem(), Some(BodyProblem::NotJson(_))));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn per_call_policy_overrides_the_client() {
    let s = setup(vec![], rate_limited()).await;
    let result = s
        .client
        .get_me()
        .options(CallOptions::new().retry(RetryPolicy::none()))
        .await;
    assert!(result.is_err());
    assert_eq!(s.server.requests(), 1);
    let policy = RetryPolicy::new()
        .max_retries(1)
        .base_delay(Duration::from_millis(100));
    let result = s
        .client
        .get_me()
        .options(CallOptions::new().retry(policy))
        .await;
    assert!(result.is_err());
    assert_eq!(s.server.requests(), 3);
    assert_eq!(s.clock.sleeps(), ms(&[50]));
}

#[tokio::test]
async fn pacing_keeps_calls_under_the_limit() {
    let server = FaultServer::start(vec![], Fault::json(200, ME)).await;
    let clock = Arc::new(ManualClock::new(SystemTime::now()));
    let client = Client::builder()
        .base_url(server.url())
        .api_key("uspl_test_key")
        .pacing(Pacing::new().limit(2, Duration::from_secs(10)))
        .clock(clock.clone())
        .build()
        .unwrap();
    for _ in 0..5 {
        client.get_me().await.unwrap();
    }
    assert_eq!(server.requests(), 5);
    // Each slot is held for its window plus the margin: the default 5 ms,
    // plus twice the latency, which the manual clock measures as none.
    assert_eq!(clock.sleeps(), ms(&[10_005, 10_005]));
}

#[tokio::test]
async fn the_documented_quota_is_opt_in() {
    let plain = Client::builder().api_key("uspl_k").build().unwrap();
    assert!(!plain.transport().is_paced());
    let paced = Client::builder()
        .api_key("uspl_k")
        .pace_to_quota()
        .build()
        .unwrap();
    assert!(paced.transport().is_paced());
}

#[tokio::test]
async fn a_429_pauses_every_call_of_a_paced_client() {
    let script = vec![rate_limited().with_header("retry-after", "5")];
    let server = FaultServer::start(script, Fault::json(200, ME)).await;
    let clock = Arc::new(ManualClock::new(SystemTime::now()));
    let client = Client::builder()
        .base_url(server.url())
        .api_key("uspl_test_key")
        .pacing(Pacing::new().limit(100, Duration::from_secs(60)))
        .no_retries()
        .clock(clock.clone())
        .build()
        .unwrap();
    assert!(client.get_me().await.is_err());
    assert!(clock.sleeps().is_empty());
    // A clone shares the pause: its next call waits out the server's 5 s.
    let clone = client.clone();
    clone.get_me().await.unwrap();
    assert_eq!(clock.sleeps(), ms(&[5000]));
    client.get_me().await.unwrap();
    assert_eq!(clock.sleeps(), ms(&[5000]));
    assert_eq!(server.requests(), 3);
}
