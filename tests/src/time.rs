//! A manual clock and fixed jitter, so retry, pacing and timeout delays can
//! be asserted exactly without sleeping.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant, SystemTime};

use userplane::time::{Clock, Jitter};

#[derive(Debug, Default)]
struct State {
    elapsed: Duration,
    sleeps: Vec<Duration>,
    /// The waker of each pending timer, by timer id.
    timers: HashMap<u64, Waker>,
    next_timer: u64,
}

impl State {
    /// Moves time forward; returns the pending timers' wakers, to be woken
    /// once the lock is released.
    #[must_use]
    fn advance(&mut self, by: Duration) -> Vec<Waker> {
        self.elapsed += by;
        self.timers.drain().map(|(_, waker)| waker).collect()
    }
}

fn wake(wakers: Vec<Waker>) {
    for waker in wakers {
        waker.wake();
    }
}

/// A clock that never sleeps: `sleep` records the duration and moves time
/// forward by it at once. Timers (`sleep_until`, which limit an attempt)
/// fire only when time is moved past them, by a `sleep` or by
/// [`advance`](Self::advance), so an attempt times out exactly when a test
/// says.
#[derive(Debug)]
pub struct ManualClock {
    start: Instant,
    system_start: SystemTime,
    state: Arc<Mutex<State>>,
}

impl ManualClock {
    /// A clock whose wall time starts at `system_start`.
    pub fn new(system_start: SystemTime) -> Self {
        ManualClock {
            start: Instant::now(),
            system_start,
            state: Arc::default(),
        }
    }

    /// Every sleep so far, in order.
    pub fn sleeps(&self) -> Vec<Duration> {
        self.state.lock().unwrap().sleeps.clone()
    }

    /// How far time has moved since the clock was made.
    pub fn elapsed(&self) -> Duration {
        self.state.lock().unwrap().elapsed
    }

    /// Moves time forward without a sleep, firing the timers it passes.
    pub fn advance(&self, by: Duration) {
        let wakers = self.state.lock().unwrap().advance(by);
        wake(wakers);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.start + self.state.lock().unwrap().elapsed
    }

    fn system_now(&self) -> SystemTime {
        self.system_start + self.state.lock().unwrap().elapsed
    }

    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        let wakers = {
            let mut state = self.state.lock().unwrap();
            state.sleeps.push(duration);
            state.advance(duration)
        };
        wake(wakers);
        Box::pin(std::future::ready(()))
    }

    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        let id = {
            let mut state = self.state.lock().unwrap();
            state.next_timer += 1;
            state.next_timer
        };
        Box::pin(Timer {
            id,
            at: deadline.saturating_duration_since(self.start),
            state: self.state.clone(),
        })
    }
}

/// A timer of the manual clock: ready once time has reached `at`. It keeps
/// one waker registered while pending, and none once dropped.
struct Timer {
    id: u64,
    at: Duration,
    state: Arc<Mutex<State>>,
}

impl Future for Timer {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.state.lock().unwrap();
        if state.elapsed >= self.at {
            state.timers.remove(&self.id);
            Poll::Ready(())
        } else {
            state.timers.insert(self.id, cx.waker().clone());
            Poll::Pending
        }
    }
}

impl Drop for Timer {
    fn drop(&mut self) {
        if let Ok(mut state) = self.state.lock() {
            state.timers.remove(&self.id);
        }
    }
}

/// Jitter that always samples the same value.
#[derive(Debug)]
pub struct FixedJitter(pub f64);

impl Jitter for FixedJitter {
    fn sample(&self) -> f64 {
        self.0
    }
}
