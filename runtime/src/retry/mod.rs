//! When to retry a failed call, and how long to wait first.
//!
//! # The rule
//!
//! The usual rule of API docs: retry 429 and 5xx with exponential backoff,
//! never other 4xx. That is safe for requests that can be repeated without a
//! further effect (GET, PUT, DELETE). A `POST` that failed with a 500 may or
//! may not have created what it asked for: retrying it could create a second
//! one. So a non-idempotent request is retried only when
//! the failure shows the request was never processed:
//!
//! - a `429` (the rate limiter refused it), or a code the spec marks
//!   `unprocessed` (one that says nothing ran, such as "the key could not be
//!   verified");
//! - a connection that could not be made (nothing was sent).
//!
//! [`RetryPolicy::retry_non_idempotent`] lifts the restriction for callers
//! whose requests are safe to repeat.
//!
//! Delays are capped exponential backoff with full jitter: before retry `n`
//! (from 0) the client waits a random time in `[0, min(max_delay,
//! base_delay × 2ⁿ)]`. A `Retry-After` header, in seconds or as an HTTP date,
//! replaces that delay, clamped to `max_retry_after`. No retry starts if its
//! wait would reach the call's deadline (see
//! [`CallOptions::deadline`](crate::CallOptions::deadline)).

mod clock;

use std::time::Duration;

use http::StatusCode;

pub use clock::{Clock, Jitter, RandomJitter, TokioClock};

/// How a client retries failed calls.
///
/// ```
/// use std::time::Duration;
/// use docspec::RetryPolicy;
///
/// let policy = RetryPolicy::new()
///     .max_retries(5)
///     .base_delay(Duration::from_millis(200));
/// assert_eq!(policy.retry_limit(), 5);
/// assert_eq!(RetryPolicy::none().retry_limit(), 0);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
    retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    /// 3 retries (4 attempts), 1 s base delay as in the docs' sample, 20 s
    /// cap, `Retry-After` honoured up to 60 s.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(20),
            max_retry_after: Duration::from_secs(60),
            retry_non_idempotent: false,
        }
    }
}

impl RetryPolicy {
    /// The default policy.
    pub fn new() -> Self {
        Self::default()
    }

    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// Retries after the first attempt (0 turns retrying off).
    #[must_use]
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The backoff before the first retry, doubled for each one after.
    #[must_use]
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest backoff.
    #[must_use]
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest wait a server's `Retry-After` can impose.
    #[must_use]
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// Also retries non-idempotent requests (POST, PATCH) after failures that
    /// may have had an effect. Only for requests that are safe to repeat.
    #[must_use]
    pub fn retry_non_idempotent(mut self, yes: bool) -> Self {
        self.retry_non_idempotent = yes;
        self
    }

    /// The most retries after the first attempt (what
    /// [`max_retries`](Self::max_retries) set).
    pub fn retry_limit(&self) -> u32 {
        self.max_retries
    }

    /// The backoff before retry `retry` (0-based) for a jitter sample in
    /// `[0, 1)`: `sample × min(max_delay, base_delay × 2^retry)`.
    ///
    /// ```
    /// use std::time::Duration;
    /// let p = docspec::RetryPolicy::new();
    /// assert_eq!(p.backoff(0, 0.5), Duration::from_millis(500));
    /// assert_eq!(p.backoff(3, 0.5), Duration::from_secs(4));
    /// assert_eq!(p.backoff(10, 0.5), Duration::from_secs(10)); // capped at 20 s
    /// ```
    pub fn backoff(&self, retry: u32, sample: f64) -> Duration {
        let factor = 2u32.checked_pow(retry).unwrap_or(u32::MAX);
        let ceiling = self
            .base_delay
            .checked_mul(factor)
            .unwrap_or(self.max_delay)
            .min(self.max_delay);
        ceiling.mul_f64(sample.clamp(0.0, 1.0))
    }

    /// How long a paced client holds every call after a 429: the server's
    /// `Retry-After`, clamped to `max_retry_after` as for a retry, or the
    /// longest first backoff.
    pub(crate) fn pause_after_429(&self, retry_after: Option<Duration>) -> Duration {
        match retry_after {
            Some(after) => after.min(self.max_retry_after),
            None => self.backoff(0, 1.0),
        }
    }

    /// Decides whether to retry after a failed attempt.
    pub(crate) fn decide(&self, failure: &Failure, ctx: &Attempt) -> Decision {
        if ctx.retries_done >= self.max_retries {
            return Decision::Stop("no retries left");
        }
        if !failure.retryable {
            return Decision::Stop("not retryable");
        }
        if !ctx.idempotent && !failure.unprocessed && !self.retry_non_idempotent {
            return Decision::Stop("the request may have had an effect");
        }
        let delay = match failure.retry_after {
            Some(after) => after.min(self.max_retry_after),
            None => self.backoff(ctx.retries_done, ctx.jitter),
        };
        if ctx.remaining.is_some_and(|left| delay >= left) {
            return Decision::Stop("the deadline would pass");
        }
        Decision::Retry(delay)
    }
}

/// What the retry decision needs to know about a failure.
#[derive(Clone, Debug, Default)]
pub(crate) struct Failure {
    /// The spec (or transport rules) say a retry may succeed.
    pub(crate) retryable: bool,
    /// The request certainly had no effect.
    pub(crate) unprocessed: bool,
    /// The server's `Retry-After`, already turned into a delay.
    pub(crate) retry_after: Option<Duration>,
    /// The response status, if any.
    pub(crate) status: Option<StatusCode>,
}

