//! Decodes one error body in a loop, for profiling:
//! `cargo run --release -p userplane-benches --example decode_profile`.

use std::hint::black_box;

use bytes::Bytes;
use http::StatusCode;
use userplane::{ApiError, ErrorCode};

fn main() {
    let body = Bytes::from_static(
        br#"{"error":"LINK_NOT_FOUND","message":"Link does not exist. See https://docs.userplane.io/api/error-handling"}"#,
    );
    let started = std::time::Instant::now();
    let n = 3_000_000;
    for _ in 0..n {
        black_box(ApiError::<ErrorCode>::decode(
            StatusCode::NOT_FOUND,
            black_box(body.clone()),
        ));
    }
    println!(
        "{:.1} ns per decode",
        started.elapsed().as_nanos() as f64 / n as f64
    );
}
