//! Typed client for the [Userplane](https://userplane.io) REST API, generated
//! at compile time from the API's published error and endpoint tables.
//!
//! The docs' tables live as data in `spec/userplane.json`. This crate applies
//! the generic [`docspec::api`] attribute to that file, exactly as any user
//! applies it to their own API's spec, and re-exports the result with the
//! runtime types its users need: [`ErrorCode`] and [`Category`], one error
//! enum per endpoint in [`api`](mod@api), the request and response
//! [`models`], and a [`Client`] with one method per endpoint.
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
//!
//! Your own error enum, checked against Userplane's codes at compile time,
//! names this crate's generated module:
//!
//! ```
//! use userplane::{ApiError, ErrorCode, FromApiError};
//!
//! #[derive(Debug, FromApiError)]
//! #[api_error(module = "userplane::api")]
//! enum AppError {
//!     #[api_error(category = "resource")]
//!     NotFound(ApiError),
//!     #[api_error(other)]
//!     Other(ApiError),
//!     #[api_error(unknown)]
//!     Unexpected(ApiError),
//! }
//! assert!(matches!(AppError::from(ErrorCode::LinkGone), AppError::NotFound(_)));
//! ```
//!
//! Everything else (errors, retries, pacing, timeouts, pagination) is the
//! generic runtime's, re-exported from [`docspec`], whose documentation
//! describes it.

/// The Userplane API, generated from `spec/userplane.json`: [`Client`],
/// [`ErrorCode`], [`Category`], [`models`] and the per-endpoint error enums.
#[cfg_attr(
    not(feature = "from-openapi"),
    docspec::api(spec = "spec/userplane.json")
)]
// The same API from the vendor's OpenAPI 3.1 document and its errors page
// (see `spec/README.md`). Its one warning, that the page's API-key
// management codes belong to no operation, is expected.
#[cfg_attr(
    feature = "from-openapi",
    docspec::api(spec = "spec/userplane.from-openapi.json"),
    allow(deprecated)
)]
pub mod api {}

pub use api::{ApiError, Category, Client, ErrorCode, models};
/// One quota shared by many processes through Redis (feature `redis`).
#[cfg(feature = "redis")]
pub use docspec::RedisQuota;
pub use docspec::{
    ApiKey, ArgumentError, BodyProblem, BoxStream, BuildError, CallOptions, ClientBuilder,
    DecodeError, DocumentedCode, EndpointError, Error, FromApiError, LocalQuota, Override, Pacing,
    Page, ParseCodeError, ResponseCode, RetryPolicy, StatusCode, TimeLimit, TimeoutError,
    Transport, TransportError, TransportStage, Violation, WhenStoreFails, quota_store, stream,
    time,
};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
