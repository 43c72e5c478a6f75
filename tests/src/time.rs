//! A manual clock and fixed jitter, so retry, pacing and timeout delays can
//! be asserted exactly without sleeping.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant, SystemTime};

use userplane::{Clock, Jitter};

#[derive(Debug, Default)]
struct State {
    elapsed: Duration,
    sleeps: Vec<Duration>,
    timers: Vec<Waker>,
}

impl State {
    /// Moves time forward and lets every pending timer look again.
    fn advance(&mut self, by: Duration) {
        self.elapsed += by;
        for waker in self.timers.drain(..) {
            waker.wake();
        }
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
        self.state.lock().unwrap().advance(by);
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
        let mut state = self.state.lock().unwrap();
        state.sleeps.push(duration);
        state.advance(duration);
        Box::pin(std::future::ready(()))
    }

    fn sleep_until(&self, deadline: Instant) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(Timer {
            at: deadline.saturating_duration_since(self.start),
            state: self.state.clone(),
        })
    }
}

/// A timer of the manual clock: ready once time has reached `at`.
struct Timer {
    at: Duration,
    state: Arc<Mutex<State>>,
}

impl Future for Timer {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.state.lock().unwrap();
        if state.elapsed >= self.at {
            Poll::Ready(())
        } else {
            state.timers.push(cx.waker().clone());
            Poll::Pending
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
