//! How much of a rate limit clients use, and how many 429s they collect,
//! against a loopback server that enforces it (the Userplane mock with a
//! rolling-window quota, counted on arrival).
//!
//! `cargo run --release -p docspec-benches --example quota -- single`
//! One process, 200 `get_me` calls 32 at a time, against 20 requests per
//! rolling 2 s: paced and unpaced.
//!
//! `cargo run --release -p docspec-benches --example quota -- fleet`
//! 8 worker processes with 16 concurrent tasks each, 225 calls per worker,
//! against 600 requests per rolling 10 s: one quota shared through Redis,
//! each process pacing itself to the whole quota, and no pacing. Starts its
//! own `redis-server` on a free loopback port.
//!
//! Every call uses the default retry policy (429 and 5xx retried, honouring
//! `Retry-After`).

use std::process::Stdio;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use docspec::quota_store::{QuotaStore, Refusal, Reservation, StoreError};
use docspec::{LocalQuota, Pacing, RedisQuota};
use docspec_tests::redis::RedisServer;
use futures_util::StreamExt;
use futures_util::future::BoxFuture;

const WORKERS: usize = 8;
const TASKS: usize = 16;
const CALLS_PER_WORKER: usize = 225;
const FLEET_LIMIT: u32 = 600;
const FLEET_PER: Duration = Duration::from_secs(10);

/// A store that counts its calls and the time they take.
#[derive(Debug)]
struct Counting<S> {
    store: S,
    calls: AtomicU64,
    micros: AtomicU64,
    max_micros: AtomicU64,
}

impl<S: QuotaStore> Counting<S> {
    fn new(store: S) -> Self {
        Counting {
            store,
            calls: AtomicU64::new(0),
            micros: AtomicU64::new(0),
            max_micros: AtomicU64::new(0),
        }
    }

    fn record(&self, started: Instant) {
        let us = started.elapsed().as_micros() as u64;
        self.calls.fetch_add(1, Ordering::Relaxed);
        self.micros.fetch_add(us, Ordering::Relaxed);
        self.max_micros.fetch_max(us, Ordering::Relaxed);
    }
}

impl<S: QuotaStore> QuotaStore for Counting<S> {
    fn reserve<'a>(&'a self, r: Reservation<'a>) -> BoxFuture<'a, Result<Duration, Refusal>> {
        Box::pin(async move {
            let started = Instant::now();
            let result = self.store.reserve(r).await;
            self.record(started);
            result
        })
    }

    fn pause<'a>(
        &'a self,
        api: &'a str,
        pause: Duration,
        now: Instant,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let started = Instant::now();
            let result = self.store.pause(api, pause, now).await;
            self.record(started);
            result
        })
    }
}

/// What one process's calls came to.
#[derive(Debug, Default)]
struct Outcome {
    ok: u64,
    failed: u64,
    store_calls: u64,
    store_micros: u64,
    store_max_micros: u64,
}

impl Outcome {
    fn line(&self) -> String {
        format!(
            "{} {} {} {} {}",
            self.ok, self.failed, self.store_calls, self.store_micros, self.store_max_micros
        )
    }

    fn parse(line: &str) -> Outcome {
        let n: Vec<u64> = line
            .split_whitespace()
            .map(|s| s.parse().unwrap_or(0))
            .collect();
        Outcome {
            ok: n.first().copied().unwrap_or(0),
            failed: n.get(1).copied().unwrap_or(0),
            store_calls: n.get(2).copied().unwrap_or(0),
            store_micros: n.get(3).copied().unwrap_or(0),
            store_max_micros: n.get(4).copied().unwrap_or(0),
        }
    }

    fn add(&mut self, other: &Outcome) {
        self.ok += other.ok;
        self.failed += other.failed;
        self.store_calls += other.store_calls;
        self.store_micros += other.store_micros;
        self.store_max_micros = self.store_max_micros.max(other.store_max_micros);
    }
}

/// `calls` calls of `get_me`, `tasks` at a time.
async fn run(client: &userplane::Client, calls: usize, tasks: usize) -> (u64, u64) {
    let results: Vec<bool> = futures_util::stream::iter(0..calls)
        .map(|_| async { client.get_me().await.is_ok() })
        .buffer_unordered(tasks)
        .collect()
        .await;
    let ok = results.iter().filter(|ok| **ok).count() as u64;
    (ok, results.len() as u64 - ok)
}

fn builder(base_url: &str, key: &str) -> docspec::ClientBuilder<userplane::Client> {
    userplane::Client::builder().base_url(base_url).api_key(key)
}

