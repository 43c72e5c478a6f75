//! [`ApiError`]: an error response decoded through the spec's error body.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use http::StatusCode;

use crate::code::DocumentedCode;
use crate::decode::{self, Slot};

/// The error code an error response carried.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ResponseCode<C> {
    /// A code the spec documents.
    Known(C),
    /// A code the spec does not know (newer than the spec, say); kept verbatim.
    Unknown(String),
    /// The body carried no usable code; [`ApiError::problem`] says why.
    Missing,
}

impl<C: DocumentedCode> ResponseCode<C> {
    /// The code as sent, when there was one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            ResponseCode::Known(c) => Some(c.as_str()),
            ResponseCode::Unknown(s) => Some(s),
            ResponseCode::Missing => None,
        }
    }

    /// The documented code, when the spec knows it.
    pub fn known(&self) -> Option<C> {
        match self {
            ResponseCode::Known(c) => Some(*c),
            _ => None,
        }
    }
}

/// Why an error body could not be read as the spec describes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BodyProblem {
    /// The body was empty.
    Empty,
    /// The body is not valid JSON (an HTML page from a proxy, a truncated
    /// body, …); carries the parser's explanation.
    NotJson(String),
    /// The JSON has no value where the code should be.
    MissingCode,
    /// The code's place holds something other than a string.
    CodeNotString(&'static str),
}

impl fmt::Display for BodyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyProblem::Empty => f.write_str("the error body is empty"),
            BodyProblem::NotJson(e) => write!(f, "the error body is not JSON ({e})"),
            BodyProblem::MissingCode => f.write_str("the error body has no error code"),
            BodyProblem::CodeNotString(found) => {
                write!(f, "the error body's code is {found}, not a string")
            }
        }
    }
}

/// An error response of an API, decoded: the status, the code (known,
/// unknown, or missing), the server's message and the raw body.
///
/// Decoding never fails: whatever the server sent, the result is an
/// `ApiError` that says what was received. It is pointer-sized, so `Result`s
/// carrying it stay small.
///
/// `C` is the generated `ErrorCode` of a spec; each generated module has the
/// alias `ApiError` for its own.
pub struct ApiError<C> {
    inner: Box<Inner<C>>,
}

/// A string from the body: where it is when it could be read in place (no
/// escapes), else a copy.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Text {
    InBody(std::ops::Range<usize>),
    Owned(Box<str>),
}

impl Text {
    fn of(s: std::borrow::Cow<'_, str>, body: &[u8]) -> Text {
        match s {
            std::borrow::Cow::Borrowed(b) => {
                let start = (b.as_ptr() as usize).wrapping_sub(body.as_ptr() as usize);
                if start <= body.len() && body.len() - start >= b.len() {
                    Text::InBody(start..start + b.len())
                } else {
                    Text::Owned(b.into())
                }
            }
            std::borrow::Cow::Owned(o) => Text::Owned(o.into_boxed_str()),
        }
    }

    fn get<'a>(&'a self, body: &'a [u8]) -> Option<&'a str> {
        match self {
            // Validated as UTF-8 when the body was parsed.
            Text::InBody(range) => body
                .get(range.clone())
                .and_then(|b| std::str::from_utf8(b).ok()),
            Text::Owned(s) => Some(s),
        }
    }
}

struct Inner<C> {
    status: StatusCode,
    code: ResponseCode<C>,
    message: Option<Text>,
    body: Bytes,
    problem: Option<BodyProblem>,
    retry_after: Option<Duration>,
}

