//! Items generated code refers to. Not public API: they may change in any
//! release.

pub use docspec_macros::__from_api_error as from_api_error;
pub use futures_core::Stream;
pub use http;
pub use serde;
pub use serde_json;

pub use crate::argument::{PathParam, QueryRule};
pub use crate::client::{FromTransport, Request};
pub use crate::code::ErrorBodyLayout;
pub use crate::pagination::{flatten_pages, paginate};
pub use crate::retry::parse_retry_after;
pub use crate::{__endpoint_error as endpoint_error, __request_common as request_common};

use bytes::Bytes;
use http::StatusCode;

use crate::code::DocumentedCode;
use crate::error::{Error, TransportError, TransportStage};

/// The status for a number a validated spec holds (400–599); anything else
/// reads as 500.
pub const fn status(code: u16) -> StatusCode {
    match StatusCode::from_u16(code) {
        Ok(s) => s,
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// FNV-1a, 64 bits: the hash of the code lookup table.
const fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    hash
}

/// The slot of `code` in a table of `len` (a power of two) slots.
const fn home_slot(code: &str, len: usize) -> usize {
    // Truncating the hash to the table's size is the point.
    #[allow(clippy::cast_possible_truncation)]
    let hash = fnv1a(code.as_bytes()) as usize;
    hash & (len - 1)
}

/// The lookup table of `codes`, built at compile time (generated code calls
/// it in a `const`): an open-addressing hash table (FNV-1a, linear probing)
/// of position + 1, 0 for an empty slot. `N` is a power of two larger than
/// the number of codes. [`find_code`] reads it; no other code hashes codes.
pub const fn code_table<const N: usize>(codes: &[&str]) -> [u32; N] {
    assert!(
        N.is_power_of_two() && N > codes.len(),
        "the table needs a free slot"
    );
    let mut table = [0u32; N];
    let mut i = 0;
    while i < codes.len() {
        let mut slot = home_slot(codes[i], N);
        while table[slot] != 0 {
            slot = (slot + 1) & (N - 1);
        }
        // At most `N` codes, and `N` is an array length.
        #[allow(clippy::cast_possible_truncation)]
        let entry = (i + 1) as u32;
        table[slot] = entry;
        i += 1;
    }
    table
}

/// The position of `code` in `codes`, through `table` (see [`code_table`]).
pub fn find_code(codes: &[&str], table: &[u32], code: &str) -> Option<usize> {
    if !table.len().is_power_of_two() {
        return None;
    }
    let mask = table.len() - 1;
    let mut slot = home_slot(code, table.len());
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

/// Implemented by generated code only: [`DocumentedCode`] requires it, so
/// no other type can implement that trait.
pub trait Sealed {}

/// Sends a generated request through `transport` (see
/// [`Transport`](crate::Transport)): pacing, attempts, retries, decoding.
pub async fn send<T, E>(
    transport: &crate::Transport,
    request: Request,
    options: &crate::CallOptions,
) -> Result<T, Error<E>>
where
    T: serde::de::DeserializeOwned,
    E: crate::EndpointError,
{
    transport.send(request, options).await.map(|r| r.data)
}

/// Points `request` at `url`, the next page's URL from a `Link` header,
/// when it lies under the transport's base URL (same origin, a path below
/// the base path); refuses it otherwise, without quoting its query.
pub fn follow_link<E>(
    transport: &crate::Transport,
    request: &mut Request,
    url: &str,
) -> Result<(), Error<E>> {
    let refuse = |why: &str| {
        Error::Decode(crate::DecodeError::new(
            request.endpoint,
            StatusCode::OK,
            Bytes::new(),
            format!("the next page's URL is not followed: {why}"),
        ))
    };
    let base =
        url::Url::parse(transport.base_url()).map_err(|_| refuse("the base URL does not parse"))?;
    let next = base.join(url).map_err(|_| refuse("it does not parse"))?;
    let shown = format!(
        "{}://{}{}",
        next.scheme(),
        next.host_str().unwrap_or(""),
        next.path()
    );
    let base_path = base.path().trim_end_matches('/');
    let same_origin = next.scheme() == base.scheme()
        && next.host_str() == base.host_str()
        && next.port_or_known_default() == base.port_or_known_default();
    let rest = next
        .path()
        .strip_prefix(base_path)
        .filter(|r| r.is_empty() || r.starts_with('/'));
    match (same_origin, rest) {
        (true, Some(rest)) => {
            request.path = rest.to_owned();
            request.query = next
                .query_pairs()
                .map(|(k, v)| (std::borrow::Cow::Owned(k.into_owned()), v.into_owned()))
                .collect();
            Ok(())
        }
        _ => Err(refuse(&format!("`{shown}` is not under the base URL"))),
    }
}

/// Sends a request for one page of a list, and returns the page and the
/// URL its `Link` header gives for the next one.
pub async fn send_paged<T, E>(
    transport: &crate::Transport,
    request: Request,
    options: &crate::CallOptions,
) -> Result<(T, Option<String>), Error<E>>
where
    T: serde::de::DeserializeOwned,
    E: crate::EndpointError,
{
    transport
        .send(request, options)
        .await
        .map(|r| (r.data, r.next_link))
}

/// Adds a query parameter that is set.
pub fn push_query<T: std::fmt::Display>(
    query: &mut Vec<(std::borrow::Cow<'static, str>, String)>,
    name: &'static str,
    value: &Option<T>,
) {
    if let Some(value) = value {
        query.push((std::borrow::Cow::Borrowed(name), value.to_string()));
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
    C: DocumentedCode,
    D: serde::Deserializer<'de>,
{
    struct CodeVisitor<C>(std::marker::PhantomData<C>);

    impl<C: DocumentedCode> serde::de::Visitor<'_> for CodeVisitor<C> {
        type Value = C;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an error code string")
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<C, E> {
            C::from_code(v).ok_or_else(|| E::custom(crate::ParseCodeError::new(v)))
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
        const CODES: [&str; 3] = ["NOT_FOUND", "GONE", "BAD"];
        const TABLE: [u32; 8] = super::code_table(&CODES);
        let mut entries: Vec<u32> = TABLE.iter().copied().filter(|&e| e != 0).collect();
        entries.sort_unstable();
        assert_eq!(entries, [1, 2, 3]);
        assert_eq!(super::find_code(&CODES, &TABLE, "GONE"), Some(1));
        assert_eq!(super::find_code(&CODES, &TABLE, "NOT_FOUND"), Some(0));
        assert_eq!(super::find_code(&CODES, &TABLE, "BAD"), Some(2));
        assert_eq!(super::find_code(&CODES, &TABLE, "NOPE"), None);
        assert_eq!(super::find_code(&CODES, &TABLE, ""), None);
        assert_eq!(super::find_code(&CODES, &[], "GONE"), None);
        // Colliding codes probe on: a table of 2 slots holds one code.
        const ONE: [u32; 2] = super::code_table(&["ONLY"]);
        assert_eq!(super::find_code(&["ONLY"], &ONE, "ONLY"), Some(0));
        assert_eq!(super::find_code(&["ONLY"], &ONE, "OTHER"), None);
    }
}
