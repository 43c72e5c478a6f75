//! Names: API spellings (`CARD_DECLINED`, `not-found`, `user.deleted`) →
//! Rust identifiers.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// The variant of a generated enum or union that holds a value the spec
/// does not list.
pub const OTHER: &str = "Other";

/// Why a name cannot become a Rust identifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdentError {
    /// Nothing is left once separators are removed.
    Empty,
    /// The identifier would start with a digit (`404_ERROR` → `404Error`).
    StartsWithDigit(String),
    /// A character outside ASCII letters, digits and separators.
    BadCharacter(String, char),
    /// The identifier is a Rust keyword or reserved word (`self`, `_`,
    /// `abstract`, `gen`).
    Keyword(String),
}

impl std::fmt::Display for IdentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IdentError::Empty => f.write_str("it has no letters or digits"),
            IdentError::StartsWithDigit(id) => {
                write!(f, "its Rust name `{id}` would start with a digit")
            }
            IdentError::BadCharacter(id, c) => {
                write!(f, "its Rust name `{id}` would contain `{c}`")
            }
            IdentError::Keyword(id) => {
                write!(f, "its Rust name `{id}` is a Rust keyword or reserved word")
            }
        }
    }
}

/// Every word that cannot be a plain identifier in any edition generated
/// code may be compiled under: the strict keywords, the reserved ones
/// (`abstract`, `become`, `gen` from 2024 on, …), the 2018 edition's
/// (`async`, `await`, `dyn`, `try`) and `_`.
const KEYWORDS: &[&str] = &[
    "_", "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `id` (ASCII letters, digits and `_`) is a keyword or reserved
/// word that cannot be an identifier.
fn is_keyword(id: &str) -> bool {
    KEYWORDS.contains(&id)
}

fn validate(id: String) -> Result<String, IdentError> {
    let Some(first) = id.chars().next() else {
        return Err(IdentError::Empty);
    };
    if first.is_ascii_digit() {
        return Err(IdentError::StartsWithDigit(id));
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_'))
    {
        return Err(IdentError::BadCharacter(id, c));
    }
    if is_keyword(&id) {
        return Err(IdentError::Keyword(id));
    }
    Ok(id)
}

/// The `UpperCamelCase` type or variant name for an API name.
///
/// `CARD_DECLINED` → `CardDeclined`, `not-found` → `NotFound`,
/// `user.deleted` → `UserDeleted`, `rateLimited` → `RateLimited`.
pub fn type_name(name: &str) -> Result<String, IdentError> {
    validate(name.to_upper_camel_case())
}

/// The `snake_case` field or function name for an API name.
///
/// `workspaceId` → `workspace_id`, `page_size` → `page_size`. Keywords become
/// raw identifiers' plain text plus `_` (`type` → `type_`).
pub fn snake_name(name: &str) -> Result<String, IdentError> {
    let snake = name.to_snake_case();
    match validate(snake) {
        Err(IdentError::Keyword(k)) => Ok(format!("{k}_")),
        other => other,
    }
}

/// The `ErrorCode` variant name for an error code: its [`type_name`], with
/// `Code` in front when the code starts with a digit, as numeric codes do
/// (`10002` → `Code10002`, `2fa.required` → `Code2faRequired`).
pub fn code_name(code: &str) -> Result<String, IdentError> {
    // A problem type URI (`https://example.com/probs/out-of-credit`,
    // `about:blank`, `urn:x:y`) is named by its last segment.
    let uri = code.contains("://") || code.starts_with("urn:") || code.starts_with("about:");
    if let Some(last) = uri
        .then(|| {
            code.trim_end_matches(['/', '#'])
                .rsplit(['/', ':', '#'])
                .next()
        })
        .flatten()
        .filter(|s| !s.is_empty())
    {
        return code_name(last);
    }
    if code.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        type_name(&format!("code_{code}"))
    } else {
        type_name(code)
    }
}

/// Checks a name given verbatim by the spec author (`rust_name`).
pub fn verbatim_type_name(name: &str) -> Result<String, IdentError> {
    validate(name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_codes_get_a_prefix() {
        assert_eq!(code_name("10002").as_deref(), Ok("Code10002"));
        assert_eq!(code_name("2fa.required").as_deref(), Ok("Code2faRequired"));
        assert_eq!(code_name("NOTE_GONE").as_deref(), Ok("NoteGone"));
        assert_eq!(
            code_name("https://problems.example.com/missing-request-parameter").as_deref(),
            Ok("MissingRequestParameter")
        );
        assert_eq!(code_name("about:blank").as_deref(), Ok("Blank"));
    }

    #[test]
    fn common_code_styles_become_upper_camel_case() {
        for (code, want) in [
            ("CARD_DECLINED", "CardDeclined"),
            ("not_found", "NotFound"),
            ("rate-limited", "RateLimited"),
            ("user.account.deleted", "UserAccountDeleted"),
            ("rateLimited", "RateLimited"),
            ("E1001", "E1001"),
        ] {
            assert_eq!(type_name(code).as_deref(), Ok(want), "{code}");
        }
    }

    #[test]
    fn impossible_names_are_errors() {
        assert_eq!(type_name("___"), Err(IdentError::Empty));
        assert_eq!(
            type_name("404_ERROR"),
            Err(IdentError::StartsWithDigit("404Error".into()))
        );
        assert_eq!(type_name("self"), Err(IdentError::Keyword("Self".into())));
        for reserved in [
            "_", "abstract", "become", "gen", "try", "yield", "dyn", "async",
        ] {
            assert_eq!(
                verbatim_type_name(reserved),
                Err(IdentError::Keyword(reserved.into())),
                "{reserved}"
            );
        }
        assert_eq!(verbatim_type_name("_Private").as_deref(), Ok("_Private"));
        assert_eq!(
            verbatim_type_name("r#type"),
            Err(IdentError::BadCharacter("r#type".into(), '#'))
        );
        assert!(matches!(
            type_name("naïve"),
            Err(IdentError::BadCharacter(_, 'ï'))
        ));
    }

    #[test]
    fn snake_names_escape_keywords() {
        assert_eq!(snake_name("workspaceId").as_deref(), Ok("workspace_id"));
        assert_eq!(snake_name("type").as_deref(), Ok("type_"));
    }
}