/// Where the call stands.
#[derive(Clone, Debug)]
pub(crate) struct Attempt {
    pub(crate) retries_done: u32,
    pub(crate) idempotent: bool,
    /// The time left before the call's deadline, if it has one.
    pub(crate) remaining: Option<Duration>,
    pub(crate) jitter: f64,
}

/// Retry after this delay, or stop (and why).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Decision {
    Retry(Duration),
    Stop(&'static str),
}

/// Parses a `Retry-After` value: delay-seconds, or an HTTP date (turned into
/// the time left from `now`; a date in the past means no wait).
///
/// ```
/// use std::time::{Duration, SystemTime, UNIX_EPOCH};
/// use docspec::__private::parse_retry_after;
///
/// let now = UNIX_EPOCH + Duration::from_secs(1_445_412_480);
/// assert_eq!(parse_retry_after("120", now), Some(Duration::from_secs(120)));
/// assert_eq!(
///     parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now),
///     Some(Duration::from_secs(30))
/// );
/// assert_eq!(parse_retry_after("soon", now), None);
/// ```
pub fn parse_retry_after(value: &str, now: std::time::SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(retries_done: u32, idempotent: bool) -> Attempt {
        Attempt {
            retries_done,
            idempotent,
            remaining: None,
            jitter: 1.0,
        }
    }

    fn failure(status: u16, unprocessed: bool) -> Failure {
        Failure {
            retryable: status == 429 || status >= 500,
            unprocessed,
            retry_after: None,
            status: StatusCode::from_u16(status).ok(),
        }
    }

    #[test]
    fn full_jitter_exponential_backoff_is_capped() {
        let p = RetryPolicy::new();
        let ceilings: Vec<u64> = (0..7)
            .map(|n| p.backoff(n, 1.0).as_millis() as u64)
            .collect();
        assert_eq!(ceilings, [1000, 2000, 4000, 8000, 16000, 20000, 20000]);
        assert_eq!(p.backoff(2, 0.0), Duration::ZERO);
        assert_eq!(p.backoff(2, 0.25), Duration::from_secs(1));
        assert_eq!(p.backoff(u32::MAX, 1.0), Duration::from_secs(20));
    }

    #[test]
    fn only_unprocessed_failures_retry_a_post() {
        let p = RetryPolicy::new();
        assert_eq!(
            p.decide(&failure(500, false), &attempt(0, true)),
            Decision::Retry(Duration::from_secs(1))
        );
        assert_eq!(
            p.decide(&failure(500, false), &attempt(0, false)),
            Decision::Stop("the request may have had an effect")
        );
        assert_eq!(
            p.decide(&failure(429, true), &attempt(0, false)),
            Decision::Retry(Duration::from_secs(1))
        );
        let opt_in = RetryPolicy::new().retry_non_idempotent(true);
        assert_eq!(
            opt_in.decide(&failure(500, false), &attempt(1, false)),
            Decision::Retry(Duration::from_secs(2))
        );
    }

    #[test]
    fn client_errors_budget_and_deadline_stop_retries() {
        let p = RetryPolicy::new();
        assert_eq!(
            p.decide(&failure(404, false), &attempt(0, true)),
            Decision::Stop("not retryable")
        );
        assert_eq!(
            p.decide(&failure(503, false), &attempt(3, true)),
            Decision::Stop("no retries left")
        );
        let late = Attempt {
            remaining: Some(Duration::from_secs(1)),
            ..attempt(0, true)
        };
        assert_eq!(
            p.decide(&failure(503, false), &late),
            Decision::Stop("the deadline would pass")
        );
        assert_eq!(
            RetryPolicy::none().decide(&failure(503, false), &attempt(0, true)),
            Decision::Stop("no retries left")
        );
    }

    #[test]
    fn retry_after_replaces_backoff_and_is_clamped() {
        let p = RetryPolicy::new();
        let mut f = failure(429, true);
        f.retry_after = Some(Duration::from_secs(7));
        assert_eq!(
            p.decide(&f, &attempt(0, true)),
            Decision::Retry(Duration::from_secs(7))
        );
        f.retry_after = Some(Duration::from_secs(3600));
        assert_eq!(
            p.decide(&f, &attempt(0, true)),
            Decision::Retry(Duration::from_secs(60))
        );
    }

    #[test]
    fn a_paced_pause_after_a_429_is_clamped_like_a_retry() {
        let p = RetryPolicy::new();
        assert_eq!(
            p.pause_after_429(Some(Duration::from_secs(7))),
            Duration::from_secs(7)
        );
        assert_eq!(
            p.pause_after_429(Some(Duration::from_secs(86_400))),
            Duration::from_secs(60)
        );
        assert_eq!(p.pause_after_429(None), Duration::from_secs(1));
    }

    #[test]
    fn retry_after_dates_in_the_past_mean_now() {
        let now = std::time::UNIX_EPOCH + Duration::from_secs(1_445_412_600);
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after(" 5 ", now), Some(Duration::from_secs(5)));
        assert_eq!(parse_retry_after("-5", now), None);
        assert_eq!(parse_retry_after("", now), None);
    }
}
