//! A client's side of pacing: its limits, its margin (measured latencies
//! and what 429s taught it), and the store that keeps the count.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::{Pacing, QuotaStore, Refusal, Reservation, StoreError, WhenStoreFails};

/// How many recent latencies the margin covers.
const LATENCIES: usize = 64;

/// The pacing state of a client and its clones.
pub(crate) struct Pacer {
    api: String,
    limits: Vec<(u32, Duration)>,
    store: Arc<dyn QuotaStore>,
    when_fails: WhenStoreFails,
    margin: Mutex<Margin>,
}

struct Margin {
    /// Starts at the configured margin; doubled by each 429, up to `cap`.
    learned: Duration,
    cap: Duration,
    /// The latest request latencies, newest last.
    recent: VecDeque<Duration>,
}

impl std::fmt::Debug for Pacer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pacer")
            .field("limits", &self.limits)
            .field("store", &self.store)
            .field("when_fails", &self.when_fails)
            .finish_non_exhaustive()
    }
}

impl Pacer {
    pub(crate) fn new(
        api: &str,
        pacing: &Pacing,
        store: Arc<dyn QuotaStore>,
        when_fails: WhenStoreFails,
    ) -> Self {
        let shortest = pacing.limits().iter().map(|&(_, per)| per).min();
        let cap = shortest.map_or(Duration::ZERO, |per| per / 10);
        Pacer {
            api: api.to_owned(),
            limits: pacing.limits().to_vec(),
            store,
            when_fails,
            margin: Mutex::new(Margin {
                learned: pacing.safety_margin().min(cap),
                cap,
                recent: VecDeque::with_capacity(LATENCIES),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Margin> {
        self.margin.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// What a store should do when it fails.
    pub(crate) fn when_fails(&self) -> WhenStoreFails {
        self.when_fails
    }

    /// How long each slot is held beyond its window: the learned margin
    /// plus twice the longest recent latency (room for a request slower than
    /// any seen yet), or, before any request has been
    /// answered, plus a tenth of the shortest window (the first requests
    /// open connections, and slots reserved before any answer would
    /// otherwise assume no latency at all).
    pub(crate) fn margin(&self) -> Duration {
        let m = self.lock();
        m.learned + m.recent.iter().copied().max().map_or(m.cap, |l| l * 2)
    }

    /// Records how long a request took, from its slot's time to its response.
    pub(crate) fn observe(&self, latency: Duration) {
        let mut m = self.lock();
        if m.recent.len() == LATENCIES {
            m.recent.pop_front();
        }
        m.recent.push_back(latency);
    }

    /// Reserves the next slot: the wait before sending.
    pub(crate) async fn reserve(
        &self,
        now: Instant,
        max_wait: Option<Duration>,
    ) -> Result<Duration, Refusal> {
        let reservation = Reservation {
            api: &self.api,
            limits: &self.limits,
            margin: self.margin(),
            now,
            max_wait,
        };
        self.store.reserve(reservation).await
    }

    /// After a 429 despite pacing: the count ran behind the server's, so
    /// the learned margin doubles, and every call sharing the store pauses.
    pub(crate) async fn rate_limited(
        &self,
        pause: Duration,
        now: Instant,
    ) -> Result<(), StoreError> {
        {
            let mut m = self.lock();
            let doubled = (m.learned * 2).max(Duration::from_millis(1));
            m.learned = doubled.min(m.cap);
        }
        self.store.pause(&self.api, pause, now).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quota::LocalQuota;

    fn pacer(margin: Duration) -> Pacer {
        let pacing = Pacing::new()
            .limit(20, Duration::from_secs(2))
            .limit(100, Duration::from_secs(60))
            .margin(margin);
        Pacer::new(
            "Notes",
            &pacing,
            Arc::new(LocalQuota::new()),
            WhenStoreFails::default(),
        )
    }

    #[test]
    fn the_margin_covers_the_longest_recent_latency() {
        let pacer = pacer(Duration::from_millis(5));
        // Nothing answered yet: a tenth of the 2 s window.
        assert_eq!(pacer.margin(), Duration::from_millis(205));
        pacer.observe(Duration::from_millis(30));
        pacer.observe(Duration::from_millis(2));
        assert_eq!(pacer.margin(), Duration::from_millis(65));
        for _ in 0..LATENCIES {
            pacer.observe(Duration::from_millis(1));
        }
        // The slow request has left the last 64.
        assert_eq!(pacer.margin(), Duration::from_millis(7));
    }

    #[tokio::test]
    async fn each_429_doubles_the_learned_margin_up_to_a_tenth_of_the_shortest_window() {
        let pacer = pacer(Duration::from_millis(5));
        let now = Instant::now();
        pacer.observe(Duration::ZERO);
        let mut margins = Vec::new();
        for _ in 0..8 {
            pacer.rate_limited(Duration::ZERO, now).await.unwrap();
            margins.push(pacer.margin().as_millis());
        }
        assert_eq!(margins, [10, 20, 40, 80, 160, 200, 200, 200]);
    }
}
