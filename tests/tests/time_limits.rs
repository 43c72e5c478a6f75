//! The attempt timeout and the whole-call deadline, against a loopback
//! server that never answers. The clock is manual: an attempt's timer fires
//! only when the test moves time past it, so each test states exactly when
//! every attempt ends, and no test waits for a timeout in real time.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use docspec_tests::faults::{Fault, FaultServer};
use docspec_tests::time::{FixedJitter, ManualClock};
use userplane::models::CreateLinkBody;
use userplane::{CallOptions, Client, ClientBuilder, Error, Pacing, TimeLimit, TimeoutError};

const ME: &str = r#"{"message":"ok","data":{"user":{"id":"usr_1"}}}"#;

fn ms(v: u64) -> Duration {
    Duration::from_millis(v)
}

fn secs(v: u64) -> Duration {
    Duration::from_secs(v)
}

/// A server that holds every request for an hour, and a client on the
/// manual clock with jitter fixed at half the backoff.
async fn silent() -> (FaultServer, Arc<ManualClock>, ClientBuilder<Client>) {
    let never = Fault::Slow(secs(3600), Box::new(Fault::json(200, ME)));
    let server = FaultServer::start(vec![], never).await;
    let clock = Arc::new(ManualClock::new(SystemTime::UNIX_EPOCH));
    let builder = Client::builder()
        .base_url(server.url())
        .api_key("uspl_test_key")
        .clock(clock.clone())
        .jitter(Arc::new(FixedJitter(0.5)));
    (server, clock, builder)
}

/// Waits (in real time, at most 10 s) until `done` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..10_000 {
        if done() {
            return;
        }
        tokio::time::sleep(ms(1)).await;
    }
    panic!("gave up waiting until {what}");
}

/// Lets the call run a little, in real time, and checks it is still going.
async fn still_running<T>(call: &tokio::task::JoinHandle<T>) {
    tokio::time::sleep(ms(50)).await;
    assert!(!call.is_finished(), "the call ended early");
}

fn timeout<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> TimeoutError {
    match result {
        Err(Error::Timeout(t)) => t,
        other => panic!("expected a timeout, got {other:?}"),
    }
}

/// The report's case: a 2 s timeout against a server that never answers
/// took 11.5 s and said "timed out after 2s". The same settings now say
/// what happened: four attempts of 2 s each, with backoff between them.
#[tokio::test]
async fn an_attempt_timeout_limits_each_attempt_and_says_so() {
    let (server, clock, builder) = silent().await;
    let client = builder.attempt_timeout(secs(2)).build().unwrap();
    let call = tokio::spawn(async move { client.get_me().await });
    for attempt in 1..=4 {
        until("the attempt reaches the server", || {
            server.requests() == attempt
        })
        .await;
        clock.advance(ms(1999));
        still_running(&call).await;
        clock.advance(ms(1));
    }
    let t = timeout(call.await.unwrap());
    assert_eq!(t.limit(), TimeLimit::Attempt(secs(2)));
    assert_eq!(t.attempts(), 4);
    assert_eq!(
        t.to_string(),
        "get_me: timed out after 4 attempts: the last ran past the 2s attempt timeout"
    );
    assert_eq!(server.requests(), 4);
    // 4 × 2 s of attempts and 0.5 + 1 + 2 s of backoff.
    assert_eq!(clock.sleeps(), [ms(500), ms(1000), ms(2000)]);
    assert_eq!(clock.elapsed(), ms(11_500));
}

/// A deadline shorter than attempts and backoff: the second attempt's
/// timeout shrinks to the time left, and the call ends at the deadline.
#[tokio::test]
async fn an_attempt_never_runs_past_the_deadline() {
    let (server, clock, builder) = silent().await;
    let client = builder.attempt_timeout(secs(2)).build().unwrap();
    let call = tokio::spawn(async move {
        client
            .get_me()
            .options(CallOptions::new().deadline(secs(3)))
            .await
    });
    until("the first attempt", || server.requests() == 1).await;
    clock.advance(secs(2));
    // Backoff 0.5 s, then an attempt with 0.5 s left.
    until("the second attempt", || server.requests() == 2).await;
    assert_eq!(clock.elapsed(), ms(2500));
    clock.advance(ms(499));
    still_running(&call).await;
    clock.advance(ms(1));
    let t = timeout(call.await.unwrap());
    assert_eq!(t.limit(), TimeLimit::Deadline(secs(3)));
    assert_eq!(t.attempts(), 2);
    assert_eq!(
        t.to_string(),
        "get_me: timed out after 2 attempts: the 3s deadline for the whole call ran out"
    );
    assert_eq!(clock.elapsed(), secs(3));
    assert_eq!(server.requests(), 2);
}

