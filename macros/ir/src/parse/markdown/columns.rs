//! Which columns of a table hold the code, the status and the message, as
//! real docs name them.

/// Header names of the code column.
const CODE: [&str; 10] = [
    "code",
    "error",
    "error code",
    "type",
    "error type",
    "type uri",
    "name",
    "error name",
    "error id",
    "id",
];
/// Header names of the HTTP status column.
const STATUS: [&str; 6] = [
    "status",
    "http status",
    "status code",
    "http code",
    "http status code",
    "http",
];
/// Header names of the message column.
const MESSAGE: [&str; 9] = [
    "message",
    "description",
    "meaning",
    "detail",
    "details",
    "explanation",
    "error message",
    "error description",
    "reason",
];

/// The roles of a table's columns, by position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Columns {
    pub(super) code: Option<usize>,
    pub(super) status: Option<usize>,
    pub(super) message: Option<usize>,
}

impl Columns {
    /// Whether rows of this table document errors: a status column, and a
    /// code column or none at all (a table of statuses).
    pub(super) fn lists_errors(&self) -> bool {
        self.status.is_some()
    }
}

/// A header cell as compared: lower case, markup and extra spaces dropped.
pub(super) fn normalize(header: &str) -> String {
    header
        .chars()
        .filter(|c| !matches!(c, '`' | '*' | '_' | ':'))
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a normalized header is one of `names`: as written, in the
/// singular (`Error Codes`), or written as one word (`ErrorCode`,
/// `StatusCode`).
fn is_one_of(header: &str, names: &[&str]) -> bool {
    let singular = header
        .strip_suffix('s')
        .filter(|_| !header.ends_with("status"));
    names.iter().any(|n| {
        header == *n
            || singular == Some(n)
            || (!header.contains(' ') && header == n.replace(' ', ""))
    })
}

/// Whether a header names the HTTP status: one of [`STATUS`], or a longer
/// name that ends like one (`Recommended HTTP Status Code`).
fn is_status(header: &str) -> bool {
    is_one_of(header, &STATUS)
        || ["status", "status code", "status codes"]
            .iter()
            .any(|end| header.ends_with(&format!(" {end}")))
}

/// The columns of a table with these header cells. The first cell with a
/// name from each vocabulary takes that role.
pub(super) fn columns<'a>(header: impl IntoIterator<Item = &'a str>) -> Columns {
    let mut cols = Columns::default();
    for (i, h) in header.into_iter().enumerate() {
        let h = normalize(h);
        let slot = if is_status(&h) {
            &mut cols.status
        } else if is_one_of(&h, &CODE) {
            &mut cols.code
        } else if is_one_of(&h, &MESSAGE) {
            &mut cols.message
        } else {
            continue;
        };
        if slot.is_none() {
            *slot = Some(i);
        }
    }
    cols
}

/// The columns of a table from its header and its cells: as [`columns`]
/// says, except that when no header names the status, a code-named column
/// whose every cell is an HTTP status (Appwrite's `Code | Type | …`) is the
/// status column, and the next code-named column holds the codes.
pub(super) fn decide<'a, I>(header: &[&str], cells: impl Fn(usize) -> I) -> Columns
where
    I: Iterator<Item = &'a str>,
{
    let mut cols = columns(header.iter().copied());
    if cols.status.is_some() {
        return cols;
    }
    let code_named: Vec<usize> = (0..header.len())
        .filter(|&i| is_one_of(&normalize(header[i]), &CODE))
        .collect();
    let all_statuses = |i: usize| {
        let mut any = false;
        let all = cells(i).filter(|c| !c.trim().is_empty()).all(|c| {
            any = true;
            status_of(c).is_some()
        });
        any && all
    };
    if let Some(&status) = code_named.iter().find(|&&i| all_statuses(i)) {
        cols.status = Some(status);
        cols.code = code_named.iter().copied().find(|&i| i != status);
    }
    cols
}

/// The HTTP status a cell starts with: `404`, `404 Not Found`,
/// `[404 Not Found](https://…)`.
pub(super) fn status_of(text: &str) -> Option<i64> {
    let t = text.trim().trim_start_matches(['[', '`', '*']);
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    let rest = &t[digits.len()..];
    let ends = rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric());
    (digits.len() == 3 && ends)
        .then(|| digits.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(h: &[&str]) -> (Option<usize>, Option<usize>, Option<usize>) {
        let c = columns(h.iter().copied());
        (c.code, c.status, c.message)
    }

    #[test]
    fn vocabularies_in_any_order_and_case() {
        assert_eq!(
            roles(&["Status", "Code", "Meaning"]),
            (Some(1), Some(0), Some(2))
        );
        assert_eq!(
            roles(&["HTTP status", "Error", "Description"]),
            (Some(1), Some(0), Some(2))
        );
        assert_eq!(
            roles(&["Error Code", "HTTP Status Code", "Description"]),
            (Some(0), Some(1), Some(2))
        );
        assert_eq!(
            roles(&["**Error code**", "`Status`", "Message"]),
            (Some(0), Some(1), Some(2))
        );
        assert_eq!(
            roles(&["Status code", "Description"]),
            (None, Some(0), Some(1))
        );
        assert_eq!(
            roles(&["ErrorCode", "Description", "StatusCode"]),
            (Some(0), Some(2), Some(1))
        );
        assert_eq!(
            roles(&[
                "Error Codes",
                "HTTP Status codes",
                "Error Type",
                "Error message"
            ]),
            (Some(0), Some(1), Some(3))
        );
        assert_eq!(
            roles(&[
                "Type URI",
                "Title",
                "Recommended HTTP Status Code",
                "Reference"
            ]),
            (Some(0), Some(2), None)
        );
        assert_eq!(
            roles(&["HTTP Status Category", "Code"]),
            (Some(1), None, None)
        );
        assert_eq!(roles(&["Field", "Type", "Required"]), (Some(1), None, None));
        let header = ["Code", "Type", "Description"];
        let rows = [["400", "general_mock", "x"], ["404", "user_not_found", "y"]];
        let c = decide(&header, |i| rows.iter().map(move |r| r[i]));
        assert_eq!((c.code, c.status, c.message), (Some(1), Some(0), Some(2)));
        let codes = [["bad_request", "a", "x"]];
        let c = decide(&header, |i| codes.iter().map(move |r| r[i]));
        assert_eq!((c.code, c.status), (Some(0), None));
        assert!(!columns(["Field", "Type", "Required"]).lists_errors());
    }
}
