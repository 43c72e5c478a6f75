//! [`ClientBuilder`]: configuring a generated client.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use super::{BodyLimits, FromTransport, Inner, Transport};
use crate::auth::{AuthScheme, Credential, same_origin_redirects};
use crate::quota::{LocalQuota, Pacer, Pacing, QuotaStore, WhenStoreFails};
use crate::retry::{Clock, Jitter, RandomJitter, RetryPolicy, TokioClock};
use crate::secret::ApiKey;

/// The default `User-Agent` of a client for the API named `api`:
/// `{api}-rs docspec/{version}`, the API's name lower-cased with runs of
/// anything but letters and digits as one `-` (`Acme Billing` gives
/// `acme-billing-rs docspec/0.1.0`).
pub fn default_user_agent(api: &str) -> String {
    let mut slug = String::with_capacity(api.len() + 3);
    for word in api
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        slug.push_str(&word.to_ascii_lowercase());
        slug.push('-');
    }
    if slug.is_empty() {
        slug.push_str("api-");
    }
    format!("{slug}rs docspec/{}", env!("CARGO_PKG_VERSION"))
}

/// Configures a generated `Client` (`Client::builder()` in the generated
/// module).
///
/// ```
/// # #[docspec::api(spec = "doc/notes.json")]
/// # pub mod notes {}
/// use std::time::Duration;
///
/// let client = notes::Client::builder()
///     .api_key("nk_example")
///     .attempt_timeout(Duration::from_secs(10))
///     .deadline(Duration::from_secs(30))
///     .build()
///     .unwrap();
/// assert_eq!(client.transport().base_url(), "https://api.notes.example/v1");
/// // The key never shows in debug output.
/// assert!(!format!("{client:?}").contains("nk_example"));
/// ```
pub struct ClientBuilder<C> {
    api: &'static str,
    base_url: Option<String>,
    api_key: Option<ApiKey>,
    auth: AuthScheme,
    key_prefix: Option<&'static str>,
    allow_insecure_http: bool,
    attempt_timeout: Option<Duration>,
    deadline: Option<Duration>,
    connect_timeout: Duration,
    user_agent: String,
    http: Option<reqwest::Client>,
    retry: RetryPolicy,
    quota: Pacing,
    pacing: Option<Pacing>,
    quota_store: Option<Arc<dyn QuotaStore>>,
    when_store_fails: WhenStoreFails,
    clock: Arc<dyn Clock>,
    jitter: Arc<dyn Jitter>,
    client: PhantomData<fn() -> C>,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("api", &self.api)
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("deadline", &self.deadline)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("pacing", &self.pacing)
            .field("quota_store", &self.quota_store)
            .field("when_store_fails", &self.when_store_fails)
            .finish_non_exhaustive()
    }
}

impl<C: FromTransport> ClientBuilder<C> {
    /// A builder for the API named `api` (the spec's `name`, which the
    /// default `User-Agent` and each call's trace span carry), with the
    /// spec's base URL if it has one. Defaults: 30 s per attempt, 10 s to
    /// connect, 2 minutes for a whole call, the default [`RetryPolicy`], no
    /// pacing.
    pub fn new(api: &'static str, default_base_url: Option<&str>) -> Self {
        ClientBuilder {
            api,
            base_url: default_base_url.map(str::to_owned),
            api_key: None,
            auth: AuthScheme::Bearer,
            key_prefix: None,
            allow_insecure_http: false,
            attempt_timeout: Some(Duration::from_secs(30)),
            deadline: Some(Duration::from_secs(120)),
            connect_timeout: Duration::from_secs(10),
            user_agent: default_user_agent(api),
            http: None,
            retry: RetryPolicy::default(),
            quota: Pacing::default(),
            pacing: None,
            quota_store: None,
            when_store_fails: WhenStoreFails::default(),
            clock: Arc::new(TokioClock),
            jitter: Arc::new(RandomJitter),
            client: PhantomData,
        }
    }

    /// Sends the key by `scheme` (generated clients pass the spec's `auth`;
    /// the default is bearer).
    #[must_use]
    pub fn auth_scheme(mut self, scheme: AuthScheme) -> Self {
        self.auth = scheme;
        self
    }

    /// Requires API keys to start with `prefix` (generated clients pass the
    /// spec's `api_key_prefix`), to catch a key pasted from the wrong place.
    #[must_use]
    pub fn expected_key_prefix(mut self, prefix: &'static str) -> Self {
        self.key_prefix = Some(prefix);
        self
    }

    /// Accepts a key whatever its prefix.
    #[must_use]
    pub fn allow_any_key_prefix(mut self) -> Self {
        self.key_prefix = None;
        self
    }

    /// Allows sending the key over plain `http://` to a host that is not a
    /// loopback address. Without it, a key is only ever sent over `https://`
    /// or to 127.0.0.1, `::1` or `localhost`.
    #[must_use]
    pub fn allow_insecure_http(mut self) -> Self {
        self.allow_insecure_http = true;
        self
    }

    /// Retries failed calls by `policy` (see [`RetryPolicy`] for the rules).
    #[must_use]
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Never retries.
    #[must_use]
    pub fn no_retries(self) -> Self {
        self.retry_policy(RetryPolicy::none())
    }

    /// The API's documented rate limits (generated clients pass the spec's);
    /// enforced only after [`pace_to_quota`](Self::pace_to_quota).
    #[must_use]
    pub fn quota(mut self, quota: Pacing) -> Self {
        self.quota = quota;
        self
    }

    /// Keeps the client, and all its clones, under the API's documented rate
    /// limits, and pauses every call after a 429.
    #[must_use]
    pub fn pace_to_quota(mut self) -> Self {
        self.pacing = Some(self.quota.clone());
        self
    }

