//! The runtime behind typed API clients generated from an API's published
//! docs: its error tables and its endpoints.
//!
//! An API's errors (code, HTTP status, message, grouped by section) and its
//! endpoints, written as data in a spec file (see `spec/README.md` in the
//! repository), become Rust with one attribute:
//!
//! ```
//! #[docspec::api(spec = "doc/notes.json")]
//! pub mod notes {}
//!
//! use notes::{Category, ErrorCode};
//!
//! assert_eq!(ErrorCode::NoteGone.status().as_u16(), 410);
//! assert_eq!(ErrorCode::NoteGone.category(), Category::Notes);
//! assert_eq!("RATE_LIMITED".parse::<ErrorCode>(), Ok(ErrorCode::RateLimited));
//! ```
//!
//! The module gets `ErrorCode` and `Category`, one error enum per endpoint,
//! the request and response `models`, and a `Client` with one method per
//! endpoint, all calling into this crate:
//!
//! ```no_run
//! # #[docspec::api(spec = "doc/notes.json")]
//! # pub mod notes {}
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use docspec::Error;
//! use notes::{Client, GetNoteError};
//!
//! let client = Client::builder().api_key("nk_…").pace_to_quota().build()?;
//! match client.get_note("n_1").await {
//!     Ok(note) => println!("{}", note.text),
//!     Err(Error::Api(GetNoteError::NoteGone(_))) => println!("deleted"),
//!     Err(other) => return Err(other.into()),
//! }
//! # Ok(()) }
//! ```
//!
//! - Errors: every call returns [`Error`], whose `Api` variant is the
//!   endpoint's own enum; [`ApiError`] is the decoded response (status, code,
//!   message, raw body) whatever the server sent.
//! - Retries and pacing: [`RetryPolicy`] (429 and 5xx, backoff with jitter,
//!   `Retry-After`, never repeating a POST that may have had an effect) and
//!   [`Pacing`]; see the [`ClientBuilder`].
//! - Coverage: an exhaustive `match` on a generated `ErrorCode`, or the
//!   [`FromApiError`](derive@FromApiError) derive on your own enum, stops
//!   compiling when the spec gains a code, and names it.
//! - The public API, in full:
//!   - the macros [`api`](macro@api) and [`FromApiError`](derive@FromApiError);
//!   - calls: [`ClientBuilder`], [`BuildError`], [`CallOptions`] ([`Override`]),
//!     [`RetryPolicy`], [`Pacing`], [`ApiKey`], [`AuthScheme`], [`Transport`],
//!     [`default_user_agent`], [`StatusCode`] (re-exported from `http`),
//!     [`LocalQuota`], `RedisQuota` (feature `redis`), [`WhenStoreFails`],
//!     [`stream`], [`BoxStream`], [`Page`], [`PagePosition`], [`MAX_PAGES`];
//!   - errors: [`Error`] and its parts [`TransportError`] ([`TransportStage`]),
//!     [`TimeoutError`] ([`TimeLimit`]), [`DecodeError`], [`ArgumentError`]
//!     ([`Violation`], [`ArgumentPlace`]); the decoded error response [`ApiError`], the code it
//!     carried ([`ResponseCode`]) and why its body did not fit
//!     ([`BodyProblem`]); [`ParseCodeError`] from parsing a code string;
//!   - for code over any spec: [`DocumentedCode`] (sealed; implemented by each
//!     generated `ErrorCode`) and [`EndpointError`];
//!   - for a quota store of one's own: [`quota_store`]; for tests that
//!     control time: [`time`] (the [`Clock`](time::Clock) and
//!     [`Jitter`](time::Jitter) a client waits with).
//!
//!   `__private` holds what generated code calls; it is not public API.

extern crate self as docspec;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
mod api_error;
mod argument;
mod auth;
mod client;
mod code;
mod data;
mod decode;
mod endpoint;
mod error;
mod macros;
mod pagination;
mod quota;
mod retry;
mod secret;

