//! A manual clock and fixed jitter, so retry and pacing delays can be
//! asserted exactly without sleeping.

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use userplane::{Clock, Jitter};

/// A clock that never sleeps: `sleep` records the duration and moves time
/// forward by it at once.
#[derive(Debug)]
pub struct ManualClock {
    start: Instant,
    system_start: SystemTime,
    state: Mutex<(Duration, Vec<Duration>)>,
}

impl ManualClock {
    /// A clock whose wall time starts at `system_start`.
    pub fn new(system_start: SystemTime) -> Self {
        ManualClock {
            start: Instant::now(),
            system_start,
            state: Mutex::new((Duration::ZERO, Vec::new())),
        }
    }

    /// Every sleep so far, in order.
    pub fn sleeps(&self) -> Vec<Duration> {
        self.state.lock().unwrap().1.clone()
    }

    /// Moves time forward without a sleep.
    pub fn advance(&self, by: Duration) {
        self.state.lock().unwrap().0 += by;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Instant {
        self.start + self.state.lock().unwrap().0
    }

    fn system_now(&self) -> SystemTime {
        self.system_start + self.state.lock().unwrap().0
    }

    fn sleep(&self, duration: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        let mut state = self.state.lock().unwrap();
        state.0 += duration;
        state.1.push(duration);
        Box::pin(std::future::ready(()))
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
