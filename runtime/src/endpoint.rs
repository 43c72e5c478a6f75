//! What the runtime needs from a generated per-endpoint error enum.

use crate::api_error::ApiError;
use crate::code::DocumentedCode;

/// Implemented by every generated per-endpoint error enum
/// (`DeleteLinkError`), and by [`ApiError`] itself for calls that want no
/// per-endpoint classification.
pub trait EndpointError: std::fmt::Debug + std::fmt::Display + Send + Sync + 'static {
    /// The spec's `ErrorCode`.
    type Code: DocumentedCode;

    /// Classifies a decoded error response.
    fn from_api_error(error: ApiError<Self::Code>) -> Self;

    /// The decoded error response.
    fn api_error(&self) -> &ApiError<Self::Code>;

    /// The decoded error response, by value.
    fn into_api_error(self) -> ApiError<Self::Code>;
}

impl<C: DocumentedCode> EndpointError for ApiError<C> {
    type Code = C;

    fn from_api_error(error: ApiError<C>) -> Self {
        error
    }

    fn api_error(&self) -> &ApiError<C> {
        self
    }

    fn into_api_error(self) -> ApiError<C> {
        self
    }
}
