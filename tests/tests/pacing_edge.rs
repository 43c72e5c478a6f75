//! Pacing against a server that enforces a rolling window, counted when each
//! request arrives: the window's edge must not cost 429s.

use std::time::Duration;

use docspec::{Pacing, RetryPolicy};
use docspec_mock::QuotaStats;
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

/// One paced run against a fresh server: its stats, or why it failed.
async fn paced_run() -> Result<QuotaStats, String> {
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
    if let Some(failed) = results.iter().find(|r| r.is_err()) {
        return Err(format!("a call failed: {failed:?}"));
    }
    let stats = mock.quota_stats().unwrap();
    if stats.accepted != CALLS as u64 {
        return Err(format!("accepted {} of {CALLS}: {stats:?}", stats.accepted));
    }
    if stats.rejected_share() > 0.01 {
        return Err(format!("more than 1% refused: {stats:?}"));
    }
    if stats.quota_used() < 0.90 {
        return Err(format!(
            "{:.3} of the quota used: {stats:?}",
            stats.quota_used()
        ));
    }
    Ok(stats)
}

/// The run is timed by real clocks on a shared machine, where the whole
/// process can stall for longer than any latency it has measured; a stall
/// is not the window's edge, so one rerun is allowed. A pacer that ignored
/// the edge fails both runs (the unpaced client below is refused 80 times
/// in 100).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paced_client_uses_the_quota_without_crossing_the_windows_edge() {
    let _alone = ALONE.lock().await;
    let first = paced_run().await;
    if first.is_ok() {
        return;
    }
    let second = paced_run().await;
    assert!(
        second.is_ok(),
        "first run: {first:?}\nsecond run: {second:?}"
    );
}

/// The two tests share two cores; neither runs while the other does.
static ALONE: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

#[tokio::test]
async fn the_same_server_refuses_an_unpaced_client() {
    let _alone = ALONE.lock().await;
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
