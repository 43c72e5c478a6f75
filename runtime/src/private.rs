//! Items generated code refers to. Not public API: they may change in any
//! release.

pub use futures_core::Stream;
pub use http;
pub use serde;
pub use serde_json;

pub use crate::client::Request;
pub use crate::pagination::{flatten_pages, paginate};
pub use crate::{__endpoint_error as endpoint_error, __into_future as into_future};

use bytes::Bytes;
use http::StatusCode;
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::code::ApiErrorCode;
use crate::error::{Error, TransportError, TransportStage};

/// The status for a number a validated spec holds (400–599); anything else
/// reads as 500.
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(s) => s,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Characters escaped in a path segment: everything but RFC 3986 unreserved
/// characters and sub-delimiters, so an id can never add a segment (`/`) or
/// start a query (`?`).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// Percent-encodes a path parameter.
pub fn encode_path(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

/// Serializes a request body.
pub fn json_body<B: serde::Serialize, E>(body: &B) -> Result<Bytes, Error<E>> {
    serde_json::to_vec(body)
        .map(Bytes::from)
        .map_err(|e| Error::Transport(TransportError::new("request", TransportStage::Encode, e)))
}

/// Deserializes a generated `ErrorCode` from its code string.
pub fn deserialize_code<'de, C, D>(deserializer: D) -> Result<C, D::Error>
where
    C: ApiErrorCode,
    D: serde::Deserializer<'de>,
{
    struct CodeVisitor<C>(std::marker::PhantomData<C>);

    impl<C: ApiErrorCode> serde::de::Visitor<'_> for CodeVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an error code string")
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<C, E> {
            C::from_code(v).ok_or_else(|| E::custom(crate::UnknownErrorCode::new(v)))
        }
    }

    deserializer.deserialize_str(CodeVisitor(std::marker::PhantomData))
}

#[cfg(test)]
mod tests {
    #[test]
    fn path_parameters_cannot_escape_their_segment() {
        assert_eq!(super::encode_path("lnk_1"), "lnk_1");
        assert_eq!(super::encode_path("../admin?x=1#y"), "..%2Fadmin%3Fx=1%23y");
        assert_eq!(super::encode_path("a b/é"), "a%20b%2F%C3%A9");
    }
}
