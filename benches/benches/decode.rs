//! Turning an error response into the typed error, against plain
//! `serde_json::from_slice` into a struct of two `String`s. Also counts
//! allocations per decode with a counting global allocator.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};

use bytes::Bytes;
use criterion::{Criterion, criterion_group, criterion_main};
use http::StatusCode;
use userplane::ApiError;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards to the system allocator and only counts calls.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: same contract as the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Plain {
    error: String,
    message: String,
}

const BODY: &[u8] = br#"{"error":"LINK_NOT_FOUND","message":"Link does not exist. See https://docs.userplane.io/api/error-handling"}"#;
const UNKNOWN: &[u8] = br#"{"error":"LINK_QUARANTINED","message":"Link is under review"}"#;
const HTML: &[u8] = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";

fn allocations(f: impl Fn()) -> f64 {
    const N: usize = 10_000;
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    for _ in 0..N {
        f();
    }
    (ALLOCATIONS.load(Ordering::Relaxed) - before) as f64 / N as f64
}

fn decode(c: &mut Criterion) {
    let typed = |body: &'static [u8]| {
        black_box(ApiError::decode(
            StatusCode::NOT_FOUND,
            Bytes::from_static(black_box(body)),
        ));
    };
    let plain = |body: &'static [u8]| {
        black_box(serde_json::from_slice::<Plain>(black_box(body)).ok());
    };
    println!(
        "allocations per decode: typed {:.1}, baseline {:.1}; unknown code {:.1}; HTML body {:.1}",
        allocations(|| typed(BODY)),
        allocations(|| plain(BODY)),
        allocations(|| typed(UNKNOWN)),
        allocations(|| typed(HTML)),
    );
    let mut group = c.benchmark_group("decode");
    group.bench_function("typed ApiError (known code)", |b| b.iter(|| typed(BODY)));
    group.bench_function("baseline serde_json into two Strings", |b| {
        b.iter(|| plain(BODY))
    });
    group.bench_function("typed ApiError (unknown code)", |b| {
        b.iter(|| typed(UNKNOWN))
    });
    group.bench_function("typed ApiError (HTML body)", |b| b.iter(|| typed(HTML)));
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
