//! The HTTP side: building a client, and sending a request through it.

mod builder;
mod limits;
mod send;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

pub use builder::{BuildError, ClientBuilder, default_user_agent};
pub use send::Request;

use crate::auth::Credential;
use crate::quota::Pacer;
use crate::retry::{Clock, Jitter, RetryPolicy};

/// Implemented by generated `Client` types so that [`ClientBuilder`] can
/// produce them.
pub trait FromTransport {
    /// Wraps a configured transport.
    fn from_transport(transport: Transport) -> Self;
}

/// Per-call settings, overriding the client's for one request.
///
/// Two time limits apply to a call:
/// - the **attempt timeout** limits each request, from connecting to the
///   end of the body; an attempt that runs out is retried as the
///   [`RetryPolicy`] allows (GETs yes, POSTs not);
/// - the **deadline** limits the whole call: pacing, every attempt and every
///   backoff. An attempt's timeout shrinks to the time left, and no retry
///   starts whose wait would reach the deadline: the call then ends with the
///   failure it last had (an API error, say), and with a
///   [`Timeout`](crate::Error::Timeout) only when time ran out during an
///   attempt or while waiting for the rate limit.
///
/// ```
/// use std::time::Duration;
/// use docspec::Override;
/// let options = docspec::CallOptions::new()
///     .attempt_timeout(Duration::from_secs(2))
///     .deadline(Duration::from_secs(5));
/// assert_eq!(options.attempt_timeout_override(), Override::Set(Duration::from_secs(2)));
/// assert_eq!(options.deadline_override(), Override::Set(Duration::from_secs(5)));
/// let lifted = docspec::CallOptions::new().deadline(None);
/// assert_eq!(lifted.deadline_override(), Override::Lifted);
/// assert_eq!(lifted.attempt_timeout_override(), Override::Inherit);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallOptions {
    attempt_timeout: Option<Option<Duration>>,
    deadline: Option<Option<Duration>>,
    retry: Option<RetryPolicy>,
}

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Limits each attempt of this call, from connecting to the end of the
    /// body; `None` removes the client's limit.
    #[must_use]
    pub fn attempt_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.attempt_timeout = Some(timeout.into());
        self
    }

    /// Limits this whole call, retries and waits included; `None` removes
    /// the client's limit.
    #[must_use]
    pub fn deadline(mut self, deadline: impl Into<Option<Duration>>) -> Self {
        self.deadline = Some(deadline.into());
        self
    }

    /// Retries this call by `policy` instead of the client's.
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// How this call's attempt timeout differs from the client's.
    pub fn attempt_timeout_override(&self) -> Override<Duration> {
        Override::from(self.attempt_timeout)
    }

    /// How this call's deadline differs from the client's.
    pub fn deadline_override(&self) -> Override<Duration> {
        Override::from(self.deadline)
    }

    /// The call's retry policy, when it replaces the client's.
    pub fn retry_override(&self) -> Option<&RetryPolicy> {
        self.retry.as_ref()
    }
}

/// How one call's limit differs from the client's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Override<T> {
    /// The call keeps the client's limit.
    Inherit,
    /// The call has no limit, whatever the client's.
    Lifted,
    /// The call has this limit instead.
    Set(T),
}

impl<T> Override<T> {
    /// The limit that applies, given the client's.
    pub fn over(self, client: Option<T>) -> Option<T> {
        match self {
            Override::Inherit => client,
            Override::Lifted => None,
            Override::Set(limit) => Some(limit),
        }
    }
}

impl<T> From<Option<Option<T>>> for Override<T> {
    fn from(given: Option<Option<T>>) -> Self {
        match given {
            None => Override::Inherit,
            Some(None) => Override::Lifted,
            Some(Some(limit)) => Override::Set(limit),
        }
    }
}

/// The configured connection a generated client sends through: base URL,
/// credentials, limits and the HTTP client. Cheap to clone.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Inner>,
}

struct Inner {
    /// The API's name, for trace spans.
    api: &'static str,
    http: reqwest::Client,
    base_url: String,
    credential: Credential,
    attempt_timeout: Option<Duration>,
    deadline: Option<Duration>,
    user_agent: http::HeaderValue,
    limits: BodyLimits,
    retry: RetryPolicy,
    clock: Arc<dyn Clock>,
    jitter: Arc<dyn Jitter>,
    pacer: Option<Pacer>,
}

/// How much of a response body the client reads.
#[derive(Clone, Copy, Debug)]
pub(crate) struct BodyLimits {
    /// Success bodies above this are a decode error.
    pub(crate) success: usize,
    /// Error bodies are cut here; the decoded error keeps the prefix.
    pub(crate) error: usize,
}

impl Default for BodyLimits {
    fn default() -> Self {
        BodyLimits {
            success: 32 * 1024 * 1024,
            error: 64 * 1024,
        }
    }
}

impl Transport {
    /// The base URL requests are sent below.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Whether the transport sends an API key.
    pub fn has_api_key(&self) -> bool {
        !matches!(self.inner.credential, Credential::None)
    }

    /// The default limit of each attempt of a call.
    pub fn attempt_timeout(&self) -> Option<Duration> {
        self.inner.attempt_timeout
    }

    /// The default limit of a whole call, retries included.
    pub fn deadline(&self) -> Option<Duration> {
        self.inner.deadline
    }

    /// The default retry policy.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    /// Whether calls are paced to rate limits.
    pub fn is_paced(&self) -> bool {
        self.inner.pacer.is_some()
    }
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transport")
            .field("base_url", &self.inner.base_url)
            .field("credential", &self.inner.credential)
            .field("attempt_timeout", &self.inner.attempt_timeout)
            .field("deadline", &self.inner.deadline)
            .field("retry", &self.inner.retry)
            .field("paced", &self.inner.pacer.is_some())
            .finish_non_exhaustive()
    }
}