    /// Keeps the client under these limits instead.
    #[must_use]
    pub fn pacing(mut self, pacing: Pacing) -> Self {
        self.pacing = Some(pacing);
        self
    }

    /// Keeps the paced count in `store` (default: a [`LocalQuota`] of the
    /// client's own). A `RedisQuota` (feature `redis`) shares one quota
    /// between processes. Has an effect only on a paced client.
    #[must_use]
    pub fn quota_store(mut self, store: impl QuotaStore) -> Self {
        self.quota_store = Some(Arc::new(store));
        self
    }

    /// What a paced call does when its store cannot be used (default:
    /// [`WhenStoreFails::SendUnpaced`]).
    #[must_use]
    pub fn when_store_fails(mut self, when: WhenStoreFails) -> Self {
        self.when_store_fails = when;
        self
    }

    /// Uses this clock for backoff, pacing, `Retry-After` dates, attempt
    /// timeouts and deadlines (tests inject a manual clock to check delays
    /// and limits without sleeping).
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// Uses this jitter source for backoff.
    #[must_use]
    pub fn jitter(mut self, jitter: Arc<dyn Jitter>) -> Self {
        self.jitter = jitter;
        self
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

    /// Limits each attempt of a call, from connecting to the end of the
    /// body (30 s by default); an attempt that runs out is retried as the
    /// [`RetryPolicy`] allows. `None` removes the limit. Calls can override
    /// it with [`CallOptions::attempt_timeout`](crate::CallOptions::attempt_timeout).
    #[must_use]
    pub fn attempt_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.attempt_timeout = timeout.into();
        self
    }

    /// Limits each whole call: pacing, every attempt and every backoff (2
    /// minutes by default). An attempt's timeout shrinks to the time left,
    /// and no retry starts whose wait would reach it. `None` removes the
    /// limit. Calls can override it with
    /// [`CallOptions::deadline`](crate::CallOptions::deadline).
    #[must_use]
    pub fn deadline(mut self, deadline: impl Into<Option<Duration>>) -> Self {
        self.deadline = deadline.into();
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
        if parsed.query().is_some() || parsed.fragment().is_some() {
            // Paths are appended to the base URL: they would land in its
            // query or fragment instead of its path.
            return Err(BuildError::InvalidBaseUrl {
                url: base,
                reason: "it has a query or fragment; paths are appended to it".to_owned(),
            });
        }
        if let Some(key) = &self.api_key {
            if let Some(reason) = key.problem() {
                return Err(BuildError::InvalidApiKey { reason });
            }
            if let Some(prefix) = self.key_prefix
                && !key.expose().starts_with(prefix)
            {
                return Err(BuildError::InvalidApiKey {
                    reason: format!(
                        "it does not start with `{prefix}` as the API's keys do \
                             (use `allow_any_key_prefix` if it is right)"
                    ),
                });
            }
            if parsed.scheme() == "http" && !self.allow_insecure_http && !is_loopback(&parsed) {
                return Err(BuildError::InsecureBaseUrl { url: base });
            }
        }
        let user_agent = http::HeaderValue::try_from(self.user_agent.as_str())
            .map_err(|_| BuildError::InvalidUserAgent)?;
        if let AuthScheme::Header(name) = self.auth
            && http::HeaderName::try_from(name).is_err()
        {
            return Err(BuildError::InvalidAuthScheme {
                reason: format!("`{name}` is not a valid header name"),
            });
        }
        let credential = Credential::new(self.auth, self.api_key.as_ref())
            .map_err(|reason| BuildError::InvalidApiKey { reason })?;
        let http = match self.http {
            Some(client) => client,
            None => {
                let mut http = reqwest::Client::builder().connect_timeout(self.connect_timeout);
                if matches!(self.auth, AuthScheme::Header(_)) {
                    http = http.redirect(same_origin_redirects());
                }
                http.build().map_err(|e| BuildError::Http(e.to_string()))?
            }
        };
        let transport = Transport {
            inner: Arc::new(Inner {
                api: self.api,
                http,
                base_url: base.trim_end_matches('/').to_owned(),
                credential,
                attempt_timeout: self.attempt_timeout,
                deadline: self.deadline,
                user_agent,
                limits: BodyLimits::default(),
                retry: self.retry,
                clock: self.clock,
                jitter: self.jitter,
                pacer: self.pacing.as_ref().map(|pacing| {
                    let store = self
                        .quota_store
                        .unwrap_or_else(|| Arc::new(LocalQuota::new()));
                    Pacer::new(self.api, pacing, store, self.when_store_fails)
                }),
            }),
        };
        Ok(C::from_transport(transport))
    }
}

/// Whether a URL's host is a loopback address.
fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
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
    /// The API key cannot be used. The key itself is never included.
    InvalidApiKey {
        /// What is wrong with it.
        reason: String,
    },
    /// The key would be sent in clear text to a host that is not loopback.
    InsecureBaseUrl {
        /// The base URL given.
        url: String,
    },
    /// The user agent is not a valid header value.
    InvalidUserAgent,
    /// The auth scheme names a header that cannot exist.
    InvalidAuthScheme {
        /// What is wrong with it.
        reason: String,
    },
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
            BuildError::InvalidAuthScheme { reason } => write!(f, "invalid auth scheme: {reason}"),
            BuildError::InsecureBaseUrl { url } => write!(
                f,
                "refusing to send the API key over plain HTTP to `{url}`: use https, a loopback address, or `allow_insecure_http`"
            ),
            BuildError::InvalidUserAgent => {
                f.write_str("invalid user agent: not a valid header value")
            }
            BuildError::Http(e) => write!(f, "could not create the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for BuildError {}
