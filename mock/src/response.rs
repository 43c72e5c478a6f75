//! Responses the mock sends: success envelopes, spec error bodies, and
//! anything a test scripts.

use std::time::Duration;

use bytes::Bytes;
use docspec_ir::Api;
use http::{HeaderName, HeaderValue, StatusCode};
use serde_json::{Map, Value};

/// A response a test asks the mock to send.
#[derive(Clone, Debug)]
pub struct MockResponse {
    pub(crate) kind: Kind,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) delay: Option<Duration>,
}

#[derive(Clone, Debug)]
pub(crate) enum Kind {
    /// A spec error by code, with the spec's status and body layout.
    SpecError(String),
    /// Exactly these bytes.
    Raw(StatusCode, &'static str, Bytes),
    /// Drop the connection without answering.
    Hangup,
}

impl MockResponse {
    /// The spec's error response for `code`: its status, and a body in the
    /// spec's layout with the endpoint's wording of the message.
    pub fn error(code: impl Into<String>) -> Self {
        Self::of(Kind::SpecError(code.into()))
    }

    /// A JSON body with this status.
    pub fn json(status: u16, body: &Value) -> Self {
        Self::raw(status, "application/json", body.to_string())
    }

    /// Exactly these bytes, with this status and content type (an HTML error
    /// page from a proxy, a truncated body, …).
    pub fn raw(status: u16, content_type: &'static str, body: impl Into<Bytes>) -> Self {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        Self::of(Kind::Raw(status, content_type, body.into()))
    }

    /// Closes the connection without sending a response.
    pub fn hangup() -> Self {
        Self::of(Kind::Hangup)
    }

    /// Adds a header.
    #[must_use]
    pub fn header(mut self, name: &'static str, value: &str) -> Self {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.push((HeaderName::from_static(name), v));
        }
        self
    }

    /// Waits this long before answering.
    #[must_use]
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    fn of(kind: Kind) -> Self {
        MockResponse {
            kind,
            headers: Vec::new(),
            delay: None,
        }
    }
}

/// The largest array index an error body pointer may put a value at.
const MAX_INDEX: usize = 1024;

/// Puts `value` at `pointer` inside `root`: object keys, and array indexes
/// (`/errors/0/code`), creating what is missing.
fn place(root: &mut Value, segments: &[String], value: Value) {
    let mut node = root;
    for key in segments {
        // An index past any real error list is taken as an object key.
        node = match key.parse::<usize>().ok().filter(|i| *i < MAX_INDEX) {
            Some(index) => {
                if !node.is_array() {
                    *node = Value::Array(Vec::new());
                }
                let Value::Array(items) = node else { return };
                if items.len() <= index {
                    items.resize(index + 1, Value::Object(Map::new()));
                }
                &mut items[index]
            }
            None => {
                if !node.is_object() {
                    *node = Value::Object(Map::new());
                }
                let Value::Object(map) = node else { return };
                map.entry(key.clone()).or_insert(Value::Null)
            }
        };
    }
    *node = value;
}

/// A success body: `data` at the spec's data pointer, plus a `message` beside
/// it when the pointer is a top-level field (an envelope such as `{"message": …, "data": …}`).
pub(crate) fn success_body(api: &Api, message: &str, data: Value) -> Value {
    let pointer = &api.success_data;
    if pointer.is_empty() {
        return data;
    }
    let mut root = Value::Object(Map::new());
    if pointer.len() == 1 {
        place(
            &mut root,
            &["message".to_owned()],
            Value::String(message.to_owned()),
        );
    }
    place(&mut root, pointer, data);
    root
}

/// An error body in the spec's layout with a message and no code, for
/// answers the spec declares no code for.
pub(crate) fn error_body_without_code(api: &Api, message: &str) -> Value {
    let mut root = Value::Object(Map::new());
    place(
        &mut root,
        &api.error_body.message,
        Value::String(message.to_owned()),
    );
    root
}

/// An error body in the spec's layout (without a message when there is
/// none to send).
pub(crate) fn error_body(api: &Api, code: &str, message: Option<&str>) -> Value {
    let mut root = Value::Object(Map::new());
    place(
        &mut root,
        &api.error_body.code,
        Value::String(code.to_owned()),
    );
    if let Some(message) = message {
        place(
            &mut root,
            &api.error_body.message,
            Value::String(message.to_owned()),
        );
    }
    root
}
