//! The HTTP side: building a client, and sending a request through it.

mod builder;
mod send;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

pub use builder::{BuildError, ClientBuilder, DEFAULT_USER_AGENT};
pub use send::Request;

use crate::retry::{Clock, Jitter, Pacer, RetryPolicy};
use crate::secret::ApiKey;

/// Implemented by generated `Client` types so that [`ClientBuilder`] can
/// produce them.
pub trait FromTransport {
    /// Wraps a configured transport.
    fn from_transport(transport: Transport) -> Self;
}

/// Per-call settings, overriding the client's for one request.
///
/// ```
/// use std::time::Duration;
/// let options = userplane::CallOptions::new().timeout(Duration::from_secs(5));
/// assert_eq!(options.get_timeout(), Some(Duration::from_secs(5)));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallOptions {
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
}

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Limits the whole call (connecting, sending, receiving the body).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Retries this call by `policy` instead of the client's.
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// The call's time limit, if overridden.
    pub fn get_timeout(&self) -> Option<Duration> {
        self.timeout
    }

    /// The call's retry policy, if overridden.
    pub fn get_retry(&self) -> Option<&RetryPolicy> {
        self.retry.as_ref()
    }
}

/// The configured connection a generated client sends through: base URL,
/// credentials, limits and the HTTP client. Cheap to clone.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    api_key: Option<ApiKey>,
    timeout: Option<Duration>,
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
        self.inner.api_key.is_some()
    }

    /// The default time limit of a call.
    pub fn timeout(&self) -> Option<Duration> {
        self.inner.timeout
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
            .field("api_key", &self.inner.api_key)
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .field("paced", &self.inner.pacer.is_some())
            .finish_non_exhaustive()
    }
}