/// The client's deadline applies to calls that set none, and a call can
/// lift it.
#[tokio::test]
async fn the_deadline_is_set_on_the_client_and_lifted_per_call() {
    let (server, clock, builder) = silent().await;
    let client = builder
        .attempt_timeout(secs(30))
        .deadline(secs(2))
        .no_retries()
        .build()
        .unwrap();
    assert_eq!(client.transport().deadline(), Some(secs(2)));
    assert_eq!(client.transport().attempt_timeout(), Some(secs(30)));
    let c = client.clone();
    let call = tokio::spawn(async move { c.get_me().await });
    until("the attempt", || server.requests() == 1).await;
    clock.advance(secs(2));
    let t = timeout(call.await.unwrap());
    assert_eq!(t.limit(), TimeLimit::Deadline(secs(2)));
    assert_eq!(t.attempts(), 1);

    let call = tokio::spawn(async move {
        client
            .get_me()
            .options(CallOptions::new().deadline(None))
            .await
    });
    until("the second call's attempt", || server.requests() == 2).await;
    clock.advance(secs(29));
    still_running(&call).await;
    clock.advance(secs(1));
    let t = timeout(call.await.unwrap());
    assert_eq!(t.limit(), TimeLimit::Attempt(secs(30)));
}

/// A POST that timed out may have been processed: not retried, whatever
/// time is left.
#[tokio::test]
async fn a_timed_out_post_is_not_retried() {
    let (server, clock, builder) = silent().await;
    let client = builder.attempt_timeout(secs(1)).build().unwrap();
    let call = tokio::spawn(async move {
        client
            .create_link("ws", CreateLinkBody::new("dom_1".into()))
            .await
    });
    until("the attempt", || server.requests() == 1).await;
    clock.advance(secs(1));
    let t = timeout(call.await.unwrap());
    assert_eq!(t.limit(), TimeLimit::Attempt(secs(1)));
    assert_eq!(t.attempts(), 1);
    assert_eq!(server.requests(), 1);
    assert!(clock.sleeps().is_empty());
}

/// Waiting for the rate limit counts against the deadline: a wait that
/// would reach it ends the call before anything is sent.
#[tokio::test]
async fn a_pacing_wait_past_the_deadline_ends_the_call_unsent() {
    let server = FaultServer::start(vec![], Fault::json(200, ME)).await;
    let clock = Arc::new(ManualClock::new(SystemTime::UNIX_EPOCH));
    let client = Client::builder()
        .base_url(server.url())
        .api_key("uspl_test_key")
        .clock(clock.clone())
        .pacing(Pacing::new().limit(1, secs(60)))
        .deadline(secs(5))
        .build()
        .unwrap();
    client.get_me().await.unwrap();
    let t = timeout(client.get_me().await);
    assert_eq!(t.limit(), TimeLimit::Deadline(secs(5)));
    assert_eq!(t.attempts(), 0);
    assert_eq!(
        t.to_string(),
        "get_me: timed out before the first attempt: the 5s deadline for the whole call ran out"
    );
    assert_eq!(server.requests(), 1);
    assert!(clock.sleeps().is_empty());
}

/// A call sets its own attempt timeout, or lifts the client's.
#[tokio::test]
async fn the_attempt_timeout_is_set_per_call_or_lifted() {
    let (server, clock, builder) = silent().await;
    let client = builder
        .attempt_timeout(secs(2))
        .deadline(None)
        .no_retries()
        .build()
        .unwrap();
    let c = client.clone();
    let call = tokio::spawn(async move {
        c.get_me()
            .options(CallOptions::new().attempt_timeout(secs(7)))
            .await
    });
    until("the attempt", || server.requests() == 1).await;
    clock.advance(ms(6999));
    still_running(&call).await;
    clock.advance(ms(1));
    let t = timeout(call.await.unwrap());
    assert_eq!(t.limit(), TimeLimit::Attempt(secs(7)));

    // No attempt timeout and no deadline: an hour passes, the call waits on.
    let call = tokio::spawn(async move {
        client
            .get_me()
            .options(CallOptions::new().attempt_timeout(None))
            .await
    });
    until("the second call's attempt", || server.requests() == 2).await;
    clock.advance(secs(3600));
    still_running(&call).await;
    call.abort();
}
