//! [`ApiKey`]: a credential that never prints.

use std::fmt;

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

    /// Why the key cannot be sent, if it cannot: an API key is visible
    /// ASCII (`!` to `~`), with no whitespace or control characters. The
    /// reason never quotes the key.
    pub(crate) fn problem(&self) -> Option<String> {
        let key = &*self.key;
        if key.is_empty() {
            return Some("it is empty".to_owned());
        }
        if key.starts_with(char::is_whitespace) || key.ends_with(char::is_whitespace) {
            return Some(
                "it starts or ends with whitespace (a copied line break?); trim it".to_owned(),
            );
        }
        let (position, c) = key
            .chars()
            .enumerate()
            .find(|(_, c)| !c.is_ascii_graphic())?;
        let what = if c.is_whitespace() {
            "whitespace"
        } else if c.is_control() {
            "a control character"
        } else {
            "not ASCII"
        };
        Some(format!(
            "character {} is {what}; keys are visible ASCII without spaces",
            position + 1
        ))
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
        let key = ApiKey::new("key_secret_value");
        assert_eq!(format!("{key:?}"), "ApiKey(<redacted>)");
    }

    #[test]
    fn keys_are_visible_ascii() {
        let problem = |k: &str| ApiKey::new(k).problem();
        assert_eq!(problem("key_AZaz09-_.~!"), None);
        assert_eq!(problem("").as_deref(), Some("it is empty"));
        for key in ["key_abc ", " key_abc", "key_abc\n", "\tkey"] {
            assert!(
                problem(key)
                    .unwrap()
                    .starts_with("it starts or ends with whitespace")
            );
        }
        assert_eq!(
            problem("key_abcé").as_deref(),
            Some("character 8 is not ASCII; keys are visible ASCII without spaces")
        );
        assert_eq!(
            problem("key a").as_deref(),
            Some("character 4 is whitespace; keys are visible ASCII without spaces")
        );
        assert_eq!(
            problem("key\u{7f}a").as_deref(),
            Some("character 4 is a control character; keys are visible ASCII without spaces")
        );
    }
}
