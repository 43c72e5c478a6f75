//! A rate limit the mock enforces, as an API server would: at most N
//! requests in any rolling window, counted when each request arrives.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The mock's count of authenticated requests in a rolling window.
#[derive(Debug)]
pub(crate) struct RollingQuota {
    limit: usize,
    per: Duration,
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    /// Arrival times of the accepted requests still in the window.
    window: VecDeque<Instant>,
    accepted: u64,
    rejected: u64,
    first: Option<Instant>,
    last: Option<Instant>,
}

/// What a mock enforcing a quota counted.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuotaStats {
    /// The limit: requests per window.
    pub limit: u32,
    /// The window.
    pub per: Duration,
    /// Requests accepted.
    pub accepted: u64,
    /// Requests answered 429.
    pub rejected: u64,
    /// From the first accepted request's arrival to the last's.
    pub span: Duration,
}

impl QuotaStats {
    /// The share of the requests received that were answered 429.
    pub fn rejected_share(&self) -> f64 {
        let received = self.accepted + self.rejected;
        if received == 0 {
            0.0
        } else {
            self.rejected as f64 / received as f64
        }
    }

    /// The share of the quota used over the run: accepted requests over the
    /// most a rolling window lets through in `span` (a full window at the
    /// start, then one more for each window that passes).
    pub fn quota_used(&self) -> f64 {
        let windows = (self.span.as_secs_f64() / self.per.as_secs_f64()).floor() + 1.0;
        self.accepted as f64 / (f64::from(self.limit) * windows)
    }
}

impl RollingQuota {
    pub(crate) fn new(limit: u32, per: Duration) -> Self {
        RollingQuota {
            limit: limit.max(1) as usize,
            per,
            state: Mutex::new(State::default()),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts a request arriving now: `None` if accepted, else how long
    /// until the window has room (for `Retry-After`).
    pub(crate) fn admit(&self, now: Instant) -> Option<Duration> {
        let mut s = self.lock();
        while s.window.front().is_some_and(|t| *t + self.per <= now) {
            s.window.pop_front();
        }
        if s.window.len() >= self.limit {
            s.rejected += 1;
            let oldest = s.window[s.window.len() - self.limit];
            return Some((oldest + self.per).saturating_duration_since(now));
        }
        s.window.push_back(now);
        s.accepted += 1;
        s.first.get_or_insert(now);
        s.last = Some(now);
        None
    }

    pub(crate) fn stats(&self) -> QuotaStats {
        let s = self.lock();
        QuotaStats {
            limit: u32::try_from(self.limit).unwrap_or(u32::MAX),
            per: self.per,
            accepted: s.accepted,
            rejected: s.rejected,
            span: match (s.first, s.last) {
                (Some(first), Some(last)) => last - first,
                _ => Duration::ZERO,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_rolls_and_rejections_do_not_count() {
        let quota = RollingQuota::new(2, Duration::from_secs(10));
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        assert_eq!(quota.admit(t0), None);
        assert_eq!(quota.admit(t0 + s), None);
        assert_eq!(quota.admit(t0 + 2 * s), Some(8 * s));
        assert_eq!(quota.admit(t0 + 10 * s), None);
        assert_eq!(quota.admit(t0 + 10 * s), Some(s));
        let stats = quota.stats();
        assert_eq!((stats.accepted, stats.rejected), (3, 2));
        assert_eq!(stats.span, 10 * s);
        // 3 accepted where 2 windows' worth (4) could have been.
        assert_eq!(stats.quota_used(), 0.75);
        assert_eq!(stats.rejected_share(), 0.4);
    }
}
