//! Client-side pacing: staying under the API's rate limits, in one process
//! or across many. The rule is documented on [`Pacing`].

mod local;
mod pacer;
#[cfg(feature = "redis")]
mod redis;

use std::fmt;
use std::time::{Duration, Instant};

use futures_util::future::BoxFuture;

pub use local::LocalQuota;
pub(crate) use pacer::Pacer;
#[cfg(feature = "redis")]
pub use redis::RedisQuota;

/// Rate limits a client keeps to.
///
/// # The rule
///
/// Each limit is "at most N requests in any window of W", checked as a
/// sliding window. That is exact for a server counting in sliding windows
/// and never exceeds one counting in fixed windows, where a token bucket
/// (a burst of N at the end of one window and N more at the start of the
/// next) could. Calls reserve their slot in order, so concurrent callers
/// queue fairly, and a caller learns how long to wait and sleeps once: no
/// polling.
///
/// # The margin at the window's edge
///
/// The server counts a request when it arrives, a little after the client
/// sent it, and the delay varies from one request to the next. A slot held
/// for exactly W lets the request N places later leave exactly W after
/// this one was sent, and reach the server before this one has left the
/// server's window whenever it travels faster. So each slot is held for W
/// plus a **margin**: twice the longest latency the client measured over its
/// last 64 calls, from the slot's time to the response (a request cannot
/// arrive later than its response; twice, for one slower than any seen
/// yet), plus a learned part that starts at
/// [`Pacing::margin`] (5 ms by default, at most a tenth of the shortest
/// window). Before the first answer, when
/// nothing has been measured and the first requests are still opening
/// connections, a tenth of the shortest window stands in for the latency.
/// Every 429 the client receives despite pacing doubles the learned part,
/// up to a tenth of the shortest window, so a client whose count runs
/// behind the server's corrects it; the 429 also pauses every call sharing
/// the quota for as long as the server asks.
///
/// # Where the count lives
///
/// A [`QuotaStore`] keeps the count. [`LocalQuota`], the default, keeps it
/// in the process, shared by a client and its clones. With the `redis`
/// feature, [`RedisQuota`] keeps it in Redis, shared by every process that
/// names the same API and account.
///
/// ```
/// use std::time::Duration;
/// let pacing = docspec::Pacing::new()
///     .limit(120, Duration::from_secs(60))
///     .limit(10_000, Duration::from_secs(86_400));
/// assert_eq!(pacing.limits().len(), 2);
/// assert_eq!(pacing.safety_margin(), Duration::from_millis(5));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pacing {
    limits: Vec<(u32, Duration)>,
    margin: Duration,
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing {
            limits: Vec::new(),
            margin: Duration::from_millis(5),
        }
    }
}

impl Pacing {
    /// No limits yet, and the default margin (5 ms).
    pub fn new() -> Self {
        Self::default()
    }

    /// At most `requests` in any window of `per`.
    #[must_use]
    pub fn limit(mut self, requests: u32, per: Duration) -> Self {
        if requests > 0 && !per.is_zero() {
            self.limits.push((requests, per));
        }
        self
    }

    /// The least time each slot is held beyond its window, before measured
    /// latencies and 429s add to it (see [`Pacing`]).
    #[must_use]
    pub fn margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// The limits, as `(requests, window)`.
    pub fn limits(&self) -> &[(u32, Duration)] {
        &self.limits
    }

    /// The least time each slot is held beyond its window (what
    /// [`margin`](Self::margin) set).
    pub fn safety_margin(&self) -> Duration {
        self.margin
    }
}

/// What a client asks its [`QuotaStore`] for: the next request slot under
/// every limit.
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct Reservation<'a> {
    /// The API's name, for namespacing a shared store.
    pub api: &'a str,
    /// The limits, as `(requests, window)`.
    pub limits: &'a [(u32, Duration)],
    /// How long each slot is held beyond its window.
    pub margin: Duration,
    /// The client's clock. A store with a clock of its own (Redis's) uses
    /// that instead.
    pub now: Instant,
    /// Reserve nothing when the wait would be this long or longer (the
    /// call's deadline).
    pub max_wait: Option<Duration>,
}

impl<'a> Reservation<'a> {
    /// A reservation under `limits` at `now`, with no margin and no bound
    /// on the wait.
    pub fn new(api: &'a str, limits: &'a [(u32, Duration)], now: Instant) -> Self {
        Reservation {
            api,
            limits,
            margin: Duration::ZERO,
            now,
            max_wait: None,
        }
    }

    /// Holds each slot for its window plus `margin`.
    #[must_use]
    pub fn with_margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// Reserves nothing when the wait would be `max_wait` or longer.
    #[must_use]
    pub fn with_max_wait(mut self, max_wait: Duration) -> Self {
        self.max_wait = Some(max_wait);
        self
    }
}

/// Why a store reserved no slot.
#[derive(Debug)]
pub enum Refusal {
    /// The wait would reach the call's deadline; nothing was reserved.
    WaitTooLong(Duration),
    /// The store could not be reached or answered nonsense.
    Store(StoreError),
}

/// A quota store that could not be used: unreachable, timed out, or an
/// answer it could not read.
#[derive(Debug)]
pub struct StoreError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl StoreError {
    /// An error with what went wrong and its cause.
    pub fn new(
        message: impl Into<String>,
        source: Option<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        StoreError {
            message: message.into(),
            source,
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// What a paced call does when its [`QuotaStore`] cannot be used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum WhenStoreFails {
    /// Send the request unpaced, and emit a `WARN` tracing event saying
    /// so. The default: the API's own 429s, retried with backoff, still
    /// bound the damage, and an outage of the store does not become an
    /// outage of every worker.
    #[default]
    SendUnpaced,
    /// Fail the call with a [`TransportError`](crate::TransportError) at
    /// [`TransportStage::Quota`](crate::TransportStage::Quota), before
    /// anything is sent. The retry policy retries it like a connection that
    /// could not be made.
    FailCall,
}

/// Where a paced client keeps its count of requests.
///
/// Implementations hold each reserved slot for its window plus the
/// reservation's margin, hand out slots in order, and honour pauses.
pub trait QuotaStore: Send + Sync + fmt::Debug + 'static {
    /// Reserves the next slot under every limit and answers how long to
    /// wait before sending, or why it reserved none.
    fn reserve<'a>(
        &'a self,
        reservation: Reservation<'a>,
    ) -> BoxFuture<'a, Result<Duration, Refusal>>;

    /// Holds every request of the API sharing this store for `pause` from
    /// now (after a 429).
    fn pause<'a>(
        &'a self,
        api: &'a str,
        pause: Duration,
        now: Instant,
    ) -> BoxFuture<'a, Result<(), StoreError>>;
}

/// A store shared by several clients: each is given a clone of the `Arc`.
impl<S: QuotaStore + ?Sized> QuotaStore for std::sync::Arc<S> {
    fn reserve<'a>(
        &'a self,
        reservation: Reservation<'a>,
    ) -> BoxFuture<'a, Result<Duration, Refusal>> {
        (**self).reserve(reservation)
    }

    fn pause<'a>(
        &'a self,
        api: &'a str,
        pause: Duration,
        now: Instant,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        (**self).pause(api, pause, now)
    }
}
