//! A mock server for any API described in the docspec format, driven by its
//! spec and served over real HTTP on `127.0.0.1`.
//!
//! Every endpoint of the spec is routed. Keys are checked as the spec's
//! `auth` says they travel, and refused with the codes it declares for a
//! missing and a wrong key. Error responses use the spec's error body and
//! the endpoint pages' wording. By default each endpoint answers with an
//! example of its response model, built as plain JSON from the spec (its
//! `example` values where given), and lists are paged in the endpoint's
//! paging style. A [`Behaviour`] replaces the examples with a data set of
//! your own.
//!
//! Tests can make any endpoint answer any error: per request with the
//! `x-mock-error: CODE` header ([`ERROR_HEADER`]), or ahead of time with
//! [`MockServer::enqueue`].
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let spec = r#"{
//!   "name": "Notes",
//!   "base_url": "https://api.notes.example/v1",
//!   "auth": {"scheme": "header", "name": "X-Api-Key", "missing_key_code": "key_missing"},
//!   "error_body": {"code": "/code", "message": "/message"},
//!   "categories": [{"id": "auth", "title": "Authentication"}],
//!   "errors": [{"code": "key_missing", "status": 401, "category": "auth", "message": "Send a key."}],
//!   "error_groups": [{"id": "auth", "codes": ["key_missing"], "all_endpoints": true}],
//!   "models": [{"name": "Note", "fields": [{"name": "id", "type": "string", "required": true, "example": "n_1"}]}],
//!   "endpoints": [{"id": "get_note", "method": "GET", "path": "/note", "response": "Note", "errors": []}]
//! }"#;
//! let mock = docspec_mock::MockServer::builder_from_source("notes.json", spec)
//!     .start()
//!     .await
//!     .unwrap();
//! let http = reqwest::Client::new();
//! let url = format!("{}/note", mock.base_url());
//! let refused = http.get(&url).send().await.unwrap();
//! assert_eq!(refused.status(), 401);
//! let note: serde_json::Value = http
//!     .get(&url)
//!     .header("x-api-key", mock.api_key())
//!     .send()
//!     .await
//!     .unwrap()
//!     .json()
//!     .await
//!     .unwrap();
//! assert_eq!(note["id"], "n_1");
//! # }
//! ```

mod auth;
mod behaviour;
mod call;
mod example;
mod paging;
mod quota;
mod response;
mod routing;
mod server;

use std::net::SocketAddr;
use std::sync::Arc;

use docspec_ir::{Api, Diagnostics, SourceFile};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub use behaviour::{Behaviour, Examples, Outcome};
pub use call::Call;
pub use quota::QuotaStats;
pub use response::MockResponse;
pub use server::{ERROR_HEADER, ERROR_STATUS_HEADER, RecordedRequest};

use server::{Keys, Shared};

/// The key a mock accepts unless told otherwise: the spec's key prefix
/// followed by `mock_0123456789abcdef`.
pub fn default_key(api: &Api) -> String {
    format!(
        "{}mock_0123456789abcdef",
        api.api_key_prefix.as_deref().unwrap_or("")
    )
}

/// Why the mock could not start.
#[derive(Debug)]
pub enum StartError {
    /// The spec did not load.
    Spec(docspec_ir::Diagnostics),
    /// The listening socket could not be opened.
    Io(std::io::Error),
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StartError::Spec(d) => write!(f, "the spec does not load:\n{d}"),
            StartError::Io(e) => write!(f, "cannot listen: {e}"),
        }
    }
}

impl std::error::Error for StartError {}

/// Configures a [`MockServer`].
pub struct MockBuilder {
    spec: Result<Api, Diagnostics>,
    behaviour: Box<dyn Behaviour>,
    port: u16,
    keys: Keys,
    failures: Option<(f64, u64)>,
    quota: Option<(u32, std::time::Duration)>,
}

impl std::fmt::Debug for MockBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockBuilder")
            .field("api", &self.spec.as_ref().map(|s| s.name.as_str()).ok())
            .field("port", &self.port)
            .finish_non_exhaustive()
    }
}

impl MockBuilder {
    fn new(spec: Result<Api, Diagnostics>) -> Self {
        MockBuilder {
            spec,
            behaviour: Box::new(Examples),
            port: 0,
            keys: Keys::default(),
            failures: None,
            quota: None,
        }
    }

    /// Answers routed, authenticated calls with `behaviour` instead of
    /// [`Examples`].
    #[must_use]
    pub fn behaviour(mut self, behaviour: impl Behaviour) -> Self {
        self.behaviour = Box::new(behaviour);
        self
    }

