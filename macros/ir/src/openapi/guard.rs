//! What stands between a published document and the third-party readers:
//! keys given twice are found in the positioned tree first (a reader may
//! keep either value, or fail on one), and a reader that panics anyway is
//! contained, so that no document can take the build down.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::SourceFile;

use super::tree::{Kind, Node};

/// Every key given twice in one object of the document, reported where it
/// is given again, with where it was first given. Linear in the number of
/// keys; nesting depth is bounded by the tree's readers.
pub(super) fn duplicate_keys(source: &SourceFile, root: &Node) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let mut stack: Vec<&Node> = vec![root];
    while let Some(node) = stack.pop() {
        match &node.kind {
            Kind::Object(entries) => {
                let mut first_of: HashMap<&str, usize> = HashMap::with_capacity(entries.len());
                for e in entries {
                    let first = *first_of.entry(e.key.as_str()).or_insert(e.at);
                    if first != e.at {
                        let places = (first, e.at, e.value.start);
                        diags.push(repeated(source, root, &e.key, places));
                    }
                    stack.push(&e.value);
                }
            }
            Kind::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    diags.sort();
    diags
}

/// `name` given again: `(first, again, value)` are where it was first
/// given, where it is given again, and where that value starts. The
/// pointer is worked out only here, for the few keys that repeat.
fn repeated(
    source: &SourceFile,
    root: &Node,
    name: &str,
    (first, again, value): (usize, usize, usize),
) -> Diagnostic {
    let at = source.line_col(first);
    Diagnostic::at(
        source,
        again,
        &root.pointer_at(value),
        format!("`{name}` is given twice in one object"),
    )
    .with_note(format!(
        "first given at line {}, column {}; a reader would keep one of them, so the \
         document says two things at once",
        at.line, at.column
    ))
}

/// Runs a third-party reader, turning a panic into a diagnostic about the
/// document: `what` names the reader ("the OpenAPI 3.0 reader").
pub(super) fn contained<T>(
    source: &SourceFile,
    what: &str,
    read: impl FnOnce() -> Result<T, Diagnostics>,
) -> Result<T, Diagnostics> {
    catch_unwind(AssertUnwindSafe(read)).unwrap_or_else(|panic| {
        let why = panic
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no reason given".to_owned());
        Err(Diagnostic::file(
            source.name(),
            format!("{what} failed on this document: {why}"),
        )
        .with_help(
            "the document could not be read; check it with a validator, and report it to docspec \
             with the document attached",
        )
        .into())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_given_twice_are_found_at_any_depth() {
        let source = SourceFile::new(
            "d.json",
            "{\"a\": {\"404\": {\"descrip\": \"x\"}, \"404\": {\"description\": \"y\"}},\n \"b\": [{\"k\": 1, \"k\": 2}]}",
        );
        let root = super::super::tree::parse_json(&source).unwrap();
        let shown: Vec<String> = duplicate_keys(&source, &root)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(shown.len(), 2, "{shown:#?}");
        assert!(
            shown[0].starts_with("d.json:1:33: /a/404: `404` is given twice in one object"),
            "{}",
            shown[0]
        );
        assert!(
            shown[0].contains("first given at line 1, column 8"),
            "{}",
            shown[0]
        );
        assert!(
            shown[1].starts_with("d.json:2:17: /b/0/k: `k` is given twice"),
            "{}",
            shown[1]
        );
    }

    #[test]
    fn a_panicking_reader_becomes_a_diagnostic() {
        let source = SourceFile::new("d.json", "{}");
        let result: Result<(), Diagnostics> = contained(&source, "the test reader", || {
            panic!("somehow this parsed twice")
        });
        let shown = result.unwrap_err().to_string();
        assert!(
            shown.starts_with(
                "d.json: the test reader failed on this document: somehow this parsed twice"
            ),
            "{shown}"
        );
        let fine: Result<u8, Diagnostics> = contained(&source, "the test reader", || Ok(7));
        assert_eq!(fine.unwrap(), 7);
    }
}
