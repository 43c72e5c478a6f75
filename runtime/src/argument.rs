//! [`ArgumentError`]: a call refused before anything was sent, because an
//! argument could not be sent as the endpoint's spec describes it.

use std::fmt;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// The rule an argument broke.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Violation {
    /// An empty path parameter: the path would lose a segment and name
    /// another resource (`/links/` instead of `/links/{id}`).
    Empty,
    /// A path parameter of `.` or `..`: URL resolution would drop it, or the
    /// segment before it, and reach another resource. Percent-encoding does
    /// not help: `%2e` is a dot to URL parsers as well.
    DotSegment,
    /// Fewer characters than the spec's `min_length`.
    TooShort {
        /// The spec's minimum, in characters.
        min: usize,
    },
    /// More characters than the spec's `max_length`.
    TooLong {
        /// The spec's maximum, in characters.
        max: usize,
    },
    /// A number below the spec's `minimum`.
    BelowMinimum {
        /// The spec's minimum.
        min: i64,
    },
    /// A number above the spec's `maximum`.
    AboveMaximum {
        /// The spec's maximum.
        max: i64,
    },
}

/// Where a refused argument goes in the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ArgumentPlace {
    /// A segment of the path.
    Path,
    /// A query parameter.
    Query,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::Empty => f.write_str("it is empty, so the path would name another resource"),
            Violation::DotSegment => f.write_str(
                "a `.` or `..` segment would be resolved away and reach another resource",
            ),
            Violation::TooShort { min } => write!(f, "the spec requires at least {min} characters"),
            Violation::TooLong { max } => write!(f, "the spec allows at most {max} characters"),
            Violation::BelowMinimum { min } => write!(f, "the spec requires at least {min}"),
            Violation::AboveMaximum { max } => write!(f, "the spec allows at most {max}"),
        }
    }
}

/// A call refused before any request was made: an argument breaks a rule of
/// the endpoint (a path parameter that is empty, `.`, `..`, or outside the
/// spec's length limits).
///
/// ```
/// # #[docspec::api(spec = "doc/notes.json")]
/// # pub mod notes {}
/// # async fn demo(client: notes::Client) {
/// use docspec::{Error, Violation};
///
/// match client.delete_note("..").await {
///     Err(Error::InvalidArgument(e)) => {
///         assert_eq!(e.endpoint(), "delete_note");
///         assert_eq!(e.parameter(), "noteId");
///         assert_eq!(e.value(), "..");
///         assert_eq!(e.violation(), Violation::DotSegment);
///     }
///     other => unreachable!("{other:?}"),
/// }
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgumentError {
    endpoint: &'static str,
    place: ArgumentPlace,
    parameter: &'static str,
    value: String,
    violation: Violation,
}

impl ArgumentError {
    pub(crate) fn new(
        endpoint: &'static str,
        (place, parameter): (ArgumentPlace, &'static str),
        value: &str,
        violation: Violation,
    ) -> Self {
        ArgumentError {
            endpoint,
            place,
            parameter,
            value: value.to_owned(),
            violation,
        }
    }

    /// The endpoint being called.
    pub fn endpoint(&self) -> &'static str {
        self.endpoint
    }

    /// Where the parameter goes: the path or the query.
    pub fn place(&self) -> ArgumentPlace {
        self.place
    }

    /// The parameter's name in the spec (`linkId`).
    pub fn parameter(&self) -> &'static str {
        self.parameter
    }

    /// The value that was refused.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// The rule it broke.
    pub fn violation(&self) -> Violation {
        self.violation
    }
}

/// How many characters of a refused value an error message quotes.
const QUOTED: usize = 64;

impl fmt::Display for ArgumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let quoted: String = self.value.chars().take(QUOTED).collect();
        let more = if self.value.chars().nth(QUOTED).is_some() {
            "…"
        } else {
            ""
        };
        let place = match self.place {
            ArgumentPlace::Path => "path",
            ArgumentPlace::Query => "query",
        };
        write!(
            f,
            "{}: refused before sending: {place} parameter `{}` = {quoted:?}{more}: {}",
            self.endpoint, self.parameter, self.violation
        )
    }
}

impl std::error::Error for ArgumentError {}

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

/// A query parameter's limits, as the spec gives them: checked before
/// anything is sent.
#[derive(Clone, Copy, Debug, Default)]
pub struct QueryRule {
    /// The parameter's name on the wire.
    pub name: &'static str,
    /// The spec's `minimum`.
    pub minimum: Option<i64>,
    /// The spec's `maximum`.
    pub maximum: Option<i64>,
    /// The spec's `min_length`, in characters.
    pub min_length: Option<usize>,
    /// The spec's `max_length`, in characters.
    pub max_length: Option<usize>,
}

impl QueryRule {
    fn refuse(&self, endpoint: &'static str, value: &str, violation: Violation) -> ArgumentError {
        ArgumentError::new(
            endpoint,
            (ArgumentPlace::Query, self.name),
            value,
            violation,
        )
    }

