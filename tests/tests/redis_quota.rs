//! One quota shared through a real `redis-server` (started by the tests on
//! a free loopback port): several clients and several processes, a 429's
//! pause reaching every worker, Redis going away and coming back, and exact
//! reservations under concurrency.

use std::time::{Duration, Instant};

use docspec::quota_store::{QuotaStore, Refusal, Reservation};
use docspec::{Pacing, RedisQuota, RetryPolicy, TransportStage, WhenStoreFails};
use docspec_tests::capture::Captured;
use docspec_tests::redis::RedisServer;
use futures_util::StreamExt;
use userplane_mock::{MockResponse, MockServer};

const LIMIT: u32 = 20;
const PER: Duration = Duration::from_secs(2);

async fn mock() -> MockServer {
    userplane_mock::builder()
        .enforce_quota(LIMIT, PER)
        .start()
        .await
        .unwrap()
}

fn client(mock: &MockServer, store: RedisQuota, when: WhenStoreFails) -> userplane::Client {
    userplane::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .pacing(Pacing::new().limit(LIMIT, PER))
        .quota_store(store)
        .when_store_fails(when)
        .build()
        .unwrap()
}

/// `calls` calls of `get_me`, 16 at a time; the errors' texts.
async fn calls(client: &userplane::Client, calls: usize) -> Vec<String> {
    futures_util::stream::iter(0..calls)
        .map(|_| async { client.get_me().await.err().map(|e| e.to_string()) })
        .buffer_unordered(16)
        .filter_map(|e| async { e })
        .collect()
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_clients_share_one_quota() {
    let Some(redis) = RedisServer::start("several_clients_share_one_quota") else {
        return;
    };
    let mock = mock().await;
    let clients: Vec<_> = (0..3)
        .map(|_| {
            let store = RedisQuota::new(&redis.url(), "acct-shared").unwrap();
            client(&mock, store, WhenStoreFails::FailCall)
        })
        .collect();
    let runs = clients.iter().map(|c| calls(c, 20));
    let errors: Vec<String> = futures_util::future::join_all(runs).await.concat();
    assert!(errors.is_empty(), "{errors:?}");
    let stats = mock.quota_stats().unwrap();
    assert_eq!((stats.accepted, stats.rejected), (60, 0), "{stats:?}");
    assert!(
        stats.quota_used() >= 0.9,
        "{:.3}: {stats:?}",
        stats.quota_used()
    );
}

/// Run as a separate OS process by `separate_processes_share_one_quota`.
#[tokio::test]
#[ignore = "a worker process of separate_processes_share_one_quota"]
async fn worker_process() {
    let (Ok(redis), Ok(base_url), Ok(key)) = (
        std::env::var("WORKER_REDIS"),
        std::env::var("WORKER_BASE_URL"),
        std::env::var("WORKER_KEY"),
    ) else {
        panic!("run by separate_processes_share_one_quota");
    };
    let client = userplane::Client::builder()
        .base_url(base_url)
        .api_key(key)
        .pacing(Pacing::new().limit(LIMIT, PER))
        .quota_store(RedisQuota::new(&redis, "acct-processes").unwrap())
        .when_store_fails(WhenStoreFails::FailCall)
        .build()
        .unwrap();
    let errors = calls(&client, 20).await;
    assert!(errors.is_empty(), "{errors:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn separate_processes_share_one_quota() {
    let Some(redis) = RedisServer::start("separate_processes_share_one_quota") else {
        return;
    };
    let mock = mock().await;
    let spawn = || {
        tokio::process::Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "worker_process", "--quiet"])
            .env("WORKER_REDIS", redis.url())
            .env("WORKER_BASE_URL", mock.base_url())
            .env("WORKER_KEY", mock.api_key())
            .output()
    };
    let outputs = futures_util::future::join_all((0..3).map(|_| spawn())).await;
    for out in outputs {
        let out = out.unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    let stats = mock.quota_stats().unwrap();
    assert_eq!((stats.accepted, stats.rejected), (60, 0), "{stats:?}");
    assert!(
        stats.quota_used() >= 0.9,
        "{:.3}: {stats:?}",
        stats.quota_used()
    );
}

#[tokio::test]
async fn a_429_seen_by_one_worker_pauses_every_worker() {
    let Some(redis) = RedisServer::start("a_429_seen_by_one_worker_pauses_every_worker") else {
        return;
    };
    let mock = mock().await;
    let first = userplane::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .pacing(Pacing::new().limit(LIMIT, PER))
        .quota_store(RedisQuota::new(&redis.url(), "acct-pause").unwrap())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    mock.enqueue(
        "get_me",
        MockResponse::error("RATE_LIMITED").header("retry-after", "3"),
    );
    let refused = first.get_me().await.unwrap_err();
    assert_eq!(refused.status().map(|s| s.as_u16()), Some(429));
    // Another worker, with a store of its own on the same Redis and account.
    let other = RedisQuota::new(&redis.url(), "acct-pause").unwrap();
    let limits = [(LIMIT, PER)];
    let wait = other
        .reserve(Reservation::new("Userplane", &limits, Instant::now()))
        .await
        .unwrap();
    assert!(
        wait > Duration::from_millis(2_500) && wait <= Duration::from_secs(3),
        "{wait:?}"
    );
    // Another account is not paused.
    let stranger = RedisQuota::new(&redis.url(), "acct-other").unwrap();
    let wait = stranger
        .reserve(Reservation::new("Userplane", &limits, Instant::now()))
        .await
        .unwrap();
    assert_eq!(wait, Duration::ZERO);
}

#[tokio::test]
async fn an_outage_sends_unpaced_or_fails_as_configured_and_a_restart_is_survived() {
    let Some(mut redis) = RedisServer::start("an_outage_…") else {
        return;
    };
    let mock = mock().await;
    let url = redis.url();
    let store = || RedisQuota::new(&url, "acct-outage").unwrap();
    let unpaced = client(&mock, store(), WhenStoreFails::SendUnpaced);
    let strict = userplane::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .pacing(Pacing::new().limit(LIMIT, PER))
        .quota_store(store())
        .when_store_fails(WhenStoreFails::FailCall)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    assert!(calls(&unpaced, 2).await.is_empty());
    assert!(calls(&strict, 2).await.is_empty());

    redis.stop();
    let before = mock.request_count("get_me");
    let warnings = Captured::default();
    let writer = warnings.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::WARN)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    {
        // The test's runtime runs on this thread: the subscriber sees it all.
        let _guard = tracing::subscriber::set_default(subscriber);
        assert!(calls(&unpaced, 3).await.is_empty(), "sent unpaced");
    }
    assert_eq!(mock.request_count("get_me") - before, 3);
    let text = warnings.text();
    assert_eq!(
        text.matches("the quota store could not be used: sending unpaced")
            .count(),
        3,
        "{text}"
    );
    let err = strict.get_me().await.unwrap_err();
    let docspec::Error::Transport(transport) = &err else {
        panic!("{err:?}");
    };
    assert_eq!(transport.stage(), TransportStage::Quota);
    assert_eq!(
        err.to_string(),
        "get_me: the quota store could not be used; nothing was sent"
    );
    assert_eq!(mock.request_count("get_me") - before, 3, "nothing sent");
    // With retries, a failing store is retried like a refused connection.
    let retrying = userplane::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .pacing(Pacing::new().limit(LIMIT, PER))
        .quota_store(store())
        .when_store_fails(WhenStoreFails::FailCall)
        .retry_policy(
            RetryPolicy::new()
                .max_retries(2)
                .base_delay(Duration::from_millis(1)),
        )
        .build()
        .unwrap();
    let events = Captured::default();
    let writer = events.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let err = {
        let _guard = tracing::subscriber::set_default(subscriber);
        retrying.get_me().await.unwrap_err()
    };
    assert!(matches!(&err, docspec::Error::Transport(t) if t.stage() == TransportStage::Quota));
    assert_eq!(
        events.text().matches("retrying").count(),
        2,
        "{}",
        events.text()
    );
    assert_eq!(
        mock.request_count("get_me") - before,
        3,
        "still nothing sent"
    );

    redis.restart();
    // The connection comes back on its own: the strict client is paced again.
    let mut recovered = false;
    for _ in 0..20 {
        if strict.get_me().await.is_ok() {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(recovered, "the store never came back after the restart");
    let mut inspect = redis::Client::open(redis.url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    let slots: u64 = redis::cmd("ZCARD")
        .arg("docspec:quota:{Userplane:acct-outage}:20/2000ms")
        .query_async(&mut inspect)
        .await
        .unwrap();
    assert_eq!(slots, 1, "the slot of the call after the restart");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_reservations_are_neither_lost_nor_doubled() {
    let Some(redis) = RedisServer::start("concurrent_reservations_…") else {
        return;
    };
    let stores: Vec<RedisQuota> = (0..4)
        .map(|_| RedisQuota::new(&redis.url(), "acct-race").unwrap())
        .collect();
    let limits = [
        (50, Duration::from_secs(10)),
        (120, Duration::from_secs(60)),
    ];
    let reservations = (0..200).map(|i| {
        let store = &stores[i % stores.len()];
        let limits = &limits;
        async move {
            store
                .reserve(Reservation::new("Notes", limits, Instant::now()))
                .await
        }
    });
    let mut waits: Vec<u64> = futures_util::future::join_all(reservations)
        .await
        .into_iter()
        .map(|r| match r {
            Ok(wait) => (wait.as_secs_f64().round()) as u64,
            Err(Refusal::Store(e)) => panic!("{e}"),
            Err(e) => panic!("{e:?}"),
        })
        .collect();
    waits.sort_unstable();
    // 50 slots per 10 s, and the daily-style limit of 120 per minute: the
    // 121st slot waits for the first minute to pass.
    let mut expected = Vec::new();
    for (wait, count) in [(0, 50), (10, 50), (20, 20), (60, 50), (70, 30)] {
        expected.extend(std::iter::repeat_n(wait, count));
    }
    assert_eq!(waits, expected);
    let mut inspect = redis::Client::open(redis.url())
        .unwrap()
        .get_multiplexed_async_connection()
        .await
        .unwrap();
    for key in ["50/10000ms", "120/60000ms"] {
        let slots: u64 = redis::cmd("ZCARD")
            .arg(format!("docspec:quota:{{Notes:acct-race}}:{key}"))
            .query_async(&mut inspect)
            .await
            .unwrap();
        assert_eq!(slots, 200, "{key}");
    }
}
