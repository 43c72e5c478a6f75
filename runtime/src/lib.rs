//! Typed client for the [Userplane](https://userplane.io) REST API, generated
//! at compile time from the API's published error and endpoint tables.
//!
//! The error table of the docs is `spec/userplane.json`; the
//! [`api`](macro@api) attribute turns it into the [`ErrorCode`] and
//! [`Category`] enums of this crate. The same attribute works on any spec in
//! the same format, so other APIs get the same treatment:
//!
//! ```ignore
//! #[userplane::api(spec = "my-api.json")]
//! pub mod my_api {}
//! ```
//!
//! Matching exhaustively on [`ErrorCode`] is a compile-time coverage check:
//! when the docs gain an error code, the `match` stops compiling and names it.
//!
//! ```
//! use userplane::ErrorCode;
//!
//! fn advice(code: ErrorCode) -> &'static str {
//!     use userplane::Category;
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
mod client;
mod code;
mod data;
mod decode;
mod endpoint;
mod error;
mod pagination;
mod retry;
mod secret;

pub use api_error::{ApiError, BodyProblem, Code};
pub use client::{
    BuildError, CallOptions, ClientBuilder, DEFAULT_USER_AGENT, FromTransport, Transport,
};
pub use code::{ApiErrorCode, ErrorBodyLayout, UnknownErrorCode};
pub use endpoint::EndpointError;
pub use error::{DecodeError, Error, TimeoutError, TransportError, TransportStage};
pub use pagination::{BoxStream, Page};
pub use retry::{Clock, Jitter, Pacing, RandomJitter, RetryPolicy, TokioClock, parse_retry_after};
pub use secret::ApiKey;
pub use userplane_macros::api;

/// The Userplane API, generated from `spec/userplane.json`.
#[api(spec = "../spec/userplane.json")]
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
