//! The HTTP handler: routing, scripted responses, error injection,
//! authentication, then the endpoint's behaviour.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use bytes::Bytes;
use docspec_ir::Api;
use docspec_ir::ir::CodeId;
use docspec_ir::ir::Endpoint;
use http::{HeaderMap, StatusCode, header};
use serde_json::Value;

use crate::behaviour::{Behaviour, Outcome};
use crate::call::Call;
use crate::response::{Kind, MockResponse, error_body, success_body};
use crate::routing::{self, Match, Route};

/// The request header that makes the mock answer with a spec error:
/// `x-mock-error: NOTE_GONE`.
pub const ERROR_HEADER: &str = "x-mock-error";
/// With [`ERROR_HEADER`] naming a code the spec does not know, the status
/// to send it with (default 400).
pub const ERROR_STATUS_HEADER: &str = "x-mock-error-status";

/// A request the mock received. The API key is never recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordedRequest {
    /// The endpoint it matched, if any.
    pub endpoint: Option<String>,
    /// The HTTP method.
    pub method: String,
    /// The path, below the base path.
    pub path: String,
    /// The raw query string.
    pub query: String,
    /// Whether an `Authorization` header was sent.
    pub authorized: bool,
    /// The error the mock injected at random, if it did.
    pub injected: Option<String>,
}

pub(crate) struct Shared {
    pub(crate) api: Api,
    pub(crate) base_path: String,
    routes: Vec<Route>,
    pub(crate) keys: Keys,
    scripts: Mutex<HashMap<String, VecDeque<MockResponse>>>,
    log: Mutex<Vec<RecordedRequest>>,
    behaviour: Box<dyn Behaviour>,
    failures: Option<RandomFailures>,
    pub(crate) quota: Option<crate::quota::RollingQuota>,
}

/// Random failure injection for load tests.
pub(crate) struct RandomFailures {
    pub(crate) rate: f64,
    pub(crate) rng: Mutex<fastrand::Rng>,
}

/// Which keys the mock accepts, and which it refuses with a code of their
/// own.
#[derive(Clone, Debug, Default)]
pub(crate) struct Keys {
    pub(crate) valid: Vec<String>,
    /// `(key, code)`: the key is refused with this spec code.
    pub(crate) rejected: Vec<(String, String)>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panicking test thread must not wedge the server for the others.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    pub(crate) fn new(
        api: Api,
        base_path: String,
        keys: Keys,
        behaviour: Box<dyn Behaviour>,
        failures: Option<RandomFailures>,
    ) -> Self {
        let routes = api
            .endpoints
            .iter()
            .enumerate()
            .map(|(i, e)| Route::new(i, e))
            .collect();
        Shared {
            api,
            base_path,
            routes,
            keys,
            scripts: Mutex::new(HashMap::new()),
            log: Mutex::new(Vec::new()),
            behaviour,
            failures,
            quota: None,
        }
    }

    pub(crate) fn enqueue(&self, endpoint: &str, response: MockResponse) {
        lock(&self.scripts)
            .entry(endpoint.to_owned())
            .or_default()
            .push_back(response);
    }

