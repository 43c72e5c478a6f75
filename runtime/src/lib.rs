//! Typed client for the [Userplane](https://userplane.io) REST API, generated
//! at compile time from the API's published error and endpoint tables.
//!
//! The docs' tables live as data in `spec/userplane.json`; the
//! [`api`](macro@api) attribute turns them into this crate's [`api`](mod@api) module:
//! [`ErrorCode`] and [`Category`], one error enum per endpoint, the request and
//! response [`models`], and a [`Client`] with one method per endpoint.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use userplane::{Client, Error, api::GetLinkError};
//!
//! let client = Client::builder().api_key("uspl_…").pace_to_quota().build()?;
//! match client.get_link("ws_acme", "lnk_1").await {
//!     Ok(found) => println!("{:?}", found.link.link_url),
//!     Err(Error::Api(GetLinkError::LinkGone(_))) => println!("deleted"),
//!     Err(Error::Api(GetLinkError::LinkNotFound(_))) => println!("never existed"),
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
//! - Coverage: an exhaustive `match` on [`ErrorCode`], or the
//!   [`FromApiError`](derive@FromApiError) derive on your own enum, stops
//!   compiling when the spec gains a code, and names it.
//! - The public API, in full:
//!   - the generated API: [`Client`] and its request builders, [`ErrorCode`],
//!     [`Category`], [`models`], the per-endpoint error enums in [`api`](mod@api);
//!   - calls: [`ClientBuilder`], [`BuildError`], [`CallOptions`],
//!     [`RetryPolicy`], [`Pacing`], [`ApiKey`], [`Transport`],
//!     [`DEFAULT_USER_AGENT`], [`Clock`] and [`TokioClock`], [`Jitter`] and
//!     [`RandomJitter`], [`stream`], [`BoxStream`], [`Page`];
//!   - errors: [`Error`] and its parts [`TransportError`] ([`TransportStage`]),
//!     [`TimeoutError`] ([`TimeLimit`]), [`DecodeError`], [`ArgumentError`]
//!     ([`Violation`]); the decoded error response [`ApiError`], the code it
//!     carried ([`ResponseCode`]) and why its body did not fit
//!     ([`BodyProblem`]); [`ParseCodeError`] from parsing a code string;
//!   - for code over any spec: [`DocumentedCode`] (sealed; implemented by each
//!     generated `ErrorCode`) and [`EndpointError`];
//!   - the macros [`api`](macro@api) and [`FromApiError`](derive@FromApiError).
//!
//!   `__private` holds what generated code calls; it is not public API.
//! - Other APIs: the same attribute works on any spec in the same format
//!   (JSON, or a Markdown errors page):
//!
//! ```ignore
//! #[userplane::api(spec = "my-api.json")]
//! pub mod my_api {}
//! ```
//!
//! ```
//! use userplane::{Category, ErrorCode};
//!
//! fn advice(code: ErrorCode) -> &'static str {
//!     match code.category() {
//!         Category::Authentication => "check the API key",
//!         Category::Authorization => "ask a workspace admin",
//!         Category::RateLimiting | Category::Service => "retry later",
//!         Category::Resource => "check the id",
//!         Category::Mutation => "retry, then contact support",
//!         Category::ApiKeyManagement => "manage keys in the dashboard",
//!     }
//! }
//! assert_eq!(advice(ErrorCode::RateLimited), "retry later");
//! assert_eq!(ErrorCode::LinkGone.status().as_u16(), 410);
//! ```

extern crate self as userplane;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
mod api_error;
mod argument;
mod client;
mod code;
mod data;
mod decode;
mod endpoint;
mod error;
mod macros;
mod pagination;
mod retry;
mod secret;

pub use api_error::{ApiError, BodyProblem, ResponseCode};
pub use argument::{ArgumentError, Violation};
pub use client::{BuildError, CallOptions, ClientBuilder, DEFAULT_USER_AGENT, Transport};
pub use code::{DocumentedCode, ParseCodeError};
pub use endpoint::EndpointError;
pub use error::{DecodeError, Error, TimeLimit, TimeoutError, TransportError, TransportStage};
pub use pagination::{BoxStream, Page};
pub use retry::{Clock, Jitter, Pacing, RandomJitter, RetryPolicy, TokioClock};
pub use secret::ApiKey;
pub use userplane_macros::api;

/// Maps the API's errors onto your own error enum, and refuses to compile
/// while any error code of the spec is left unhandled.
///
/// Each variant says which errors it receives:
///
/// | Attribute | Receives |
/// |---|---|
/// | `#[userplane(code = "LINK_GONE")]` | that code (repeat for several) |
/// | `#[userplane(category = "resource")]` | every code of that docs section |
/// | `#[userplane(other)]` | every code no other variant maps: an explicit opt-out of full coverage |
/// | `#[userplane(unknown)]` | codes the spec does not know (newer ones), bodies without a code, and codes outside a narrowed scope |
/// | `#[userplane(transport)]` | failures that are not API errors (timeouts, connections, undecodable bodies), as `Error<ApiError>` |
///
/// A variant holds nothing, or one value built with `From<ApiError>` (the
/// `ApiError` itself, a `Box<ApiError>`, your own type). On the enum:
/// `endpoint = "delete_link"` or `category = "resource"` narrows what must be
/// covered; `spec = "path.json", module = "crate::my_api"` uses another spec
/// (one generated with [`api`](macro@api) in `crate::my_api`) instead of
/// Userplane's.
///
/// The derive generates `From<ErrorCode>`, `From<ApiError>`, `From` every
/// per-endpoint error enum, and, with a `transport` variant, `From` every
/// call's [`Error`], so `?` works on calls. At compile time it checks that
/// every code in scope is mapped exactly once and that some variant receives
/// unknown codes:
///
/// ```text
/// error: 1 error code of the spec is not mapped to a variant:
///          - `LINK_QUARANTINED` (423 Locked): Link is under review.
///          = help: map them with `#[userplane(code = "…")]` or `category = "…"`, or opt out of full coverage with a `#[userplane(other)]` variant
/// ```
///
/// A code or category that is not in the spec is an error at the attribute,
/// with a "did you mean"; a code mapped twice is an error at both places.
///
/// ```
/// use userplane::{ApiError, Client, Error, ErrorCode, FromApiError};
///
/// #[derive(Debug, FromApiError)]
/// enum AppError {
///     #[userplane(category = "authentication", category = "authorization")]
///     Access(ApiError),
///     #[userplane(category = "rate_limiting", category = "service")]
///     Busy,
///     #[userplane(category = "resource")]
///     NotFound(ApiError),
///     #[userplane(category = "mutation", category = "api_key_management")]
///     Failed(ApiError),
///     #[userplane(unknown)]
///     Unexpected(ApiError),
///     #[userplane(transport)]
///     Network(Error<ApiError>),
/// }
///
/// async fn delete(client: &Client, link: &str) -> Result<(), AppError> {
///     client.delete_link("ws_acme", link).await?; // Error<DeleteLinkError> → AppError
///     Ok(())
/// }
///
/// assert!(matches!(AppError::from(ErrorCode::LinkGone), AppError::NotFound(_)));
/// assert!(matches!(AppError::from(ErrorCode::RateLimited), AppError::Busy));
/// ```
pub use userplane_macros::FromApiError;

/// The Userplane API, generated from `spec/userplane.json`.
#[api(spec = "spec/userplane.json")]
pub mod api {}

pub use api::{Category, Client, ErrorCode, models};

/// Stream helpers for the paged endpoints' `pages()` and `items()`.
pub mod stream {
    pub use futures_util::{StreamExt, TryStreamExt};
}

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