impl<C: DocumentedCode> ApiError<C> {
    /// Decodes an error response through the spec's error body layout.
    ///
    /// ```
    /// # #[docspec::api(spec = "doc/notes.json")]
    /// # pub mod notes {}
    /// use docspec::ResponseCode;
    /// use http::StatusCode;
    /// use notes::{ApiError, ErrorCode};
    ///
    /// let err = ApiError::decode(
    ///     StatusCode::GONE,
    ///     br#"{"error":{"code":"NOTE_GONE","message":"Deleted yesterday"}}"#.to_vec().into(),
    /// );
    /// assert_eq!(err.code(), &ResponseCode::Known(ErrorCode::NoteGone));
    /// assert_eq!(err.message(), Some("Deleted yesterday"));
    /// assert_eq!(err.to_string(), "410 Gone: NOTE_GONE: Deleted yesterday");
    /// ```
    pub fn decode(status: StatusCode, body: Bytes) -> Self {
        let (code, message, problem) = match decode::extract(&body, &C::ERROR_BODY) {
            Err(_) if body.iter().all(u8::is_ascii_whitespace) => {
                (ResponseCode::Missing, None, Some(BodyProblem::Empty))
            }
            Err(e) => (
                ResponseCode::Missing,
                None,
                Some(BodyProblem::NotJson(e.to_string())),
            ),
            Ok([code, message]) => {
                let message = match message {
                    Slot::Str(m) => Some(Text::of(m, &body)),
                    _ => None,
                };
                let (code, problem) = match code {
                    Slot::Str(s) => match C::from_code(&s) {
                        Some(c) => (ResponseCode::Known(c), None),
                        None => (ResponseCode::Unknown(s.into_owned()), None),
                    },
                    Slot::Missing => (ResponseCode::Missing, Some(BodyProblem::MissingCode)),
                    Slot::WrongType(t) => {
                        (ResponseCode::Missing, Some(BodyProblem::CodeNotString(t)))
                    }
                };
                (code, message, problem)
            }
        };
        ApiError {
            inner: Box::new(Inner {
                status,
                code,
                message,
                body,
                problem,
                retry_after: None,
            }),
        }
    }

    /// The same error with the delay a `Retry-After` header asked for.
    #[must_use]
    pub fn with_retry_after(mut self, delay: Option<Duration>) -> Self {
        self.inner.retry_after = delay;
        self
    }

    /// The delay the response's `Retry-After` header asked for, if it had one.
    pub fn retry_after(&self) -> Option<Duration> {
        self.inner.retry_after
    }

    /// Whether the response shows the request had no effect, so that even a
    /// non-idempotent request may be retried: the spec's `unprocessed` flag
    /// for a known code, else a 429.
    pub fn is_unprocessed(&self) -> bool {
        match self.inner.code {
            ResponseCode::Known(c) => c.is_unprocessed(),
            _ => self.inner.status == StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// An error for a known code with its documented status and message, and
    /// a body in the spec's layout; for tests and mock servers.
    pub fn from_code(code: C) -> Self {
        let body = C::ERROR_BODY
            .render(code.as_str(), code.message())
            .to_string();
        ApiError {
            inner: Box::new(Inner {
                status: code.status(),
                code: ResponseCode::Known(code),
                message: code.message().map(|m| Text::Owned(m.into())),
                body: Bytes::from(body),
                problem: None,
                retry_after: None,
            }),
        }
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> StatusCode {
        self.inner.status
    }

    /// The code the response carried: the accessor for it. A
    /// [`ResponseCode`] is a documented code (`Known`), one the spec does
    /// not list, kept verbatim (`Unknown`), or none (`Missing`, with
    /// [`problem`](Self::problem) saying why). [`known_code`](Self::known_code)
    /// and [`code_str`](Self::code_str) are its two shorthands.
    ///
    /// ```
    /// # #[docspec::api(spec = "doc/notes.json")]
    /// # mod notes {}
    /// use docspec::ResponseCode;
    /// use notes::{ApiError, ErrorCode};
    ///
    /// let e = ApiError::from_code(ErrorCode::NoteGone);
    /// assert_eq!(e.code(), &ResponseCode::Known(ErrorCode::NoteGone));
    /// assert_eq!(e.known_code(), Some(ErrorCode::NoteGone));
    /// assert_eq!(e.code_str(), Some("NOTE_GONE"));
    /// ```
    pub fn code(&self) -> &ResponseCode<C> {
        &self.inner.code
    }

    /// The documented code, when the spec knows the one received:
    /// [`code`](Self::code) when it is `Known`.
    pub fn known_code(&self) -> Option<C> {
        self.inner.code.known()
    }

    /// The code string as received, known or not: [`code`](Self::code)
    /// as text, when there was one.
    pub fn code_str(&self) -> Option<&str> {
        self.inner.code.as_str()
    }

    /// The server's message, when the body had one.
    pub fn message(&self) -> Option<&str> {
        self.message_text()
    }

    /// The raw response body, exactly as received.
    pub fn body(&self) -> &Bytes {
        &self.inner.body
    }

    /// Why the body did not match the spec's layout, if it did not.
    pub fn problem(&self) -> Option<&BodyProblem> {
        self.inner.problem.as_ref()
    }

    /// Whether retrying may help: the spec's classification for a known code,
    /// else 429 or 5xx.
    pub fn is_retryable(&self) -> bool {
        match self.inner.code {
            ResponseCode::Known(c) => c.is_retryable(),
            _ => {
                let s = self.inner.status;
                s == StatusCode::TOO_MANY_REQUESTS || s.is_server_error()
            }
        }
    }
}

impl<C> ApiError<C> {
    fn message_text(&self) -> Option<&str> {
        self.inner
            .message
            .as_ref()
            .and_then(|m| m.get(&self.inner.body))
    }
}

impl<C> Clone for ApiError<C>
where
    C: Clone,
{
    fn clone(&self) -> Self {
        let i = &self.inner;
        ApiError {
            inner: Box::new(Inner {
                status: i.status,
                code: i.code.clone(),
                message: i.message.clone(),
                body: i.body.clone(),
                problem: i.problem.clone(),
                retry_after: i.retry_after,
            }),
        }
    }
}

impl<C> PartialEq for ApiError<C>
where
    C: PartialEq,
{
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.inner, &other.inner);
        a.status == b.status
            && a.code == b.code
            && self.message_text() == other.message_text()
            && a.body == b.body
            && a.problem == b.problem
    }
}

/// How many bytes of a body an error message quotes.
const PREVIEW: usize = 200;

/// A short, printable quotation of a body: its first bytes as text (lossy
/// UTF-8), quoted and escaped once, with `…` when cut.
pub(crate) struct Preview<'a>(pub(crate) &'a [u8]);

