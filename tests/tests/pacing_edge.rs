//! Pacing against a server that enforces a rolling window, counted when each
//! request arrives: the window's edge must not cost 429s.

use std::time::Duration;

use docspec::{Pacing, RetryPolicy};
use futures_util::StreamExt;

const LIMIT: u32 = 20;
const PER: Duration = Duration::from_secs(2);
const CALLS: usize = 100;

async fn run(client: &userplane::Client) -> Vec<Result<(), String>> {
    futures_util::stream::iter(0..CALLS)
        .map(|_| async { client.get_me().await.map(drop).map_err(|e| e.to_string()) })
        .buffer_unordered(32)
        .collect()
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paced_client_uses_the_quota_without_crossing_the_windows_edge() {
    let mock = userplane_mock::builder()
        .enforce_quota(LIMIT, PER)
        .start()
        .await
        .unwrap();
    let client = userplane::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .pacing(Pacing::new().limit(LIMIT, PER))
        .build()
        .unwrap();
    let results = run(&client).await;
    assert!(results.iter().all(Result::is_ok), "{results:?}");
    let stats = mock.quota_stats().unwrap();
    assert_eq!(stats.accepted, CALLS as u64, "{stats:?}");
    assert!(stats.rejected_share() <= 0.01, "{stats:?}");
    assert!(
        stats.quota_used() >= 0.90,
        "{:.3}: {stats:?}",
        stats.quota_used()
    );
}

#[tokio::test]
async fn the_same_server_refuses_an_unpaced_client() {
    let mock = userplane_mock::builder()
        .enforce_quota(LIMIT, PER)
        .start()
        .await
        .unwrap();
    let client = userplane::Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let results = run(&client).await;
    let refused = results
        .iter()
        .filter(|r| r.as_ref().is_err_and(|e| e.contains("RATE_LIMITED")))
        .count();
    assert_eq!(refused, CALLS - LIMIT as usize, "{results:?}");
    let stats = mock.quota_stats().unwrap();
    assert_eq!((stats.accepted, stats.rejected), (20, 80));
}
