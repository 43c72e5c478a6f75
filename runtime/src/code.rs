//! What the runtime needs to know about a generated `ErrorCode` enum.

use std::fmt;
use std::hash::Hash;

use http::StatusCode;

/// Where an error response body carries its code and message.
///
/// Each field is the list of object keys leading to the value:
/// `{"error": "X", "message": "…"}` is `code: &["error"], message: &["message"]`;
/// `{"error": {"code": "X", "message": "…"}}` is
/// `code: &["error", "code"], message: &["error", "message"]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorBodyLayout {
    /// Keys leading to the error code string.
    pub code: &'static [&'static str],
    /// Keys leading to the human-readable message.
    pub message: &'static [&'static str],
}

impl ErrorBodyLayout {
    /// Builds an error body in this layout, as a server following the spec
    /// would send it (without a message when there is none).
    ///
    /// ```
    /// let layout = docspec::__private::ErrorBodyLayout { code: &["error", "code"], message: &["error", "message"] };
    /// assert_eq!(
    ///     layout.render("NOT_FOUND", Some("No such thing")).to_string(),
    ///     r#"{"error":{"code":"NOT_FOUND","message":"No such thing"}}"#
    /// );
    /// assert_eq!(layout.render("NOT_FOUND", None).to_string(), r#"{"error":{"code":"NOT_FOUND"}}"#);
    /// ```
    pub fn render(&self, code: &str, message: Option<&str>) -> serde_json::Value {
        let mut root = serde_json::Value::Object(Default::default());
        insert(&mut root, self.code, code);
        if let Some(message) = message {
            insert(&mut root, self.message, message);
        }
        root
    }
}

fn insert(root: &mut serde_json::Value, path: &[&str], value: &str) {
    let mut node = root;
    for (i, key) in path.iter().enumerate() {
        if !node.is_object() {
            *node = serde_json::Value::Object(Default::default());
        }
        let serde_json::Value::Object(map) = node else {
            return;
        };
        let entry = map.entry(key.to_string());
        node = if i + 1 == path.len() {
            entry.or_insert(serde_json::Value::Null)
        } else {
            entry.or_insert_with(|| serde_json::Value::Object(Default::default()))
        };
    }
    *node = serde_json::Value::String(value.to_owned());
}

/// The error codes a spec documents: implemented by every generated
/// `ErrorCode` enum, and by nothing else (the trait is sealed); lets the
/// runtime decode, classify and retry errors of any spec.
pub trait DocumentedCode:
    crate::__private::Sealed
    + Copy
    + Eq
    + Hash
    + Ord
    + fmt::Debug
    + fmt::Display
    + Send
    + Sync
    + 'static
{
    /// Every code, in documentation order.
    const ALL: &'static [Self];
    /// Where the API's error bodies carry the code and message.
    const ERROR_BODY: ErrorBodyLayout;

    /// The code as the API sends it.
    fn as_str(self) -> &'static str;
    /// The code for a string sent by the API, if the spec knows it.
    fn from_code(code: &str) -> Option<Self>;
    /// The documented HTTP status.
    fn status(self) -> StatusCode;
    /// The documented default message; `None` when the docs give none.
    fn message(self) -> Option<&'static str>;
    /// Whether a request failing with this code may succeed when retried.
    fn is_retryable(self) -> bool;
    /// Whether this code means the request had no effect (so even a
    /// non-idempotent request may be retried).
    fn is_unprocessed(self) -> bool;
    /// The id of the code's documentation section.
    fn category_id(self) -> &'static str;
}

/// The error of parsing a string that is not a code of the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseCodeError {
    code: String,
}

impl ParseCodeError {
    /// Records the unrecognised code.
    pub fn new(code: &str) -> Self {
        ParseCodeError {
            code: code.to_owned(),
        }
    }

    /// The string that was not recognised.
    pub fn code(&self) -> &str {
        &self.code
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not an error code of the spec", self.code)
    }
}

impl std::error::Error for ParseCodeError {}