/// A worker process: `mode` is `shared`, `self` or `none`.
async fn worker(mode: &str, base_url: &str, key: &str, redis: &str) -> Outcome {
    let pacing = Pacing::new().limit(FLEET_LIMIT, FLEET_PER);
    let counting = match mode {
        "shared" => Some(Arc::new(Counting::new(
            RedisQuota::new(redis, "bench").expect("redis URL"),
        ))),
        _ => None,
    };
    let client = match (mode, &counting) {
        ("shared", Some(store)) => builder(base_url, key)
            .pacing(pacing)
            .quota_store(store.clone())
            .build(),
        ("self", _) => builder(base_url, key)
            .pacing(pacing)
            .quota_store(LocalQuota::new())
            .build(),
        _ => builder(base_url, key).build(),
    }
    .expect("client");
    let (ok, failed) = run(&client, CALLS_PER_WORKER, TASKS).await;
    let mut outcome = Outcome {
        ok,
        failed,
        ..Outcome::default()
    };
    if let Some(store) = counting {
        outcome.store_calls = store.calls.load(Ordering::Relaxed);
        outcome.store_micros = store.micros.load(Ordering::Relaxed);
        outcome.store_max_micros = store.max_micros.load(Ordering::Relaxed);
    }
    outcome
}

fn report(label: &str, mock: &docspec_mock::MockServer, wall: Duration, outcome: &Outcome) {
    let stats = mock.quota_stats().expect("quota enforced");
    let calls = outcome.ok + outcome.failed;
    let mut line = format!(
        "| {label} | {} | {} | {:.1} % | {:.1} % | {:.1} s | {} |",
        stats.accepted,
        stats.rejected,
        100.0 * stats.rejected_share(),
        100.0 * stats.quota_used(),
        wall.as_secs_f64(),
        outcome.failed,
    );
    if outcome.store_calls > 0 {
        line.push_str(&format!(
            " {:.3} | {:.2} ms (max {:.1} ms) |",
            outcome.store_calls as f64 / calls as f64,
            outcome.store_micros as f64 / outcome.store_calls as f64 / 1000.0,
            outcome.store_max_micros as f64 / 1000.0,
        ));
    } else {
        line.push_str(" | |");
    }
    println!("{line}");
}

async fn fleet() {
    let redis = RedisServer::start("the fleet benchmark").expect("redis-server is installed");
    println!(
        "{WORKERS} processes × {TASKS} tasks, {CALLS_PER_WORKER} calls each, against {FLEET_LIMIT} per rolling {FLEET_PER:?}\n"
    );
    println!(
        "| Pacing | accepted | 429s | 429 share | quota used | wall time | calls failed | store round trips per call | store time per round trip |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for (mode, label) in [
        ("shared", "one quota in Redis"),
        ("self", "each process paces itself"),
        ("none", "no pacing"),
    ] {
        let mock = userplane_mock::builder()
            .enforce_quota(FLEET_LIMIT, FLEET_PER)
            .start()
            .await
            .expect("mock");
        let started = Instant::now();
        let spawn = || {
            tokio::process::Command::new(std::env::current_exe().expect("this program"))
                .env("QUOTA_WORKER", mode)
                .env("QUOTA_BASE_URL", mock.base_url())
                .env("QUOTA_KEY", mock.api_key())
                .env("QUOTA_REDIS", redis.url())
                .stderr(Stdio::inherit())
                .output()
        };
        let outputs = futures_util::future::join_all((0..WORKERS).map(|_| spawn())).await;
        let wall = started.elapsed();
        let mut total = Outcome::default();
        for out in outputs {
            let out = out.expect("a worker ran");
            total.add(&Outcome::parse(&String::from_utf8_lossy(&out.stdout)));
        }
        report(label, &mock, wall, &total);
    }
}

async fn single() {
    let (limit, per) = (20, Duration::from_secs(2));
    println!("1 process, 200 calls 32 at a time, against {limit} per rolling {per:?}\n");
    println!(
        "| Pacing | accepted | 429s | 429 share | quota used | wall time | calls failed | | |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for paced in [true, false] {
        let mock = userplane_mock::builder()
            .enforce_quota(limit, per)
            .start()
            .await
            .expect("mock");
        let mut builder = builder(&mock.base_url(), mock.api_key());
        if paced {
            builder = builder.pacing(Pacing::new().limit(limit, per));
        }
        let client = builder.build().expect("client");
        let started = Instant::now();
        let (ok, failed) = run(&client, 200, 32).await;
        let outcome = Outcome {
            ok,
            failed,
            ..Outcome::default()
        };
        let label = if paced { "paced" } else { "unpaced" };
        report(label, &mock, started.elapsed(), &outcome);
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    if let Ok(mode) = std::env::var("QUOTA_WORKER") {
        let var = |name: &str| std::env::var(name).unwrap_or_default();
        let outcome = worker(
            &mode,
            &var("QUOTA_BASE_URL"),
            &var("QUOTA_KEY"),
            &var("QUOTA_REDIS"),
        )
        .await;
        println!("{}", outcome.line());
        return;
    }
    match std::env::args().nth(1).as_deref() {
        Some("single") => single().await,
        Some("fleet") => fleet().await,
        _ => eprintln!("usage: quota single|fleet"),
    }
}
