//! The in-process quota store: a sliding log of slot times per limit.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use futures_util::future::{self, BoxFuture};

use super::{QuotaStore, Refusal, Reservation, StoreError};

/// The default [`QuotaStore`]: the count kept in this process, shared by
/// the client it was given to and its clones (or by every client given the
/// same `Arc`). Each API's quota is counted apart.
#[derive(Debug, Default)]
pub struct LocalQuota {
    apis: Mutex<HashMap<String, State>>,
}

/// The longest pause a 429 can impose, so that no `Retry-After` overflows
/// the clock.
const MAX_PAUSE: Duration = Duration::from_secs(365 * 86_400);

#[derive(Debug)]
struct Window {
    limit: usize,
    per: Duration,
    /// Slot times, in order, including reserved future ones.
    sent: VecDeque<Instant>,
}

#[derive(Debug, Default)]
struct State {
    windows: Vec<Window>,
    paused_until: Option<Instant>,
    last: Option<Instant>,
}

impl LocalQuota {
    /// An empty count.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<String, State>> {
        self.apis.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The synchronous reservation behind [`QuotaStore::reserve`]: the wait,
    /// or the wait that was too long (nothing reserved).
    pub(crate) fn reserve_now(&self, r: &Reservation<'_>) -> Result<Duration, Duration> {
        let mut apis = self.lock();
        let state = apis.entry(r.api.to_owned()).or_default();
        let now = r.now;
        let mut at = now;
        if let Some(p) = state.paused_until {
            at = at.max(p);
        }
        if let Some(last) = state.last {
            // Slots are handed out in order, so each window stays sorted.
            at = at.max(last);
        }
        for &(limit, per) in r.limits {
            let w = state.window(limit as usize, per);
            let hold = per + r.margin;
            while w.sent.front().is_some_and(|t| *t + hold <= now) {
                w.sent.pop_front();
            }
            if w.sent.len() >= w.limit {
                // The slot `limit` places back must have been released.
                let blocking = w.sent[w.sent.len() - w.limit];
                at = at.max(blocking + hold);
            }
        }
        let wait = at.saturating_duration_since(now);
        if r.max_wait.is_some_and(|limit| wait >= limit) {
            return Err(wait);
        }
        for &(limit, per) in r.limits {
            state.window(limit as usize, per).sent.push_back(at);
        }
        state.last = Some(at);
        Ok(wait)
    }

    /// Holds every request of `api` for `pause` from `now` (at most a year).
    pub(crate) fn pause(&self, api: &str, pause: Duration, now: Instant) {
        let Some(until) = now.checked_add(pause.min(MAX_PAUSE)) else {
            return;
        };
        let mut apis = self.lock();
        let state = apis.entry(api.to_owned()).or_default();
        state.paused_until = Some(state.paused_until.map_or(until, |p| p.max(until)));
    }
}

impl State {
    fn window(&mut self, limit: usize, per: Duration) -> &mut Window {
        let found = self
            .windows
            .iter()
            .position(|w| w.limit == limit && w.per == per);
        let i = found.unwrap_or_else(|| {
            self.windows.push(Window {
                limit,
                per,
                sent: VecDeque::new(),
            });
            self.windows.len() - 1
        });
        &mut self.windows[i]
    }
}