    pub(crate) fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.log).clone()
    }

    /// Picks a failure to inject, at the configured rate: one of the
    /// endpoint's 429 and 5xx codes.
    fn random_failure(&self, endpoint: &Endpoint) -> Option<String> {
        let failures = self.failures.as_ref()?;
        let mut rng = lock(&failures.rng);
        if rng.f64() >= failures.rate {
            return None;
        }
        let candidates: Vec<&str> = endpoint
            .codes
            .iter()
            .map(|c| self.api.code(c.code))
            .filter(|e| e.status.as_u16() == 429 || e.status.is_server_error())
            .map(|e| e.code.as_str())
            .collect();
        if candidates.is_empty() {
            return None;
        }
        Some(candidates[rng.usize(..candidates.len())].to_owned())
    }

    /// A 429 for a request over the enforced quota: the endpoint's 429 code
    /// (the spec's first if it lists none), with `Retry-After` in whole
    /// seconds, rounded up.
    fn over_quota(&self, endpoint: &Endpoint) -> Option<Response> {
        let wait = self.quota.as_ref()?.admit(std::time::Instant::now())?;
        let code = endpoint
            .codes
            .iter()
            .map(|c| self.api.code(c.code))
            .chain(self.api.codes().iter())
            .find(|e| e.status.as_u16() == 429)
            .map(|e| e.code.clone());
        let mut response = match code {
            Some(code) => self.spec_error(Some(endpoint), &code, None),
            None => json(
                StatusCode::TOO_MANY_REQUESTS,
                &crate::response::error_body_without_code(&self.api, "Too many requests."),
            ),
        };
        let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, http::HeaderValue::from(seconds));
        Some(response)
    }

    fn next_scripted(&self, endpoint: &str) -> Option<MockResponse> {
        lock(&self.scripts).get_mut(endpoint)?.pop_front()
    }

    /// The message a spec error is sent with on `endpoint`: the endpoint
    /// page's wording when it has one, else the table's.
    fn message_for(&self, endpoint: Option<&Endpoint>, code: &str) -> Option<String> {
        let (id, known) = self.api.find_code(code)?;
        let own = endpoint.and_then(|e| {
            e.codes
                .iter()
                .find(|c| c.code == id)
                .and_then(|c| c.message.clone())
        });
        own.or_else(|| known.message.clone())
    }

    /// The spec's error response for `code`.
    pub(crate) fn spec_error(
        &self,
        endpoint: Option<&Endpoint>,
        code: &str,
        status: Option<u16>,
    ) -> Response {
        let status = self
            .api
            .find_code(code)
            .map(|(_, known)| known.status.as_u16())
            .or(status)
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(StatusCode::BAD_REQUEST);
        let message = match self.api.find_code(code) {
            Some(_) => self.message_for(endpoint, code),
            None => Some(format!("{code} (not in the spec)")),
        };
        json(status, &error_body(&self.api, code, message.as_deref()))
    }

    /// The answer to a request whose key is missing or not accepted, per
    /// the spec's `auth`: its declared code, or a 401 without a code when
    /// the spec declares none. A key refused with a code of its own answers
    /// with that code where the endpoint lists it.
    fn auth_failure(
        &self,
        endpoint: &Endpoint,
        headers: &HeaderMap,
        query: &str,
    ) -> Option<Response> {
        let auth = self.api.auth.as_ref();
        let declared = |code: Option<CodeId>| code.map(|c| self.api.code(c).code.clone());
        let fail = |code: Option<String>, message: &str| match code {
            Some(code) => self.spec_error(Some(endpoint), &code, None),
            None => json(
                StatusCode::UNAUTHORIZED,
                &crate::response::error_body_without_code(&self.api, message),
            ),
        };
        let Some(key) = crate::auth::presented_key(auth, headers, query) else {
            let code = declared(auth.and_then(|a| a.missing_key_code));
            return Some(fail(code, "The request has no API key."));
        };
        // Only codes the endpoint lists: a client decodes the others as
        // unknown.
        let known = |code: &str| {
            endpoint
                .codes
                .iter()
                .any(|c| self.api.code(c.code).code == code)
        };
        if self.keys.valid.contains(&key) {
            return None;
        }
        let own_code = self
            .keys
            .rejected
            .iter()
            .find(|(k, code)| *k == key && known(code));
        Some(match own_code {
            Some((_, code)) => self.spec_error(Some(endpoint), code, None),
            None => {
                let code = declared(auth.and_then(|a| a.invalid_key_code));
                fail(code, "The API key is not valid.")
            }
        })
    }
}

fn json(status: StatusCode, body: &Value) -> Response {
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        http::HeaderValue::from_static("application/json"),
    );
    response
}

async fn render(shared: &Shared, endpoint: Option<&Endpoint>, scripted: MockResponse) -> Response {
    if let Some(delay) = scripted.delay {
        tokio::time::sleep(delay).await;
    }
    let mut response = match scripted.kind {
        Kind::SpecError(code) => shared.spec_error(endpoint, &code, None),
        Kind::Raw(status, content_type, body) => {
            let mut r = Response::new(Body::from(body));
            *r.status_mut() = status;
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                http::HeaderValue::from_static(content_type),
            );
            r
        }
        Kind::Hangup => {
            // Promise a body, send part of it, then fail the stream: the
            // connection closes mid-body.
            let parts: Vec<Result<Bytes, std::io::Error>> = vec![
                Ok(Bytes::from_static(b"{\"message\":\"partial")),
                Err(std::io::Error::other("mock hangup")),
            ];
            let mut r = Response::new(Body::from_stream(futures_util::stream::iter(parts)));
            r.headers_mut().insert(
                header::CONTENT_LENGTH,
                http::HeaderValue::from_static("1000"),
            );
            r
        }
    };
    for (name, value) in scripted.headers {
        response.headers_mut().insert(name, value);
    }
    response
}

fn query_pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

