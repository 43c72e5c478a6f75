//! The two time limits of a call: each attempt's timeout, and the deadline
//! of the whole call.

use std::time::{Duration, Instant};

use super::{CallOptions, Inner};
use crate::error::{TimeLimit, TimeoutError};

/// A call's limits, fixed when it starts.
#[derive(Clone, Copy, Debug)]
pub(super) struct Limits {
    attempt: Option<Duration>,
    /// The deadline's length, and the instant it is reached.
    deadline: Option<(Duration, Instant)>,
}

impl Limits {
    /// The call's limits: its options' where set, else the client's.
    pub(super) fn new(inner: &Inner, options: &CallOptions, started: Instant) -> Self {
        let attempt = options
            .attempt_timeout_override()
            .over(inner.attempt_timeout);
        let deadline = options
            .deadline_override()
            .over(inner.deadline)
            .and_then(|d| Some((d, started.checked_add(d)?)));
        Limits { attempt, deadline }
    }

    /// The time left before the deadline, if there is one.
    pub(super) fn remaining(&self, now: Instant) -> Option<Duration> {
        self.deadline
            .map(|(_, at)| at.saturating_duration_since(now))
    }

    /// How long an attempt starting at `now` may run, and which limit that
    /// is: the attempt timeout, shrunk to the time left before the deadline.
    pub(super) fn attempt_budget(&self, now: Instant) -> Option<(Duration, TimeLimit)> {
        let by_deadline = self.deadline.map(|(total, at)| {
            (
                at.saturating_duration_since(now),
                TimeLimit::Deadline(total),
            )
        });
        let by_attempt = self.attempt.map(|t| (t, TimeLimit::Attempt(t)));
        match (by_attempt, by_deadline) {
            (Some(a), Some(d)) if d.0 < a.0 => Some(d),
            (Some(a), _) => Some(a),
            (None, d) => d,
        }
    }

    /// The error for a deadline that ran out after `attempts` attempts.
    pub(super) fn deadline_error(&self, endpoint: &'static str, attempts: u32) -> TimeoutError {
        let limit = self.deadline.map_or(TimeLimit::HttpClient, |(total, _)| {
            TimeLimit::Deadline(total)
        });
        TimeoutError::new(endpoint, limit, attempts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(attempt: Option<u64>, deadline: Option<u64>, start: Instant) -> Limits {
        Limits {
            attempt: attempt.map(Duration::from_secs),
            deadline: deadline.map(|d| (Duration::from_secs(d), start + Duration::from_secs(d))),
        }
    }

    #[test]
    fn an_attempt_never_runs_past_the_deadline() {
        let t0 = Instant::now();
        let s = Duration::from_secs;
        let l = limits(Some(2), Some(5), t0);
        assert_eq!(l.attempt_budget(t0), Some((s(2), TimeLimit::Attempt(s(2)))));
        assert_eq!(
            l.attempt_budget(t0 + s(4)),
            Some((s(1), TimeLimit::Deadline(s(5))))
        );
        assert_eq!(
            l.attempt_budget(t0 + s(9)),
            Some((s(0), TimeLimit::Deadline(s(5))))
        );
        assert_eq!(l.remaining(t0 + s(1)), Some(s(4)));
        let only_deadline = limits(None, Some(5), t0);
        assert_eq!(
            only_deadline.attempt_budget(t0 + s(1)),
            Some((s(4), TimeLimit::Deadline(s(5))))
        );
        assert_eq!(limits(None, None, t0).attempt_budget(t0), None);
        assert_eq!(limits(None, None, t0).remaining(t0), None);
    }
}