impl fmt::Display for Preview<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cut = char_boundary(self.0, self.0.len().min(PREVIEW));
        let text = String::from_utf8_lossy(&self.0[..cut]);
        write!(f, "{text:?}")?;
        if self.0.len() > cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// `cut`, moved back to the first byte of the UTF-8 character it would
/// split; unchanged when it splits none (or the bytes are not UTF-8 there).
fn char_boundary(bytes: &[u8], cut: usize) -> usize {
    let is_continuation = |i: usize| bytes.get(i).is_some_and(|b| b & 0xC0 == 0x80);
    let mut start = cut;
    while start > 0 && cut - start < 3 && is_continuation(start) {
        start -= 1;
    }
    if start < cut && bytes[start] >= 0xC0 {
        start
    } else {
        cut
    }
}

impl fmt::Debug for Preview<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl<C: DocumentedCode> fmt::Display for ApiError<C> {
    /// `404 Not Found: NOTE_NOT_FOUND: No note has that id.`; when the body did not
    /// fit the spec, what was wrong and a quotation of what was received.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        write!(f, "{}", i.status.as_u16())?;
        if let Some(reason) = i.status.canonical_reason() {
            write!(f, " {reason}")?;
        }
        match &i.code {
            ResponseCode::Known(c) => write!(f, ": {c}")?,
            ResponseCode::Unknown(s) => write!(f, ": {s} (not in the spec)")?,
            ResponseCode::Missing => {}
        }
        if let Some(m) = self.message() {
            write!(f, ": {m}")?;
        }
        if let Some(p) = &i.problem {
            write!(
                f,
                ": {p}; received {} bytes: {}",
                i.body.len(),
                Preview(&i.body)
            )?;
        }
        Ok(())
    }
}

impl<C: DocumentedCode> fmt::Debug for ApiError<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        let mut d = f.debug_struct("ApiError");
        d.field("status", &i.status)
            .field("code", &i.code)
            .field("message", &self.message());
        if let Some(p) = &i.problem {
            d.field("problem", p);
        }
        d.field("body", &Preview(&i.body)).finish()
    }
}

impl<C: DocumentedCode> std::error::Error for ApiError<C> {}
