//! Decodes one error body in a loop, typed and with the baseline, for
//! profiling: `cargo run --release -p docspec-benches --example decode_profile`.

use std::hint::black_box;

use bytes::Bytes;
use http::StatusCode;
use userplane::ApiError;

#[derive(serde::Deserialize)]
#[allow(dead_code)]
struct Plain {
    error: String,
    message: String,
}

fn main() {
    let body = Bytes::from_static(
        br#"{"error":"LINK_NOT_FOUND","message":"Link does not exist. See https://docs.userplane.io/api/error-handling"}"#,
    );
    let n = 3_000_000;
    for round in 0..3 {
        let started = std::time::Instant::now();
        for _ in 0..n {
            black_box(ApiError::decode(
                StatusCode::NOT_FOUND,
                black_box(body.clone()),
            ));
        }
        let typed = started.elapsed().as_nanos() as f64 / f64::from(n);
        let started = std::time::Instant::now();
        for _ in 0..n {
            black_box(serde_json::from_slice::<Plain>(black_box(&body)).ok());
        }
        let plain = started.elapsed().as_nanos() as f64 / f64::from(n);
        println!("round {round}: typed {typed:.1} ns, baseline {plain:.1} ns per decode");
    }
}
