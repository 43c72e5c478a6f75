//! [`Error`]: what a call can fail with, one flat enum per endpoint.

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use http::StatusCode;

use crate::api_error::{ApiError, Preview};
use crate::argument::ArgumentError;
use crate::endpoint::EndpointError;

/// The error of one API call.
///
/// `E` is the endpoint's own error enum (`DeleteNoteError`), so the API's
/// errors match one level deep:
///
/// ```
/// # #[docspec::api(spec = "doc/notes.json")]
/// # pub mod notes {}
/// use docspec::Error;
/// use notes::DeleteNoteError;
///
/// fn describe(result: Result<(), Error<DeleteNoteError>>) -> &'static str {
///     match result {
///         Ok(()) => "deleted",
///         Err(Error::Api(DeleteNoteError::NoteGone(_))) => "already deleted",
///         Err(Error::Api(DeleteNoteError::NoteNotFound(_))) => "never existed",
///         Err(Error::Api(_)) => "refused",
///         Err(Error::Timeout(_)) => "timed out",
///         Err(Error::Transport(_)) => "network failure",
///         Err(Error::Decode(_)) => "unexpected response",
///         Err(Error::InvalidArgument(_)) => "bad id: nothing was sent",
///     }
/// }
/// ```
#[derive(Debug)]
pub enum Error<E> {
    /// The API answered with an error response.
    Api(E),
    /// The request could not be sent, or the response not received: no
    /// connection, connection reset, TLS failure.
    Transport(TransportError),
    /// The call did not complete in time.
    Timeout(TimeoutError),
    /// A success response whose body is not what the spec describes.
    Decode(DecodeError),
    /// The call was refused before anything was sent: an argument breaks a
    /// rule of the endpoint (an empty, `.` or `..` path parameter, or one
    /// outside the spec's limits).
    InvalidArgument(ArgumentError),
}

impl<E: EndpointError> Error<E> {
    /// The decoded error response, when the API answered with one.
    pub fn api_error(&self) -> Option<&ApiError<E::Code>> {
        match self {
            Error::Api(e) => Some(e.api_error()),
            _ => None,
        }
    }

    /// The same error with the API's error as the spec-wide [`ApiError`], for
    /// handling errors of several endpoints in one place.
    pub fn into_generic(self) -> Error<ApiError<E::Code>> {
        match self {
            Error::Api(e) => Error::Api(e.into_api_error()),
            Error::Transport(e) => Error::Transport(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::Decode(e) => Error::Decode(e),
            Error::InvalidArgument(e) => Error::InvalidArgument(e),
        }
    }

    /// The HTTP status, when a response was received.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.api_error().status()),
            Error::Decode(e) => Some(e.status),
            Error::Transport(_) | Error::Timeout(_) | Error::InvalidArgument(_) => None,
        }
    }

    /// Whether retrying the same request may succeed: 429 and 5xx errors
    /// (as the spec classifies them), timeouts, and transport failures.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Api(e) => e.api_error().is_retryable(),
            Error::Transport(_) | Error::Timeout(_) => true,
            Error::Decode(_) | Error::InvalidArgument(_) => false,
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => e.fmt(f),
            Error::Transport(e) => e.fmt(f),
            Error::Timeout(e) => e.fmt(f),
            Error::Decode(e) => e.fmt(f),
            Error::InvalidArgument(e) => e.fmt(f),
        }
    }
}

/// Transparent: `Display` is the inner error's, and so is the chain of
/// sources, so a chain printer (anyhow's `{:#}`) shows each cause once.
impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Api(e) => e.source(),
            Error::Transport(e) => e.source(),
            Error::Timeout(e) => e.source(),
            Error::Decode(e) => e.source(),
            Error::InvalidArgument(e) => e.source(),
        }
    }
}

/// What stage of a call a transport failure happened in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportStage {
    /// Connecting to the server.
    Connect,
    /// Sending the request or waiting for the response head.
    Request,
    /// Reading the response body.
    Body,
    /// Encoding the request body.
    Encode,
    /// Reserving a slot in the shared quota store, before anything was
    /// sent ([`WhenStoreFails::FailCall`](crate::WhenStoreFails::FailCall)).
    Quota,
}

/// A request that could not be sent, or a response that could not be
/// received.
#[derive(Debug)]
pub struct TransportError {
    endpoint: &'static str,
    stage: TransportStage,
    source: Box<dyn std::error::Error + Send + Sync>,
}

