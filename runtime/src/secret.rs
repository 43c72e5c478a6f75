//! [`ApiKey`]: a credential that never prints.

use std::fmt;

use http::HeaderValue;

/// An API key. Its `Debug` output is redacted and it has no `Display`, so it
/// cannot end up in logs or error messages by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey {
    key: Box<str>,
}

impl ApiKey {
    /// Wraps a key.
    pub fn new(key: impl Into<String>) -> Self {
        ApiKey {
            key: key.into().into_boxed_str(),
        }
    }

    /// The key itself. Call this only to hand the key to something that needs
    /// it in clear.
    pub fn expose(&self) -> &str {
        &self.key
    }

    /// The `Authorization: Bearer …` value, marked sensitive so that HTTP
    /// libraries keep it out of their own debug output.
    pub(crate) fn bearer(&self) -> Result<HeaderValue, http::header::InvalidHeaderValue> {
        let mut value = HeaderValue::try_from(format!("Bearer {}", self.key))?;
        value.set_sensitive(true);
        Ok(value)
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

impl From<String> for ApiKey {
    fn from(key: String) -> Self {
        ApiKey::new(key)
    }
}

impl From<&str> for ApiKey {
    fn from(key: &str) -> Self {
        ApiKey::new(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_key() {
        let key = ApiKey::new("uspl_secret_value");
        assert_eq!(format!("{key:?}"), "ApiKey(<redacted>)");
        assert_eq!(format!("{:?}", key.bearer().unwrap()), "Sensitive");
    }
}
