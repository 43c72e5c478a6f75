//! [`AuthScheme`]: where a client sends its API key.

use http::{HeaderName, HeaderValue};

use crate::secret::ApiKey;

/// Where requests carry the API key, as the spec's `auth` declares it.
/// Generated clients set it; [`ClientBuilder::auth_scheme`](crate::ClientBuilder::auth_scheme)
/// changes it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum AuthScheme {
    /// `Authorization: Bearer <key>`.
    #[default]
    Bearer,
    /// A header of its own, such as `X-API-Key: <key>`. Redirects to another
    /// origin are not followed, since the HTTP client would carry the header
    /// there.
    Header(&'static str),
    /// A query parameter, such as `?api_key=<key>`. URLs never appear in this
    /// crate's errors or traces.
    Query(&'static str),
    /// HTTP basic authentication: the key as the user name, no password.
    Basic,
}

/// How one request is authenticated, prepared once when the client is built.
#[derive(Clone)]
pub(crate) enum Credential {
    /// A header and its (sensitive) value.
    Header(HeaderName, HeaderValue),
    /// A query parameter and the key.
    Query(&'static str, ApiKey),
    /// No key configured.
    None,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credential::Header(name, _) => write!(f, "Header({name}: <redacted>)"),
            Credential::Query(name, _) => write!(f, "Query({name}=<redacted>)"),
            Credential::None => f.write_str("None"),
        }
    }
}

impl Credential {
    /// The credential for `key` sent by `scheme`, or why it cannot be sent
    /// (never quoting the key).
    pub(crate) fn new(scheme: AuthScheme, key: Option<&ApiKey>) -> Result<Self, String> {
        let Some(key) = key else {
            return Ok(Credential::None);
        };
        let sensitive = |value: String| {
            HeaderValue::try_from(value)
                .map(|mut v| {
                    v.set_sensitive(true);
                    v
                })
                .map_err(|_| "it cannot be sent in a header".to_owned())
        };
        Ok(match scheme {
            AuthScheme::Bearer => Credential::Header(
                http::header::AUTHORIZATION,
                sensitive(format!("Bearer {}", key.expose()))?,
            ),
            AuthScheme::Basic => {
                use base64::Engine;
                let encoded =
                    base64::engine::general_purpose::STANDARD.encode(format!("{}:", key.expose()));
                Credential::Header(
                    http::header::AUTHORIZATION,
                    sensitive(format!("Basic {encoded}"))?,
                )
            }
            AuthScheme::Header(name) => Credential::Header(
                HeaderName::try_from(name)
                    .map_err(|_| format!("`{name}` is not a valid header name"))?,
                sensitive(key.expose().to_owned())?,
            ),
            AuthScheme::Query(name) => Credential::Query(name, key.clone()),
        })
    }

    /// Adds the credential to a request.
    pub(crate) fn apply(&self, builder: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match self {
            Credential::Header(name, value) => builder.header(name.clone(), value.clone()),
            Credential::Query(name, key) => builder.query(&[(*name, key.expose())]),
            Credential::None => builder,
        }
    }
}

/// A redirect policy that follows at most ten redirects and none that leaves
/// the origin, for keys in headers of their own (which the HTTP client would
/// otherwise carry to the new origin).
pub(crate) fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same = attempt.previous().last().is_some_and(|prev| {
            prev.scheme() == attempt.url().scheme()
                && prev.host_str() == attempt.url().host_str()
                && prev.port_or_known_default() == attempt.url().port_or_known_default()
        });
        if attempt.previous().len() > 10 || !same {
            attempt.stop()
        } else {
            attempt.follow()
        }
    })
}