    /// Refuses a number outside the spec's range.
    pub fn check_int(&self, endpoint: &'static str, value: i64) -> Result<(), ArgumentError> {
        if let Some(min) = self.minimum.filter(|&min| value < min) {
            return Err(self.refuse(
                endpoint,
                &value.to_string(),
                Violation::BelowMinimum { min },
            ));
        }
        if let Some(max) = self.maximum.filter(|&max| value > max) {
            return Err(self.refuse(
                endpoint,
                &value.to_string(),
                Violation::AboveMaximum { max },
            ));
        }
        Ok(())
    }

    /// Refuses a string outside the spec's length limits (in characters).
    pub fn check_str(&self, endpoint: &'static str, value: &str) -> Result<(), ArgumentError> {
        let chars = value.chars().count();
        if let Some(min) = self.min_length.filter(|&min| chars < min) {
            return Err(self.refuse(endpoint, value, Violation::TooShort { min }));
        }
        if let Some(max) = self.max_length.filter(|&max| chars > max) {
            return Err(self.refuse(endpoint, value, Violation::TooLong { max }));
        }
        Ok(())
    }
}

/// A path parameter's rules, as the spec gives them.
#[derive(Clone, Copy, Debug)]
pub struct PathParam {
    /// The parameter's name in the path template.
    pub name: &'static str,
    /// The spec's `min_length`, in characters (0 when it gives none).
    pub min_length: usize,
    /// The spec's `max_length`, in characters.
    pub max_length: Option<usize>,
}

impl PathParam {
    /// Checks `value` and percent-encodes it as one path segment; refuses it
    /// when it is empty, a dot segment or outside the length limits.
    pub fn encode(&self, endpoint: &'static str, value: &str) -> Result<String, ArgumentError> {
        let refuse = |violation| {
            Err(ArgumentError::new(
                endpoint,
                (ArgumentPlace::Path, self.name),
                value,
                violation,
            ))
        };
        if value.is_empty() {
            return refuse(Violation::Empty);
        }
        if value == "." || value == ".." {
            return refuse(Violation::DotSegment);
        }
        let min = self.min_length;
        let long_enough = min <= 1 || value.chars().nth(min - 1).is_some();
        if !long_enough {
            return refuse(Violation::TooShort { min });
        }
        if let Some(max) = self.max_length
            && value.chars().nth(max).is_some()
        {
            return refuse(Violation::TooLong { max });
        }
        Ok(utf8_percent_encode(value, SEGMENT).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ID: PathParam = PathParam {
        name: "linkId",
        min_length: 1,
        max_length: None,
    };

    fn violation(rule: PathParam, value: &str) -> Option<Violation> {
        rule.encode("get_link", value).err().map(|e| e.violation())
    }

    #[test]
    fn values_that_would_leave_their_segment_are_refused() {
        assert_eq!(violation(ID, ""), Some(Violation::Empty));
        assert_eq!(violation(ID, "."), Some(Violation::DotSegment));
        assert_eq!(violation(ID, ".."), Some(Violation::DotSegment));
        assert_eq!(ID.encode("get_link", "..."), Ok("...".to_owned()));
        assert_eq!(ID.encode("get_link", "../x"), Ok("..%2Fx".to_owned()));
        assert_eq!(ID.encode("get_link", "%2e"), Ok("%252e".to_owned()));
    }

    #[test]
    fn length_limits_count_characters() {
        let rule = PathParam {
            name: "code",
            min_length: 3,
            max_length: Some(4),
        };
        assert_eq!(violation(rule, "ab"), Some(Violation::TooShort { min: 3 }));
        assert_eq!(violation(rule, "éé"), Some(Violation::TooShort { min: 3 }));
        assert_eq!(violation(rule, "ééé"), None);
        assert_eq!(violation(rule, "éééé"), None);
        assert_eq!(
            violation(rule, "abcde"),
            Some(Violation::TooLong { max: 4 })
        );
    }

    #[test]
    fn the_error_names_endpoint_parameter_and_value() {
        let err = ID.encode("delete_link", "..").unwrap_err();
        assert_eq!(
            err.to_string(),
            "delete_link: refused before sending: path parameter `linkId` = \"..\": \
             a `.` or `..` segment would be resolved away and reach another resource"
        );
        let long = "x".repeat(100);
        let err = PathParam {
            max_length: Some(10),
            ..ID
        }
        .encode("get_link", &long)
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "get_link: refused before sending: path parameter `linkId` = {:?}…: \
                 the spec allows at most 10 characters",
                "x".repeat(64)
            )
        );
        assert_eq!(err.value(), long);
    }

    #[test]
    fn path_parameters_cannot_escape_their_segment() {
        assert_eq!(ID.encode("get_link", "lnk_1").unwrap(), "lnk_1");
        assert_eq!(
            ID.encode("get_link", "../admin?x=1#y").unwrap(),
            "..%2Fadmin%3Fx=1%23y"
        );
        assert_eq!(ID.encode("get_link", "a b/é").unwrap(), "a%20b%2F%C3%A9");
    }
}
