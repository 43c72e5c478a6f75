//! [`ClientBuilder`]: configuring a generated client.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use super::{BodyLimits, FromTransport, Inner, Transport};
use crate::secret::ApiKey;

/// The `User-Agent` sent unless another is configured.
pub const DEFAULT_USER_AGENT: &str = concat!("userplane-rs/", env!("CARGO_PKG_VERSION"));

/// Configures a generated `Client` (`userplane::Client::builder()`).
///
/// ```
/// use std::time::Duration;
///
/// let client = userplane::Client::builder()
///     .api_key("uspl_example")
///     .timeout(Duration::from_secs(10))
///     .build()
///     .unwrap();
/// assert_eq!(client.transport().base_url(), "https://api.userplane.io/api/v1");
/// // The key never shows in debug output.
/// assert!(!format!("{client:?}").contains("uspl_example"));
/// ```
pub struct ClientBuilder<C> {
    base_url: Option<String>,
    api_key: Option<ApiKey>,
    timeout: Option<Duration>,
    connect_timeout: Duration,
    user_agent: String,
    http: Option<reqwest::Client>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .finish_non_exhaustive()
    }
}

impl<C: FromTransport> ClientBuilder<C> {
    /// A builder with the spec's base URL, if it has one. Defaults: a 30 s
    /// limit per call, 10 s to connect.
    pub fn new(default_base_url: Option<&str>) -> Self {
        ClientBuilder {
            base_url: default_base_url.map(str::to_owned),
            api_key: None,
            timeout: Some(Duration::from_secs(30)),
            connect_timeout: Duration::from_secs(10),
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            http: None,
            client: PhantomData,
        }
    }

    /// Sends requests below this URL instead (a mock server, a proxy).
    #[must_use]
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Authenticates with this key (`Authorization: Bearer …`).
    #[must_use]
    pub fn api_key(mut self, key: impl Into<ApiKey>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// Limits each call, from connecting to the end of the body. `None`
    /// removes the limit.
    #[must_use]
    pub fn timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.timeout = timeout.into();
        self
    }

    /// Limits connecting. Ignored with [`http_client`](Self::http_client).
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Sends this `User-Agent`.
    #[must_use]
    pub fn user_agent(mut self, agent: impl Into<String>) -> Self {
        self.user_agent = agent.into();
        self
    }

    /// Sends through this `reqwest::Client` (its own connection settings
    /// apply; the builder's connect timeout does not).
    #[must_use]
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<C, BuildError> {
        let base = self.base_url.ok_or(BuildError::NoBaseUrl)?;
        let parsed = reqwest::Url::parse(&base).map_err(|e| BuildError::InvalidBaseUrl {
            url: base.clone(),
            reason: e.to_string(),
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(BuildError::InvalidBaseUrl {
                url: base,
                reason: "the scheme must be http or https".to_owned(),
            });
        }
        if let Some(key) = &self.api_key {
            key.bearer().map_err(|_| BuildError::InvalidApiKey {
                reason: "it contains characters not allowed in an HTTP header",
            })?;
        }
        let user_agent = http::HeaderValue::try_from(self.user_agent.as_str())
            .map_err(|_| BuildError::InvalidUserAgent)?;
        let http = match self.http {
            Some(client) => client,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                .build()
                .map_err(|e| BuildError::Http(e.to_string()))?,
        };
        let transport = Transport {
            inner: Arc::new(Inner {
                http,
                base_url: base.trim_end_matches('/').to_owned(),
                api_key: self.api_key,
                timeout: self.timeout,
                user_agent,
                limits: BodyLimits::default(),
            }),
        };
        Ok(C::from_transport(transport))
    }
}

/// Why a client could not be built.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BuildError {
    /// The spec has no base URL and none was configured.
    NoBaseUrl,
    /// The base URL does not parse, or is not http(s).
    InvalidBaseUrl {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The API key cannot be sent. The key itself is not included.
    InvalidApiKey {
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The user agent is not a valid header value.
    InvalidUserAgent,
    /// The HTTP client could not be created.
    Http(String),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::NoBaseUrl => {
                f.write_str("no base URL: the spec has none, so set one with `base_url`")
            }
            BuildError::InvalidBaseUrl { url, reason } => {
                write!(f, "invalid base URL `{url}`: {reason}")
            }
            BuildError::InvalidApiKey { reason } => write!(f, "invalid API key: {reason}"),
            BuildError::InvalidUserAgent => {
                f.write_str("invalid user agent: not a valid header value")
            }
            BuildError::Http(e) => write!(f, "could not create the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for BuildError {}