pub use api_error::{ApiError, BodyProblem, ResponseCode};
pub use argument::{ArgumentError, ArgumentPlace, Violation};
pub use auth::AuthScheme;
pub use client::{BuildError, CallOptions, ClientBuilder, Override, Transport, default_user_agent};
pub use code::{DocumentedCode, ParseCodeError};
pub use docspec_macros::api;
pub use endpoint::EndpointError;
pub use error::{DecodeError, Error, TimeLimit, TimeoutError, TransportError, TransportStage};
pub use http::StatusCode;
pub use pagination::{BoxStream, MAX_PAGES, Page, PagePosition};
#[cfg(feature = "redis")]
pub use quota::RedisQuota;
pub use quota::{LocalQuota, Pacing, WhenStoreFails};
pub use retry::RetryPolicy;
pub use secret::ApiKey;

/// Maps the API's errors onto your own error enum, and refuses to compile
/// while any error code of the spec is left unhandled.
///
/// The enum names the module [`api`](macro@api) generated, with
/// `#[api_error(module = "crate::my_api")]` (or a module another crate
/// exports, such as a client crate's `api` module), and is checked against that module's
/// spec. Each variant says which errors it receives:
///
/// | Attribute | Receives |
/// |---|---|
/// | `#[api_error(code = "NOTE_GONE")]` | that code (repeat for several) |
/// | `#[api_error(category = "notes")]` | every code of that docs section |
/// | `#[api_error(other)]` | every code no other variant maps: an explicit opt-out of full coverage |
/// | `#[api_error(unknown)]` | codes the spec does not know (newer ones), bodies without a code, and codes outside a narrowed scope |
/// | `#[api_error(transport)]` | failures that are not API errors (timeouts, connections, undecodable bodies), as `Error<ApiError>` |
///
/// A variant holds nothing, or one value built with `From<ApiError>` (the
/// `ApiError` itself, a `Box<ApiError>`, your own type). On the enum,
/// besides `module`: `endpoint = "get_note"` or `category = "notes"` narrows
/// what must be covered.
///
/// The derive generates `From<ErrorCode>`, `From<ApiError>`, `From` every
/// per-endpoint error enum, and, with a `transport` variant, `From` every
/// call's [`Error`], so `?` works on calls. At compile time it checks that
/// every code in scope is mapped exactly once and that some variant receives
/// unknown codes:
///
/// ```text
/// error: 1 error code of the spec is not mapped to a variant:
///          - `NOTE_LOCKED` (423 Locked): The note is locked.
///          = help: map them with `#[api_error(code = "…")]` or `category = "…"`, or opt out of full coverage with a `#[api_error(other)]` variant
/// ```
///
/// A code or category that is not in the spec is an error at the attribute,
/// with a "did you mean"; a code mapped twice is an error at both places.
///
/// ```
/// #[docspec::api(spec = "doc/notes.json")]
/// pub mod notes {}
///
/// use docspec::{Error, FromApiError};
/// use notes::{ApiError, Client, ErrorCode};
///
/// #[derive(Debug, FromApiError)]
/// #[api_error(module = "notes")]
/// enum AppError {
///     #[api_error(category = "auth")]
///     Access(ApiError),
///     #[api_error(category = "service")]
///     Busy,
///     #[api_error(code = "NOTE_NOT_FOUND", code = "NOTE_GONE")]
///     NotFound(ApiError),
///     #[api_error(unknown)]
///     Unexpected(ApiError),
///     #[api_error(transport)]
///     Network(Error<ApiError>),
/// }
///
/// async fn delete(client: &Client, note: &str) -> Result<(), AppError> {
///     client.delete_note(note).await?; // Error<DeleteNoteError> → AppError
///     Ok(())
/// }
///
/// assert!(matches!(AppError::from(ErrorCode::NoteGone), AppError::NotFound(_)));
/// assert!(matches!(AppError::from(ErrorCode::RateLimited), AppError::Busy));
/// ```
pub use docspec_macros::FromApiError;

/// Stream helpers for the paged endpoints' `pages()` and `items()`.
pub mod stream {
    pub use futures_util::{StreamExt, TryStreamExt};
}

/// For authors of a quota store: the trait a store shared by many clients
/// implements ([`LocalQuota`] and `RedisQuota` do), what
/// a client asks of it, and how it may fail.
pub mod quota_store {
    pub use crate::quota::{QuotaStore, Refusal, Reservation, StoreError};
}

/// The clock and the jitter a client waits with: seams for tests that
/// control time ([`ClientBuilder::clock`](crate::ClientBuilder::clock),
/// [`ClientBuilder::jitter`](crate::ClientBuilder::jitter)).
pub mod time {
    pub use crate::retry::{Clock, Jitter, RandomJitter, TokioClock};
}
