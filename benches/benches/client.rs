//! Per-request latency and throughput of a generated client call against raw
//! `reqwest` sending the same request to the same loopback server
//! (the spec-driven mock), one at a time and 64 at once.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use futures_util::StreamExt;
use userplane::Client;

const CONCURRENT: usize = 64;

fn client(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let mock = rt.block_on(userplane_mock::start()).expect("mock");
    let key = mock.api_key().to_owned();
    let generated = Client::builder()
        .base_url(mock.base_url())
        .api_key(key.clone())
        .no_retries()
        .build()
        .expect("client");
    let raw = reqwest::Client::new();
    let url = format!(
        "{}/public/workspace/ws_acme/links/lnk_0001",
        mock.base_url()
    );

    let generated_call = || {
        let client = generated.clone();
        async move {
            let link = client.get_link("ws_acme", "lnk_0001").await.expect("ok");
            black_box(link);
        }
    };
    let raw_call = || {
        let raw = raw.clone();
        let url = url.clone();
        let key = key.clone();
        async move {
            let response = raw
                .get(&url)
                .bearer_auth(&key)
                .header("accept", "application/json")
                .send()
                .await
                .expect("ok");
            let body = response.bytes().await.expect("body");
            black_box(serde_json::from_slice::<serde_json::Value>(&body).expect("json"));
        }
    };

    let mut group = c.benchmark_group("client/sequential");
    group.throughput(Throughput::Elements(1));
    group.bench_function("generated get_link", |b| {
        b.to_async(&rt).iter(generated_call)
    });
    group.bench_function("raw reqwest + serde_json::Value", |b| {
        b.to_async(&rt).iter(raw_call)
    });
    group.finish();

    let mut group = c.benchmark_group("client/concurrent-64");
    group.throughput(Throughput::Elements(CONCURRENT as u64));
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("generated get_link", |b| {
        b.to_async(&rt).iter(|| async {
            futures_util::stream::iter(0..CONCURRENT)
                .for_each_concurrent(CONCURRENT, |_| generated_call())
                .await
        })
    });
    group.bench_function("raw reqwest + serde_json::Value", |b| {
        b.to_async(&rt).iter(|| async {
            futures_util::stream::iter(0..CONCURRENT)
                .for_each_concurrent(CONCURRENT, |_| raw_call())
                .await
        })
    });
    group.finish();

    // A plain wall-clock figure for BENCHMARKS.md: 5,000 calls at 64.
    for (name, generated_side) in [("generated", true), ("raw reqwest", false)] {
        let started = Instant::now();
        rt.block_on(async {
            futures_util::stream::iter(0..5_000)
                .for_each_concurrent(CONCURRENT, |_| async {
                    if generated_side {
                        generated_call().await
                    } else {
                        raw_call().await
                    }
                })
                .await
        });
        let secs = started.elapsed().as_secs_f64();
        println!(
            "{name}: 5000 calls at concurrency {CONCURRENT} in {secs:.3} s = {:.0} calls/s",
            5000.0 / secs
        );
    }
}

criterion_group!(benches, client);
criterion_main!(benches);