impl TransportError {
    pub(crate) fn new(
        endpoint: &'static str,
        stage: TransportStage,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        TransportError {
            endpoint,
            stage,
            source: source.into(),
        }
    }

    /// The endpoint being called.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// Where the call failed.
    pub fn stage(&self) -> TransportStage {
        self.stage
    }

    /// Whether the request certainly never reached the server (the
    /// connection could not be made, or the quota store refused first), so
    /// retrying cannot repeat an effect.
    pub fn is_connect(&self) -> bool {
        matches!(self.stage, TransportStage::Connect | TransportStage::Quota)
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.stage {
            TransportStage::Connect => "could not connect",
            TransportStage::Request => "request failed",
            TransportStage::Body => "reading the response failed",
            TransportStage::Encode => "could not encode the request body",
            TransportStage::Quota => "the quota store could not be used; nothing was sent",
        };
        // The cause is `source()`, not part of this message, so a chain
        // printer shows it once.
        write!(f, "{}: {what}", self.endpoint)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// Which time limit ran out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeLimit {
    /// One attempt's limit ([`CallOptions::attempt_timeout`]); the call was
    /// retried as the policy allows before giving up.
    ///
    /// [`CallOptions::attempt_timeout`]: crate::CallOptions::attempt_timeout
    Attempt(Duration),
    /// The whole call's limit ([`CallOptions::deadline`]), which covers
    /// pacing, every attempt and every backoff.
    ///
    /// [`CallOptions::deadline`]: crate::CallOptions::deadline
    Deadline(Duration),
    /// A timeout of the HTTP client itself (one given to
    /// [`ClientBuilder::http_client`](crate::ClientBuilder::http_client)
    /// with its own limit).
    HttpClient,
}

/// A call that did not complete in time: which limit ran out, and after how
/// many attempts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeoutError {
    endpoint: &'static str,
    limit: TimeLimit,
    attempts: u32,
}

impl TimeoutError {
    pub(crate) fn new(endpoint: &'static str, limit: TimeLimit, attempts: u32) -> Self {
        TimeoutError {
            endpoint,
            limit,
            attempts,
        }
    }

    /// The endpoint being called.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The limit that ran out.
    pub fn limit(&self) -> TimeLimit {
        self.limit
    }

    /// How many requests were started (0 when the deadline ran out while
    /// waiting for the rate limit, before the first).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: timed out ", self.endpoint)?;
        match self.attempts {
            0 => f.write_str("before the first attempt")?,
            1 => f.write_str("after 1 attempt")?,
            n => write!(f, "after {n} attempts")?,
        }
        match self.limit {
            TimeLimit::Attempt(limit) => {
                let which = if self.attempts > 1 { "the last" } else { "it" };
                write!(f, ": {which} ran past the {limit:?} attempt timeout")
            }
            TimeLimit::Deadline(limit) => {
                write!(f, ": the {limit:?} deadline for the whole call ran out")
            }
            TimeLimit::HttpClient => f.write_str(": the HTTP client's own timeout ran out"),
        }
    }
}

impl std::error::Error for TimeoutError {}

/// A success response whose body is not what the spec describes. Carries
/// what was received.
#[derive(Clone)]
pub struct DecodeError {
    endpoint: &'static str,
    status: StatusCode,
    body: Bytes,
    reason: String,
}

impl DecodeError {
    pub(crate) fn new(
        endpoint: &'static str,
        status: StatusCode,
        body: Bytes,
        reason: String,
    ) -> Self {
        DecodeError {
            endpoint,
            status,
            body,
            reason,
        }
    }

    /// The endpoint being called.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// The response's status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response body, as received.
    pub fn body(&self) -> &Bytes {
        &self.body
    }

    /// What did not match.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: could not decode the {} response: {}; received {} bytes: {}",
            self.endpoint,
            self.status,
            self.reason,
            self.body.len(),
            Preview(&self.body)
        )
    }
}

impl fmt::Debug for DecodeError {
    /// The body is quoted as in `Display`: its start, as text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("endpoint", &self.endpoint)
            .field("status", &self.status)
            .field("reason", &self.reason)
            .field("body", &Preview(&self.body))
            .finish()
    }
}

impl std::error::Error for DecodeError {}

impl<E> From<ArgumentError> for Error<E> {
    fn from(error: ArgumentError) -> Self {
        Error::InvalidArgument(error)
    }
}
