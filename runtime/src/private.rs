//! Items generated code refers to. Not public API: they may change in any
//! release.

pub use futures_core::Stream;
pub use http;
pub use serde;
pub use serde_json;

pub use crate::argument::PathParam;
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

/// FNV-1a, 64 bits; the generator builds the code tables with the same
/// function.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The position of `code` in `codes`, through `table`: an open-addressing
/// hash table (FNV-1a, linear probing, a power of two in size) of position +
/// 1, 0 for an empty slot.
pub fn find_code(codes: &[&str], table: &[u32], code: &str) -> Option<usize> {
    let mask = table.len().checked_sub(1)?;
    // Truncating the hash to the table's size is the point.
    #[allow(clippy::cast_possible_truncation)]
    let mut slot = fnv1a(code.as_bytes()) as usize & mask;
    for _ in 0..table.len() {
        let entry = usize::try_from(*table.get(slot)?).ok()?;
        let position = entry.checked_sub(1)?;
        if codes.get(position) == Some(&code) {
            return Some(position);
        }
        slot = (slot + 1) & mask;
    }
    None
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
    fn fnv1a_matches_the_reference_vectors() {
        assert_eq!(super::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn codes_are_found_through_the_hash_table() {
        let codes = ["NOT_FOUND", "GONE", "BAD"];
        let mut table = [0u32; 8];
        for (i, code) in codes.iter().enumerate() {
            let mut slot = (super::fnv1a(code.as_bytes()) as usize) & 7;
            while table[slot] != 0 {
                slot = (slot + 1) & 7;
            }
            table[slot] = i as u32 + 1;
        }
        assert_eq!(super::find_code(&codes, &table, "GONE"), Some(1));
        assert_eq!(super::find_code(&codes, &table, "NOT_FOUND"), Some(0));
        assert_eq!(super::find_code(&codes, &table, "BAD"), Some(2));
        assert_eq!(super::find_code(&codes, &table, "NOPE"), None);
        assert_eq!(super::find_code(&codes, &table, ""), None);
        assert_eq!(super::find_code(&codes, &[], "GONE"), None);
    }

    #[test]
    fn path_parameters_cannot_escape_their_segment() {
        assert_eq!(super::encode_path("lnk_1"), "lnk_1");
        assert_eq!(super::encode_path("../admin?x=1#y"), "..%2Fadmin%3Fx=1%23y");
        assert_eq!(super::encode_path("a b/é"), "a%20b%2F%C3%A9");
    }
}