pub(crate) async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let full_path = parts.uri.path().to_owned();
    let query = parts.uri.query().unwrap_or_default().to_owned();
    let path = full_path
        .strip_prefix(shared.base_path.as_str())
        .unwrap_or(&full_path)
        .to_owned();
    let matched = routing::find(&shared.routes, &parts.method, &path);
    let endpoint = match &matched {
        Match::Endpoint(i, _) => shared.api.endpoints.get(*i),
        _ => None,
    };
    let log_index = {
        let mut log = lock(&shared.log);
        log.push(RecordedRequest {
            endpoint: endpoint.map(|e| e.id.clone()),
            method: parts.method.to_string(),
            path: path.clone(),
            query: query.clone(),
            authorized: parts.headers.contains_key(header::AUTHORIZATION),
            injected: None,
        });
        log.len() - 1
    };
    let (endpoint, params) = match (matched, endpoint) {
        (Match::Endpoint(_, params), Some(e)) => (e, params),
        (Match::WrongMethod, _) => {
            let body = error_body(
                &shared.api,
                "METHOD_NOT_ALLOWED",
                Some("No endpoint has this method and path."),
            );
            return json(StatusCode::METHOD_NOT_ALLOWED, &body);
        }
        _ => {
            let body = error_body(
                &shared.api,
                "ROUTE_NOT_FOUND",
                Some("No endpoint has this path."),
            );
            return json(StatusCode::NOT_FOUND, &body);
        }
    };
    if let Some(scripted) = shared.next_scripted(&endpoint.id) {
        return render(&shared, Some(endpoint), scripted).await;
    }
    if let Some(response) = shared.refusal(endpoint, &parts.headers, &query, log_index) {
        return response;
    }
    let body = match read_body(&shared, body).await {
        Ok(body) => body,
        Err(response) => return response,
    };
    let call = Call {
        path: full_path.clone(),
        api: &shared.api,
        endpoint,
        params,
        query: query_pairs(&query),
        body,
    };
    shared.answer(endpoint, &call)
}

/// The request's JSON body, if it has one; a body that is not JSON is
/// answered with a 400.
async fn read_body(shared: &Shared, body: Body) -> Result<Option<Value>, Response> {
    match axum::body::to_bytes(body, 1024 * 1024).await {
        Ok(b) if b.is_empty() => Ok(None),
        Ok(b) => serde_json::from_slice::<Value>(&b).map(Some).map_err(|e| {
            let body = error_body(
                &shared.api,
                "INVALID_JSON",
                Some(&format!("The request body is not JSON: {e}")),
            );
            json(StatusCode::BAD_REQUEST, &body)
        }),
        Err(_) => Ok(None),
    }
}

impl Shared {
    /// The answer that stops a routed request before its behaviour runs: an
    /// error asked for with [`ERROR_HEADER`], a refused key, the quota, or
    /// an injected failure (recorded at `log_index`).
    fn refusal(
        &self,
        endpoint: &Endpoint,
        headers: &HeaderMap,
        query: &str,
        log_index: usize,
    ) -> Option<Response> {
        if let Some(code) = headers.get(ERROR_HEADER).and_then(|v| v.to_str().ok()) {
            let status = headers
                .get(ERROR_STATUS_HEADER)
                .and_then(|v| v.to_str().ok())
                .and_then(|s| s.parse().ok());
            return Some(self.spec_error(Some(endpoint), code, status));
        }
        if let Some(response) = self.auth_failure(endpoint, headers, query) {
            return Some(response);
        }
        if let Some(response) = self.over_quota(endpoint) {
            return Some(response);
        }
        let code = self.random_failure(endpoint)?;
        if let Some(entry) = lock(&self.log).get_mut(log_index) {
            entry.injected = Some(code.clone());
        }
        Some(self.spec_error(Some(endpoint), &code, None))
    }

    /// The behaviour's answer to `call`, as a response.
    fn answer(&self, endpoint: &Endpoint, call: &Call<'_>) -> Response {
        match self.behaviour.respond(call) {
            Outcome::Data(message, data) => {
                json(StatusCode::OK, &success_body(&self.api, &message, data))
            }
            Outcome::Page(message, data, link) => {
                let mut response = json(StatusCode::OK, &success_body(&self.api, &message, data));
                if let Some(link) = link.and_then(|l| http::HeaderValue::try_from(l).ok()) {
                    response.headers_mut().insert(header::LINK, link);
                }
                response
            }
            Outcome::Error(code) => self.spec_error(Some(endpoint), &code, None),
            Outcome::Invalid(message) => json(
                StatusCode::BAD_REQUEST,
                &error_body(&self.api, "INVALID_REQUEST", Some(&message)),
            ),
        }
    }
}
