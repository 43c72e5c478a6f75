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

/// The method and field names a generated request builder keeps for
/// itself: a query parameter's setter takes another name.
pub const BUILDER_NAMES: &[&str] = &[
    "body",
    "build",
    "client",
    "into_future",
    "items",
    "new",
    "options",
    "pages",
    "send",
];

/// A vendor's spelling with the symbols that carry meaning spelled out
/// (`+1` → `plus 1`, `-1` → `minus 1`, `StartTime<` → `StartTime lt`,
/// `""` → `empty`), for names the strict rules refuse.
fn spelled(name: &str) -> String {
    let mut out = String::new();
    let mut chars = name.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let word = match c {
            '+' => Some("plus"),
            '-' if first => Some("minus"),
            '<' if chars.peek() == Some(&'=') => {
                chars.next();
                Some("le")
            }
            '>' if chars.peek() == Some(&'=') => {
                chars.next();
                Some("ge")
            }
            '<' => Some("lt"),
            '>' => Some("gt"),
            '=' => Some("eq"),
            '!' => Some("not"),
            '*' => Some("star"),
            '@' => Some("at"),
            '&' => Some("and"),
            '%' => Some("percent"),
            '$' => Some("dollar"),
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                None
            }
            _ => {
                out.push(' ');
                None
            }
        };
        if let Some(word) = word {
            out.push(' ');
            out.push_str(word);
            out.push(' ');
        }
        first = false;
    }
    if out.trim().is_empty() {
        return "empty".to_owned();
    }
    out
}

/// Whether the strict rules would drop a symbol of `name` that carries
/// meaning (`+`, a leading `-`, `<`, `>`, `=`, …), or it is empty.
fn has_symbols(name: &str) -> bool {
    name.is_empty()
        || name.starts_with('-')
        || name.contains(['+', '<', '>', '=', '!', '*', '@', '&', '%', '$'])
}

/// The `UpperCamelCase` name of a vendor's value, always an identifier:
/// [`code_name`] where it gives one and drops no symbol, else the spelling
/// with its symbols spelled out, `V` before a leading digit, `Value` after
/// a keyword.
pub fn lenient_type_name(name: &str) -> String {
    if let Ok(id) = code_name(name)
        && !has_symbols(name)
    {
        return id;
    }
    let id = spelled(name).to_upper_camel_case();
    match validate(id.clone()) {
        Ok(id) => id,
        Err(IdentError::StartsWithDigit(id)) => format!("V{id}"),
        Err(_) => format!("{id}Value"),
    }
}

/// The `snake_case` name of a vendor's field or parameter, always an
/// identifier: [`snake_name`] where it gives one and drops no symbol, else
/// the spelling with its symbols spelled out, `field_` before a leading
/// digit.
pub fn lenient_snake_name(name: &str) -> String {
    if let Ok(id) = snake_name(name)
        && !has_symbols(name)
    {
        return id;
    }
    let id = spelled(name).to_snake_case();
    match validate(id.clone()) {
        Ok(id) => id,
        Err(IdentError::StartsWithDigit(id)) => format!("field_{id}"),
        Err(IdentError::Keyword(id)) => format!("{id}_"),
        Err(_) => "field".to_owned(),
    }
}

/// `names` made distinct from each other and from `taken`: each name keeps
/// its first use, and a name met again (or taken) gets the first free
/// number after it (`Asc`, `Asc3` when `Asc2` is used; `start_time_2`).
/// The indexes of the names changed.
pub fn distinct(names: &mut [String], taken: &[&str], separator: &str) -> Vec<usize> {
    let mut used: std::collections::HashSet<String> =
        taken.iter().map(|t| (*t).to_owned()).collect();
    let mut again = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if !used.insert(name.clone()) {
            again.push(i);
        }
    }
    for &i in &again {
        let fresh = (2..)
            .map(|n| format!("{}{separator}{n}", names[i]))
            .find(|candidate| !used.contains(candidate))
            .unwrap_or_default();
        used.insert(fresh.clone());
        names[i] = fresh;
    }
    again
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

    #[test]
    fn vendor_spellings_get_names() {
        for (value, want) in [
            ("+1", "Plus1"),
            ("-1", "Minus1"),
            ("", "Empty"),
            ("1", "Code1"),
            ("self", "SelfValue"),
            ("ASC", "Asc"),
        ] {
            assert_eq!(lenient_type_name(value), want, "{value}");
        }
        for (name, want) in [
            ("StartTime<", "start_time_lt"),
            ("StartTime>=", "start_time_ge"),
            ("1", "field_1"),
            ("", "empty"),
            ("type", "type_"),
            ("expand[]", "expand"),
        ] {
            assert_eq!(lenient_snake_name(name), want, "{name}");
        }
        let mut names = vec![
            "Asc".to_owned(),
            "Asc".to_owned(),
            "Other".to_owned(),
            "Asc2".to_owned(),
        ];
        assert_eq!(distinct(&mut names, &["Other"], ""), [1, 2]);
        assert_eq!(names, ["Asc", "Asc3", "Other2", "Asc2"]);
    }
}