    /// Listens on this port of 127.0.0.1 (default: any free port).
    #[must_use]
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Accepts this key instead of [`default_key`].
    #[must_use]
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.keys.valid = vec![key.into()];
        self
    }

    /// Refuses `key` with the spec error `code` (an expired or disabled key,
    /// say) on the endpoints that list that code; elsewhere the key is
    /// refused as a wrong key.
    #[must_use]
    pub fn reject_key(mut self, key: impl Into<String>, code: impl Into<String>) -> Self {
        self.keys.rejected.push((key.into(), code.into()));
        self
    }

    /// Fails a share `rate` (0 to 1) of authenticated requests with one of
    /// the endpoint's 429 or 5xx codes, chosen at random from `seed`, before
    /// the request has any effect. For load tests.
    #[must_use]
    pub fn random_failures(mut self, rate: f64, seed: u64) -> Self {
        self.failures = Some((rate, seed));
        self
    }

    /// Enforces a rate limit as an API server would: at most `limit`
    /// authenticated requests in any rolling window of `per`, counted on
    /// arrival. A request beyond it is answered with the spec's 429 code and
    /// a `Retry-After` in whole seconds, and does not count.
    /// [`MockServer::quota_stats`] tells what was accepted and refused.
    #[must_use]
    pub fn enforce_quota(mut self, limit: u32, per: std::time::Duration) -> Self {
        self.quota = Some((limit, per));
        self
    }

    /// Starts serving.
    pub async fn start(self) -> Result<MockServer, StartError> {
        let spec = self.spec.map_err(StartError::Spec)?;
        let base_path = base_path(spec.base_url.as_deref());
        let mut keys = self.keys;
        if keys.valid.is_empty() {
            keys.valid.push(default_key(&spec));
        }
        let listener = TcpListener::bind(("127.0.0.1", self.port))
            .await
            .map_err(StartError::Io)?;
        let addr = listener.local_addr().map_err(StartError::Io)?;
        let failures = self.failures.map(|(rate, seed)| server::RandomFailures {
            rate,
            rng: std::sync::Mutex::new(fastrand::Rng::with_seed(seed)),
        });
        let mut shared = Shared::new(spec, base_path, keys, self.behaviour, failures);
        shared.quota = self
            .quota
            .map(|(limit, per)| quota::RollingQuota::new(limit, per));
        let shared = Arc::new(shared);
        let app = axum::Router::new()
            .fallback(server::handle)
            .with_state(shared.clone());
        let (stop, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
        });
        Ok(MockServer {
            addr,
            shared,
            stop: Some(stop),
        })
    }
}

impl MockBuilder {
    /// Serves on a runtime of its own until interrupted (Ctrl-C), for a
    /// command-line tool: prints where it listens and the key it accepts,
    /// then waits. An error when the spec does not load, the runtime cannot
    /// start or the port cannot be had.
    pub fn serve_until_interrupted(self) -> Result<(), StartError> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(StartError::Io)?;
        runtime.block_on(async move {
            let server = self.start().await?;
            println!(
                "serving the {} API at {}",
                server.api().name,
                server.base_url()
            );
            println!("API key: {}", server.api_key());
            println!("press Ctrl-C to stop");
            let _ = tokio::signal::ctrl_c().await;
            Ok(())
        })
    }
}

/// The path part of a base URL, without its trailing slash
/// (`https://api.example/v1/` → `/v1`).
fn base_path(base_url: Option<&str>) -> String {
    base_url
        .and_then(|u| u.split_once("://"))
        .and_then(|(_, rest)| {
            rest.find('/')
                .map(|i| rest[i..].trim_end_matches('/').to_owned())
        })
        .unwrap_or_default()
}

/// A running mock server. It stops when dropped.
#[derive(Debug)]
pub struct MockServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: Option<oneshot::Sender<()>>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shared")
            .field("api", &self.api.name)
            .field("base_path", &self.base_path)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Serves `api` with the default settings on a free port.
    pub async fn start(api: Api) -> Result<MockServer, StartError> {
        Self::builder(api).start().await
    }

    /// Configures a mock of `api` (the [`docspec_ir::Api`] a loader made).
    pub fn builder(api: Api) -> MockBuilder {
        MockBuilder::new(Ok(api))
    }

    /// Configures a mock of the spec in `text`, read as the file `name`
    /// (which diagnostics name). A spec that does not load fails
    /// [`MockBuilder::start`] with [`StartError::Spec`].
    pub fn builder_from_source(name: &str, text: &str) -> MockBuilder {
        MockBuilder::new(docspec_ir::load_source(SourceFile::new(name, text)).map(|l| l.api))
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give a client: `http://127.0.0.1:PORT` and the path
    /// of the spec's `base_url`.
    pub fn base_url(&self) -> String {
        format!("http://{}{}", self.addr, self.shared.base_path)
    }

    /// The key the mock accepts.
    pub fn api_key(&self) -> &str {
        self.shared.keys.valid.first().map_or("", String::as_str)
    }

    /// The API being served.
    pub fn api(&self) -> &Api {
        &self.shared.api
    }

    /// Makes the next call of `endpoint` (an endpoint id) answer with
    /// `response`; calls after it are answered normally once the queue is
    /// empty.
    pub fn enqueue(&self, endpoint: &str, response: MockResponse) {
        self.shared.enqueue(endpoint, response);
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.requests()
    }

    /// What the enforced quota counted so far ([`MockBuilder::enforce_quota`]).
    pub fn quota_stats(&self) -> Option<QuotaStats> {
        self.shared.quota.as_ref().map(quota::RollingQuota::stats)
    }

    /// How many requests reached `endpoint`.
    pub fn request_count(&self, endpoint: &str) -> usize {
        self.shared
            .requests()
            .iter()
            .filter(|r| r.endpoint.as_deref() == Some(endpoint))
            .count()
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
