//! A mock of the Userplane API, driven by its spec and served over real HTTP
//! on `127.0.0.1`.
//!
//! Every endpoint of `spec/userplane.json` is routed; error responses use
//! the spec's error body and the endpoint pages' wording; the Bearer key is
//! checked and the documented 401 codes answered. The Userplane data lives
//! in memory, so a created link can be fetched, updated and deleted, and
//! answers `410 LINK_GONE` afterwards while ids that never existed answer
//! 404.
//!
//! Tests can make any endpoint answer any error: per request with the
//! `x-mock-error: CODE` header ([`ERROR_HEADER`]), or ahead of time with
//! [`MockServer::enqueue`].
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let mock = userplane_mock::MockServer::start().await.unwrap();
//! let client = userplane::Client::builder()
//!     .base_url(mock.base_url())
//!     .api_key(mock.api_key())
//!     .build()
//!     .unwrap();
//! let me = client.get_me().await.unwrap();
//! assert_eq!(me.user.id, "usr_mock");
//! # }
//! ```
//!
//! # Seeded data
//!
//! | Id | What |
//! |---|---|
//! | `ws_acme` | The main workspace (owner): projects `prj_default`, `prj_web`, `prj_mobile`, `prj_05`…`prj_12`; `prj_old` is deleted. Links: three live (`lnk_0003` was created by a colleague and cannot be deleted), `lnk_0004` deleted. Recordings `rec_001`…`rec_023` and `rec_locked` (cannot be deleted); `rec_deleted` is deleted. |
//! | `ws_beta` | A member workspace with no default project; holds `rec_beta`. |
//! | `ws_guest` | A guest membership: listing projects is forbidden. |
//! | `ws_full` | A workspace whose plan allows no more links. |
//! | `ws_05`…`ws_12` | More member workspaces (12 in all, for paging). |
//! | `ws_other` | Exists, but the key's owner is not a member. |
//!
//! Keys: [`MockServer::api_key`] is valid; [`EXPIRED_KEY`] answers
//! `API_KEY_EXPIRED`, [`DISABLED_KEY`] `API_KEY_DISABLED`, any other
//! `API_KEY_INVALID`, none `API_KEY_REQUIRED`.

mod auth;
mod behaviour;
mod paging;
mod response;
mod routing;
mod server;
mod userplane;

use std::net::SocketAddr;
use std::sync::Arc;

use docspec_codegen::{Api, Spec};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

pub use response::MockResponse;
pub use server::{ERROR_HEADER, ERROR_STATUS_HEADER, RecordedRequest};
pub use userplane::WORKSPACE;

use server::{Keys, Shared};

/// The key the Userplane mock accepts by default. For another spec the
/// default key is that spec's key prefix followed by `mock_0123456789abcdef`
/// ([`MockServer::api_key`]).
pub const API_KEY: &str = "uspl_mock_0123456789abcdef";

/// The default key for a spec: its prefix, then a fixed body.
fn default_key(spec: &docspec_codegen::Spec) -> String {
    format!(
        "{}mock_0123456789abcdef",
        spec.api_key_prefix.as_deref().unwrap_or("")
    )
}
/// A key the mock treats as expired.
pub const EXPIRED_KEY: &str = "uspl_mock_expired";
/// A key the mock treats as disabled.
pub const DISABLED_KEY: &str = "uspl_mock_disabled";

/// The Userplane spec, as the mock serves it.
const USERPLANE_SPEC: &str = include_str!("../spec/userplane.json");

/// Why the mock could not start.
#[derive(Debug)]
pub enum StartError {
    /// The spec did not load.
    Spec(docspec_codegen::Diagnostics),
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
#[derive(Debug)]
pub struct MockBuilder {
    spec: Option<Api>,
    userplane_data: bool,
    port: u16,
    keys: Keys,
    failures: Option<(f64, u64)>,
}

impl MockBuilder {
    /// Serves another spec. Its endpoints answer with examples of their
    /// response models instead of the Userplane data.
    #[must_use]
    pub fn spec(mut self, spec: Api) -> Self {
        self.spec = Some(spec);
        self
    }

    /// With [`spec`](Self::spec): answers from the in-memory Userplane data
    /// set instead of examples (for a copy of the Userplane spec).
    #[must_use]
    pub fn userplane_data(mut self) -> Self {
        self.userplane_data = true;
        self
    }

    /// Listens on this port of 127.0.0.1 (default: any free port).
    #[must_use]
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// Accepts this key (instead of [`API_KEY`]).
    #[must_use]
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        self.keys.valid = vec![key.into()];
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

    /// Starts serving.
    pub async fn start(self) -> Result<MockServer, StartError> {
        let (spec, behaviour): (Api, Box<dyn behaviour::Behaviour>) = match self.spec {
            Some(spec) if self.userplane_data => (spec, Box::new(userplane::Userplane::seeded())),
            Some(spec) => (spec, Box::new(behaviour::Examples)),
            None => (
                docspec_codegen::load_source(docspec_codegen::SourceFile::new(
                    "spec/userplane.json",
                    USERPLANE_SPEC,
                ))
                .map_err(StartError::Spec)?,
                Box::new(userplane::Userplane::seeded()),
            ),
        };
        let base_path = spec
            .base_url
            .as_deref()
            .and_then(|u| u.split_once("://"))
            .and_then(|(_, rest)| {
                rest.find('/')
                    .map(|i| rest[i..].trim_end_matches('/').to_owned())
            })
            .unwrap_or_default();
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
        let shared = Arc::new(Shared::new(spec, base_path, keys, behaviour, failures));
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
            .field("api", &self.spec.name)
            .field("base_path", &self.base_path)
            .finish_non_exhaustive()
    }
}

impl MockServer {
    /// Starts the Userplane mock with its seeded data on a free port.
    pub async fn start() -> Result<MockServer, StartError> {
        Self::builder().start().await
    }

    /// Configures a mock.
    pub fn builder() -> MockBuilder {
        MockBuilder {
            spec: None,
            userplane_data: false,
            port: 0,
            failures: None,
            keys: Keys {
                valid: Vec::new(),
                expired: vec![EXPIRED_KEY.to_owned()],
                disabled: vec![DISABLED_KEY.to_owned()],
            },
        }
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL to give a client (`http://127.0.0.1:PORT/api/v1`).
    pub fn base_url(&self) -> String {
        format!("http://{}{}", self.addr, self.shared.base_path)
    }

    /// A key the mock accepts.
    pub fn api_key(&self) -> &str {
        self.shared
            .keys
            .valid
            .first()
            .map_or(API_KEY, String::as_str)
    }

    /// The spec being served.
    pub fn spec(&self) -> &Spec {
        &self.shared.spec
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
