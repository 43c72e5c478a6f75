//! Time and randomness, injectable so that backoff and pacing can be tested
//! to the millisecond without sleeping.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::{Duration, Instant, SystemTime};

/// A source of time for retries and pacing.
pub trait Clock: Send + Sync + fmt::Debug + 'static {
    /// A monotonic reading.
    fn now(&self) -> Instant;

    /// Wall-clock time, to read HTTP-date `Retry-After` values.
    fn system_now(&self) -> SystemTime;

    /// Waits for `duration`.
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>>;
}

/// The real clock: `Instant::now`, `SystemTime::now` and `tokio::time::sleep`.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioClock;

impl Clock for TokioClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn system_now(&self) -> SystemTime {
        SystemTime::now()
    }

    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// A source of jitter samples in `[0, 1)`.
pub trait Jitter: Send + Sync + fmt::Debug + 'static {
    /// The next sample.
    fn sample(&self) -> f64;
}

/// Uniform random jitter.
#[derive(Clone, Copy, Debug, Default)]
pub struct RandomJitter;

impl Jitter for RandomJitter {
    fn sample(&self) -> f64 {
        fastrand::f64()
    }
}
