//! Client-side pacing: staying under the API's rate limits instead of
//! running into 429s.
//!
//! Each limit is "at most N requests in any window of W", checked as a
//! sliding window. That is exact for a server counting in sliding windows
//! and never exceeds one counting in fixed windows, where a token bucket
//! (a burst of N at the end of one window and N more at the start of the
//! next) could. Calls reserve their slot in order, so concurrent callers
//! queue fairly. When a 429 arrives anyway, every call through the client
//! waits out the server's delay before the next request.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Rate limits a client keeps to.
///
/// ```
/// use std::time::Duration;
/// let pacing = docspec::Pacing::new()
///     .limit(120, Duration::from_secs(60))
///     .limit(10_000, Duration::from_secs(86_400));
/// assert_eq!(pacing.limits().len(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pacing {
    limits: Vec<(u32, Duration)>,
}

impl Pacing {
    /// No limits yet.
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

    /// The limits, as `(requests, window)`.
    pub fn limits(&self) -> &[(u32, Duration)] {
        &self.limits
    }
}

struct Window {
    limit: usize,
    per: Duration,
    /// Start times of requests, in order, including reserved future ones.
    sent: VecDeque<Instant>,
}

struct State {
    windows: Vec<Window>,
    paused_until: Option<Instant>,
    last: Option<Instant>,
}

/// The shared pacing state of a client and its clones.
pub(crate) struct Pacer {
    state: Mutex<State>,
}

impl std::fmt::Debug for Pacer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pacer")
    }
}

impl Pacer {
    pub(crate) fn new(pacing: &Pacing) -> Self {
        let windows = pacing
            .limits
            .iter()
            .map(|&(limit, per)| Window {
                limit: limit as usize,
                per,
                sent: VecDeque::new(),
            })
            .collect();
        Pacer {
            state: Mutex::new(State {
                windows,
                paused_until: None,
                last: None,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Reserves the next request slot at or after `now` and returns how long
    /// to wait before sending; or, when that wait would be `within` or more,
    /// reserves nothing and returns the wait as an error, so a call that
    /// gives up takes no slot from the calls after it.
    pub(crate) fn reserve(
        &self,
        now: Instant,
        within: Option<Duration>,
    ) -> Result<Duration, Duration> {
        let mut state = self.lock();
        let mut at = now;
        if let Some(p) = state.paused_until {
            at = at.max(p);
        }
        if let Some(last) = state.last {
            // Slots are handed out in order, so each window stays sorted.
            at = at.max(last);
        }
        for w in &mut state.windows {
            while w.sent.front().is_some_and(|t| *t + w.per <= now) {
                w.sent.pop_front();
            }
            if w.sent.len() >= w.limit {
                // The request `limit` places back must have left the window.
                let blocking = w.sent[w.sent.len() - w.limit];
                at = at.max(blocking + w.per);
            }
        }
        let wait = at.saturating_duration_since(now);
        if within.is_some_and(|limit| wait >= limit) {
            return Err(wait);
        }
        for w in &mut state.windows {
            w.sent.push_back(at);
        }
        state.last = Some(at);
        Ok(wait)
    }

    /// Holds every request until `until` (after a 429).
    pub(crate) fn pause_until(&self, until: Instant) {
        let mut state = self.lock();
        state.paused_until = Some(state.paused_until.map_or(until, |p| p.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Pacer {
        fn wait(&self, now: Instant) -> Duration {
            self.reserve(now, None).unwrap()
        }
    }

    #[test]
    fn a_wait_past_the_limit_reserves_nothing() {
        let pacer = Pacer::new(&Pacing::new().limit(1, Duration::from_secs(10)));
        let t0 = Instant::now();
        assert_eq!(pacer.wait(t0), Duration::ZERO);
        for _ in 0..100 {
            assert_eq!(
                pacer.reserve(t0, Some(Duration::from_secs(5))),
                Err(Duration::from_secs(10))
            );
        }
        // The refusals took no slot: the next call waits 10 s, not 1,010 s.
        assert_eq!(pacer.wait(t0), Duration::from_secs(10));
    }

    #[test]
    fn never_more_than_the_limit_in_any_window() {
        let pacer = Pacer::new(&Pacing::new().limit(3, Duration::from_secs(10)));
        let t0 = Instant::now();
        let waits: Vec<u64> = (0..7).map(|_| pacer.wait(t0).as_secs()).collect();
        assert_eq!(waits, [0, 0, 0, 10, 10, 10, 20]);
    }

    #[test]
    fn the_strictest_limit_wins() {
        let pacer = Pacer::new(
            &Pacing::new()
                .limit(2, Duration::from_secs(1))
                .limit(3, Duration::from_secs(60)),
        );
        let t0 = Instant::now();
        let waits: Vec<u64> = (0..5).map(|_| pacer.wait(t0).as_millis() as u64).collect();
        assert_eq!(waits, [0, 0, 1000, 60_000, 60_000]);
    }

    #[test]
    fn a_pause_holds_every_request() {
        let pacer = Pacer::new(&Pacing::new().limit(100, Duration::from_secs(60)));
        let t0 = Instant::now();
        assert_eq!(pacer.wait(t0), Duration::ZERO);
        pacer.pause_until(t0 + Duration::from_secs(5));
        assert_eq!(
            pacer.wait(t0 + Duration::from_secs(1)),
            Duration::from_secs(4)
        );
        assert_eq!(pacer.wait(t0 + Duration::from_secs(6)), Duration::ZERO);
    }

    #[test]
    fn old_requests_leave_the_window() {
        let pacer = Pacer::new(&Pacing::new().limit(2, Duration::from_secs(10)));
        let t0 = Instant::now();
        pacer.wait(t0);
        pacer.wait(t0);
        assert_eq!(pacer.wait(t0 + Duration::from_secs(11)), Duration::ZERO);
    }
}
