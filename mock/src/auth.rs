//! Checking a request's key as the spec's `auth` says it travels.

use docspec_ir::ir::{Auth, KeyPlacement};
use http::HeaderMap;
use http::header::AUTHORIZATION;

/// The key a request presents, read where the scheme puts it (`None` for
/// bearer when the spec has no `auth`).
pub(crate) fn presented_key(
    auth: Option<&Auth>,
    headers: &HeaderMap,
    query: &str,
) -> Option<String> {
    let placement = auth.map_or(&KeyPlacement::Bearer, |a| &a.placement);
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let key = match placement {
        KeyPlacement::Bearer => header(AUTHORIZATION.as_str())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::to_owned),
        KeyPlacement::Basic => header(AUTHORIZATION.as_str())
            .and_then(|v| v.strip_prefix("Basic "))
            .and_then(|b64| {
                use base64::Engine;
                base64::engine::general_purpose::STANDARD
                    .decode(b64.trim())
                    .ok()
            })
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|pair| pair.split_once(':').map(|(user, _)| user.to_owned())),
        KeyPlacement::Header(name) => header(name).map(str::to_owned),
        KeyPlacement::Query(name) => form_urlencoded::parse(query.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned()),
    };
    key.map(|k| k.trim().to_owned()).filter(|k| !k.is_empty())
}
