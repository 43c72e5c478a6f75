//! How an API takes its key, as the spec declares it.

use super::{Loc, Spanned};

/// Where the key travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthScheme {
    /// `Authorization: Bearer <key>` (the default).
    Bearer,
    /// A header of its own (`X-API-Key: <key>`), named by `name`.
    Header,
    /// A query parameter (`?api_key=<key>`), named by `name`.
    Query,
    /// HTTP basic authentication, the key as the user name and no password.
    Basic,
}

impl AuthScheme {
    /// The spellings accepted in spec files.
    pub const SPELLINGS: [&'static str; 4] = ["bearer", "header", "query", "basic"];

    /// The scheme for a spelling.
    pub fn from_spelling(s: &str) -> Option<Self> {
        Some(match s {
            "bearer" => AuthScheme::Bearer,
            "header" => AuthScheme::Header,
            "query" => AuthScheme::Query,
            "basic" => AuthScheme::Basic,
            _ => return None,
        })
    }

    /// Whether the scheme needs a `name` (of a header or query parameter).
    pub fn is_named(self) -> bool {
        matches!(self, AuthScheme::Header | AuthScheme::Query)
    }
}

/// The spec's `auth`: how requests carry the key, and which codes the API
/// answers a missing or a wrong key with.
#[derive(Clone, Debug)]
pub struct Auth {
    /// Where the key travels.
    pub scheme: Spanned<AuthScheme>,
    /// The header or query parameter that carries it.
    pub name: Option<Spanned<String>>,
    /// The code of the answer to a request without a key.
    pub missing_key_code: Option<Spanned<String>>,
    /// The code of the answer to a request with a key the API does not accept.
    pub invalid_key_code: Option<Spanned<String>>,
    /// Where the block is written.
    pub loc: Loc,
}
