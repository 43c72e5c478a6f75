//! Items generated code refers to. Not public API: they may change in any
//! release.

pub use futures_core::Stream;
pub use http;
pub use serde;
pub use serde_json;

pub use crate::client::Request;
pub use crate::pagination::{flatten_pages, paginate};
pub use crate::{__endpoint_error as endpoint_error, __request_common as request_common};

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

/// The position of `code` in `codes`, through `sorted`, the positions of
/// `codes` ordered by length, then bytes (binary search; most steps compare
/// only lengths).
pub fn find_code(codes: &[&str], sorted: &[u32], code: &str) -> Option<usize> {
    let position = |i: u32| usize::try_from(i).ok();
    sorted
        .binary_search_by(|&i| {
            position(i)
                .and_then(|i| codes.get(i))
                .map_or(std::cmp::Ordering::Less, |c| {
                    c.len().cmp(&code.len()).then_with(|| (*c).cmp(code))
                })
        })
        .ok()
        .and_then(|found| sorted.get(found).copied().and_then(position))
}

/// Percent-encodes a path parameter.
pub fn encode_path(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

/// Adds a query parameter that is set.
pub fn push_query<T: std::fmt::Display>(
    query: &mut Vec<(&'static str, String)>,
    name: &'static str,
    value: &Option<T>,
) {
    if let Some(value) = value {
        query.push((name, value.to_string()));
    }
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
    fn codes_are_found_by_binary_search() {
        let codes = ["NOT_FOUND", "GONE", "BAD"];
        let sorted = [2, 1, 0]; // BAD < GONE < NOT_FOUND, by length
        assert_eq!(super::find_code(&codes, &sorted, "GONE"), Some(1));
        assert_eq!(super::find_code(&codes, &sorted, "NOT_FOUND"), Some(0));
        assert_eq!(super::find_code(&codes, &sorted, "BAD"), Some(2));
        assert_eq!(super::find_code(&codes, &sorted, "NOPE"), None);
        assert_eq!(super::find_code(&codes, &sorted, ""), None);
    }

    #[test]
    fn path_parameters_cannot_escape_their_segment() {
        assert_eq!(super::encode_path("lnk_1"), "lnk_1");
        assert_eq!(super::encode_path("../admin?x=1#y"), "..%2Fadmin%3Fx=1%23y");
        assert_eq!(super::encode_path("a b/é"), "a%20b%2F%C3%A9");
    }
}
