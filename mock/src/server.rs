//! The HTTP handler: routing, scripted responses, error injection,
//! authentication, then the endpoint's behaviour.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::response::Response;
use bytes::Bytes;
use docspec_ir::model::Endpoint;
use docspec_ir::{Api, Spec};
use http::{HeaderMap, StatusCode, header};
use serde_json::Value;

use crate::behaviour::{Behaviour, Call, Outcome};
use crate::response::{Kind, MockResponse, error_body, success_body};
use crate::routing::{self, Match, Route};

/// The request header that makes the mock answer with a spec error:
/// `x-mock-error: LINK_GONE`.
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
    /// The spec being served.
    pub(crate) fn spec(&self) -> &Spec {
        self.api.spec()
    }

    pub(crate) fn new(
        spec: Api,
        base_path: String,
        keys: Keys,
        behaviour: Box<dyn Behaviour>,
        failures: Option<RandomFailures>,
    ) -> Self {
        let routes = spec
            .spec()
            .endpoints
            .iter()
            .enumerate()
            .map(|(i, e)| Route::new(i, e))
            .collect();
        Shared {
            api: spec,
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
        let candidates: Vec<&str> = self
            .spec()
            .endpoint_codes(endpoint)
            .into_iter()
            .filter(|e| e.status.value == 429 || e.status.value >= 500)
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
        let codes = self.spec().endpoint_codes(endpoint);
        let code = codes
            .iter()
            .copied()
            .chain(self.spec().errors.iter())
            .find(|e| e.status.value == 429)
            .map(|e| e.code.value.clone());
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
        let own = endpoint.and_then(|e| {
            e.errors
                .iter()
                .find(|r| r.code.value == code)
                .and_then(|r| r.message.clone())
        });
        own.or_else(|| {
            self.spec()
                .error(code)
                .and_then(|e| e.message_text().map(str::to_owned))
        })
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
            .resolved_code(code)
            .map(|(_, resolved)| resolved.status.as_u16())
            .or(status)
            .and_then(|s| StatusCode::from_u16(s).ok())
            .unwrap_or(StatusCode::BAD_REQUEST);
        let message = match self.spec().error(code) {
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
        let auth = self.spec().auth.as_ref();
        let declared =
            |code: Option<&docspec_ir::model::Spanned<String>>| code.map(|c| c.value.clone());
        let fail = |code: Option<String>, message: &str| match code {
            Some(code) => self.spec_error(Some(endpoint), &code, None),
            None => json(
                StatusCode::UNAUTHORIZED,
                &crate::response::error_body_without_code(&self.api, message),
            ),
        };
        let Some(key) = crate::auth::presented_key(auth, headers, query) else {
            let code = declared(auth.and_then(|a| a.missing_key_code.as_ref()));
            return Some(fail(code, "The request has no API key."));
        };
        // Only codes the endpoint lists: a client decodes the others as
        // unknown.
        let known = |code: &str| {
            self.spec()
                .endpoint_codes(endpoint)
                .iter()
                .any(|e| e.code.value == code)
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
                let code = declared(auth.and_then(|a| a.invalid_key_code.as_ref()));
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
        Match::Endpoint(i, _) => shared.spec().endpoints.get(*i),
        _ => None,
    };
    let log_index = {
        let mut log = lock(&shared.log);
        log.push(RecordedRequest {
            endpoint: endpoint.map(|e| e.id.value.clone()),
            method: parts.method.to_string(),
            path: path.clone(),
            query: query.clone(),
            authorized: parts.headers.contains_key(header::AUTHORIZATION),
            injected: None,
        });
        log.len() - 1
    };
    let (endpoint, position, params) = match (matched, endpoint) {
        (Match::Endpoint(i, params), Some(e)) => (e, i, params),
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
    if let Some(code) = parts
        .headers
        .get(ERROR_HEADER)
        .and_then(|v| v.to_str().ok())
    {
        let status = parts
            .headers
            .get(ERROR_STATUS_HEADER)
            .and_then(|v| v.to_str().ok())
            .and_then(|s| s.parse().ok());
        return shared.spec_error(Some(endpoint), code, status);
    }
    if let Some(response) = shared.auth_failure(endpoint, &parts.headers, &query) {
        return response;
    }
    if let Some(response) = shared.over_quota(endpoint) {
        return response;
    }
    if let Some(code) = shared.random_failure(endpoint) {
        if let Some(entry) = lock(&shared.log).get_mut(log_index) {
            entry.injected = Some(code.clone());
        }
        return shared.spec_error(Some(endpoint), &code, None);
    }
    let body = match axum::body::to_bytes(body, 1024 * 1024).await {
        Ok(b) if b.is_empty() => None,
        Ok(b) => match serde_json::from_slice::<Value>(&b) {
            Ok(v) => Some(v),
            Err(e) => {
                let body = error_body(
                    &shared.api,
                    "INVALID_JSON",
                    Some(&format!("The request body is not JSON: {e}")),
                );
                return json(StatusCode::BAD_REQUEST, &body);
            }
        },
        Err(_) => None,
    };
    let call = Call {
        path: full_path.clone(),
        endpoint,
        paging: shared
            .api
            .resolved_endpoint(position)
            .and_then(|e| e.paging),
        params,
        query: query_pairs(&query),
        body,
    };
    match shared.behaviour.respond(shared.spec(), &call) {
        Outcome::Data(message, data) => {
            json(StatusCode::OK, &success_body(shared.spec(), &message, data))
        }
        Outcome::Page(message, data, link) => {
            let mut response = json(StatusCode::OK, &success_body(shared.spec(), &message, data));
            if let Some(link) = link.and_then(|l| http::HeaderValue::try_from(l).ok()) {
                response.headers_mut().insert(header::LINK, link);
            }
            response
        }
        Outcome::Error(code) => shared.spec_error(Some(endpoint), &code, None),
        Outcome::Invalid(message) => json(
            StatusCode::BAD_REQUEST,
            &error_body(&shared.api, "INVALID_REQUEST", Some(&message)),
        ),
    }
}