impl QuotaStore for LocalQuota {
    fn reserve<'a>(
        &'a self,
        reservation: Reservation<'a>,
    ) -> BoxFuture<'a, Result<Duration, Refusal>> {
        let result = self.reserve_now(&reservation).map_err(Refusal::WaitTooLong);
        Box::pin(future::ready(result))
    }

    fn pause<'a>(
        &'a self,
        api: &'a str,
        pause: Duration,
        now: Instant,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        LocalQuota::pause(self, api, pause, now);
        Box::pin(future::ready(Ok(())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    fn reservation(limits: &[(u32, Duration)], now: Instant) -> Reservation<'_> {
        Reservation {
            api: "Notes",
            limits,
            margin: Duration::ZERO,
            now,
            max_wait: None,
        }
    }

    fn wait(quota: &LocalQuota, limits: &[(u32, Duration)], now: Instant) -> Duration {
        quota.reserve_now(&reservation(limits, now)).unwrap()
    }

    #[test]
    fn a_wait_past_the_limit_reserves_nothing() {
        let quota = LocalQuota::new();
        let limits = [(1, 10 * S)];
        let t0 = Instant::now();
        assert_eq!(wait(&quota, &limits, t0), Duration::ZERO);
        for _ in 0..100 {
            let r = Reservation {
                max_wait: Some(5 * S),
                ..reservation(&limits, t0)
            };
            assert_eq!(quota.reserve_now(&r), Err(10 * S));
        }
        // The refusals took no slot: the next call waits 10 s, not 1,010 s.
        assert_eq!(wait(&quota, &limits, t0), 10 * S);
    }

    #[test]
    fn never_more_than_the_limit_in_any_window() {
        let quota = LocalQuota::new();
        let t0 = Instant::now();
        let waits: Vec<u64> = (0..7)
            .map(|_| wait(&quota, &[(3, 10 * S)], t0).as_secs())
            .collect();
        assert_eq!(waits, [0, 0, 0, 10, 10, 10, 20]);
    }

    #[test]
    fn the_margin_holds_each_slot_past_its_window() {
        let quota = LocalQuota::new();
        let limits = [(2, 10 * S)];
        let t0 = Instant::now();
        let margin = Duration::from_millis(40);
        let waits: Vec<u128> = (0..5)
            .map(|_| {
                let r = Reservation {
                    margin,
                    ..reservation(&limits, t0)
                };
                quota.reserve_now(&r).unwrap().as_millis()
            })
            .collect();
        assert_eq!(waits, [0, 0, 10_040, 10_040, 20_080]);
    }

    #[test]
    fn the_strictest_limit_wins() {
        let quota = LocalQuota::new();
        let limits = [(2, S), (3, 60 * S)];
        let t0 = Instant::now();
        let waits: Vec<u128> = (0..5)
            .map(|_| wait(&quota, &limits, t0).as_millis())
            .collect();
        assert_eq!(waits, [0, 0, 1000, 60_000, 60_000]);
    }

    #[test]
    fn a_pause_holds_every_request() {
        let quota = LocalQuota::new();
        let limits = [(100, 60 * S)];
        let t0 = Instant::now();
        assert_eq!(wait(&quota, &limits, t0), Duration::ZERO);
        quota.pause("Notes", 5 * S, t0);
        assert_eq!(wait(&quota, &limits, t0 + S), 4 * S);
        assert_eq!(wait(&quota, &limits, t0 + 6 * S), Duration::ZERO);
    }

    #[test]
    fn each_api_is_counted_apart_and_a_huge_pause_is_capped() {
        let quota = LocalQuota::new();
        let limits = [(1, 10 * S)];
        let t0 = Instant::now();
        assert_eq!(wait(&quota, &limits, t0), Duration::ZERO);
        let other = Reservation {
            api: "Other",
            ..reservation(&limits, t0)
        };
        assert_eq!(quota.reserve_now(&other), Ok(Duration::ZERO));
        quota.pause("Other", Duration::MAX, t0);
        assert_eq!(wait(&quota, &limits, t0), 10 * S);
        assert_eq!(quota.reserve_now(&other), Ok(MAX_PAUSE));
    }

    #[test]
    fn old_requests_leave_the_window() {
        let quota = LocalQuota::new();
        let limits = [(2, 10 * S)];
        let t0 = Instant::now();
        wait(&quota, &limits, t0);
        wait(&quota, &limits, t0);
        assert_eq!(wait(&quota, &limits, t0 + 11 * S), Duration::ZERO);
    }
}
