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

    /// Waits for `duration`: a wait the caller chose (a backoff, pacing).
    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>>;

    /// Completes once [`now`](Self::now) has reached `deadline`: a limit on
    /// work running meanwhile (an attempt's timeout). A real clock sleeps
    /// until then; a test clock that jumps over its `sleep`s may fire it only
    /// when time is moved past `deadline`.
    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        self.sleep(deadline.saturating_duration_since(self.now()))
    }
}

/// The real clock: tokio's `Instant::now` and `sleep` (so a runtime with
/// paused time pauses it too), and `SystemTime::now`.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioClock;

impl Clock for TokioClock {
    fn now(&self) -> Instant {
        tokio::time::Instant::now().into_std()
    }

    fn system_now(&self) -> SystemTime {
        SystemTime::now()
    }

    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(tokio::time::sleep(duration))
    }

    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(tokio::time::sleep_until(deadline.into()))
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
