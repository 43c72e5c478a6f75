//! Reading a spanned JSON tree into typed values while recording problems.
//!
//! serde stops at the first error and forgets positions; a spec author wants
//! every mistake at once with its line and column. These helpers walk the
//! position-carrying AST of `jsonc-parser` (in strict JSON mode), check types,
//! flag unknown and duplicate fields with a suggestion, and build the JSON
//! pointer of every value as they descend.

use std::collections::HashMap;
use std::sync::Arc;

use jsonc_parser::ast::{Object, Value};
use jsonc_parser::common::Ranged;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Loc, Spanned};
use crate::source::SourceFile;

/// Parses `source` as strict JSON (no comments, no trailing commas).
pub(crate) fn parse(source: &SourceFile) -> Result<Value<'_>, Diagnostics> {
    let options = jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let parsed =
        jsonc_parser::parse_to_ast(source.text(), &Default::default(), &options).map_err(|e| {
            Diagnostics::from(Diagnostic::at(
                source,
                e.range().start,
                "",
                format!("invalid JSON: {}", lower_first(&e.kind().to_string())),
            ))
        })?;
    parsed.value.ok_or_else(|| {
        Diagnostic::at(source, 0, "", "invalid JSON: the file holds no value").into()
    })
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Appends one reference token to a JSON pointer, escaping `~` and `/`.
pub(crate) fn child_pointer(parent: &str, key: &str) -> String {
    let mut p = String::with_capacity(parent.len() + key.len() + 1);
    p.push_str(parent);
    p.push('/');
    for c in key.chars() {
        match c {
            '~' => p.push_str("~0"),
            '/' => p.push_str("~1"),
            c => p.push(c),
        }
    }
    p
}

/// The reading context: the file and the problems found so far.
pub(crate) struct Reader {
    pub(crate) source: Arc<SourceFile>,
    pub(crate) diags: Diagnostics,
}

impl Reader {
    pub(crate) fn new(source: Arc<SourceFile>) -> Self {
        Reader {
            source,
            diags: Diagnostics::new(),
        }
    }

    pub(crate) fn loc(&self, offset: usize, pointer: &str) -> Loc {
        Loc::new(self.source.clone(), offset, pointer)
    }

    pub(crate) fn report(&mut self, diagnostic: Diagnostic) {
        self.diags.push(diagnostic);
    }

    fn error(&mut self, offset: usize, pointer: &str, message: String) {
        let d = Diagnostic::at(&self.source, offset, pointer, message);
        self.diags.push(d);
    }
}

/// A JSON value together with its JSON pointer.
pub(crate) struct Field<'a, 'v> {
    pub(crate) value: &'v Value<'a>,
    pub(crate) pointer: String,
}

fn kind(value: &Value<'_>) -> &'static str {
    match value {
        Value::StringLit(_) => "a string",
        Value::NumberLit(_) => "a number",
        Value::BooleanLit(_) => "a boolean",
        Value::Object(_) => "an object",
        Value::Array(_) => "an array",
        Value::NullKeyword(_) => "null",
    }
}

impl<'a, 'v> Field<'a, 'v> {
    pub(crate) fn root(value: &'v Value<'a>) -> Self {
        Field {
            value,
            pointer: String::new(),
        }
    }

    /// Byte offset where the value starts.
    pub(crate) fn offset(&self) -> usize {
        self.value.range().start
    }

    pub(crate) fn loc(&self, r: &Reader) -> Loc {
        r.loc(self.offset(), &self.pointer)
    }

    pub(crate) fn wrong_type(&self, r: &mut Reader, expected: &str) {
        let found = kind(self.value);
        let mut d = Diagnostic::at(
            &r.source,
            self.offset(),
            &self.pointer,
            format!("expected {expected}, found {found}"),
        );
        if let Value::StringLit(s) = self.value {
            let quoted_literal =
                s.value.parse::<f64>().is_ok() || s.value == "true" || s.value == "false";
            if quoted_literal && !expected.contains("string") {
                d = d.with_help(format!("remove the quotes: `{}`", s.value));
            }
        }
        r.report(d);
    }

    /// The value as a string.
    pub(crate) fn string(&self, r: &mut Reader) -> Option<Spanned<String>> {
        match self.value {
            Value::StringLit(s) => Some(Spanned::new(s.value.to_string(), self.loc(r))),
            _ => {
                self.wrong_type(r, "a string");
                None
            }
        }
    }

    /// The value as a whole number.
    pub(crate) fn integer(&self, r: &mut Reader) -> Option<Spanned<i64>> {
        match self.value {
            Value::NumberLit(n) => match n.value.parse::<i64>() {
                Ok(v) => Some(Spanned::new(v, self.loc(r))),
                Err(_) => {
                    r.error(
                        self.offset(),
                        &self.pointer,
                        format!("expected a whole number, found `{}`", n.value),
                    );
                    None
                }
            },
            _ => {
                self.wrong_type(r, "a whole number");
                None
            }
        }
    }

    /// The value as a boolean.
    pub(crate) fn boolean(&self, r: &mut Reader) -> Option<Spanned<bool>> {
        match self.value {
            Value::BooleanLit(b) => Some(Spanned::new(b.value, self.loc(r))),
            _ => {
                self.wrong_type(r, "`true` or `false`");
                None
            }
        }
    }

    /// The value as an array of fields.
    pub(crate) fn array(&self, r: &mut Reader) -> Option<Vec<Field<'a, 'v>>> {
        match self.value {
            Value::Array(a) => Some(
                a.elements
                    .iter()
                    .enumerate()
                    .map(|(i, value)| Field {
                        value,
                        pointer: child_pointer(&self.pointer, &i.to_string()),
                    })
                    .collect(),
            ),
            _ => {
                self.wrong_type(r, "an array");
                None
            }
        }
    }

    /// The value as an array of strings; non-strings are reported and skipped.
    pub(crate) fn string_array(&self, r: &mut Reader) -> Option<Vec<Spanned<String>>> {
        let items = self.array(r)?;
        Some(items.iter().filter_map(|f| f.string(r)).collect())
    }

    /// The value's JSON text, as written.
    pub(crate) fn raw_text(&self, r: &Reader) -> String {
        let range = self.value.range();
        r.source
            .text()
            .get(range.start..range.end)
            .unwrap_or_default()
            .to_owned()
    }

    /// The value as an object whose keys are names chosen by the spec author.
    pub(crate) fn map(&self, r: &mut Reader) -> Option<Vec<(Spanned<String>, Field<'a, 'v>)>> {
        match self.value {
            Value::Object(obj) => {
                check_duplicates(r, obj, &self.pointer);
                Some(
                    obj.properties
                        .iter()
                        .map(|p| {
                            let key = p.name.as_str().to_owned();
                            let pointer = child_pointer(&self.pointer, &key);
                            let loc = r.loc(p.range.start, &pointer);
                            (
                                Spanned::new(key, loc),
                                Field {
                                    value: &p.value,
                                    pointer,
                                },
                            )
                        })
                        .collect(),
                )
            }
            _ => {
                self.wrong_type(r, "an object");
                None
            }
        }
    }

    /// The value as an object whose fields must be among `fields`.
    pub(crate) fn object(
        &self,
        r: &mut Reader,
        fields: &'static [&'static str],
    ) -> Option<ObjectReader<'a, 'v>> {
        match self.value {
            Value::Object(obj) => Some(ObjectReader::open(r, obj, self.pointer.clone(), fields)),
            _ => {
                self.wrong_type(r, "an object");
                None
            }
        }
    }
}

/// Reports every repeated key of `obj` at the repetition, naming where the
/// key was first given. One pass with a hash map: linear in the number of
/// keys.
fn check_duplicates(r: &mut Reader, obj: &Object<'_>, pointer: &str) {
    if obj.properties.len() < 2 {
        return;
    }
    let mut first_of: HashMap<&str, usize> = HashMap::with_capacity(obj.properties.len());
    for p in &obj.properties {
        let name = p.name.as_str();
        let start = *first_of.entry(name).or_insert(p.range.start);
        if start != p.range.start {
            let first_pos = r.source.line_col(start);
            let d = Diagnostic::at(
                &r.source,
                p.range.start,
                &child_pointer(pointer, name),
                format!("duplicate field `{name}`"),
            )
            .with_note(format!(
                "first given at line {}, column {}",
                first_pos.line, first_pos.column
            ));
            r.report(d);
        }
    }
}

/// An object being read field by field.
pub(crate) struct ObjectReader<'a, 'v> {
    obj: &'v Object<'a>,
    pointer: String,
    /// Known fields that an unknown field was reported as a likely typo of;
    /// their absence is not reported again.
    suggested: Vec<&'static str>,
}

impl<'a, 'v> ObjectReader<'a, 'v> {
    fn open(
        r: &mut Reader,
        obj: &'v Object<'a>,
        pointer: String,
        fields: &'static [&'static str],
    ) -> Self {
        check_duplicates(r, obj, &pointer);
        let mut suggested = Vec::new();
        for p in &obj.properties {
            let name = p.name.as_str();
            if fields.contains(&name) {
                continue;
            }
            let mut d = Diagnostic::at(
                &r.source,
                p.range.start,
                &child_pointer(&pointer, name),
                format!("unknown field `{name}`"),
            );
            match crate::diag::did_you_mean(name, fields.iter().copied()) {
                Some(near) => {
                    suggested.push(near);
                    d = d.with_help(format!("did you mean `{near}`?"));
                }
                None => d = d.with_help(format!("expected one of {}", list(fields))),
            }
            r.report(d);
        }
        ObjectReader {
            obj,
            pointer,
            suggested,
        }
    }

    /// Where the object starts.
    pub(crate) fn loc(&self, r: &Reader) -> Loc {
        r.loc(self.obj.range.start, &self.pointer)
    }

    /// The field `key`, if present.
    pub(crate) fn get(&self, key: &str) -> Option<Field<'a, 'v>> {
        self.obj
            .properties
            .iter()
            .find(|p| p.name.as_str() == key)
            .map(|p| Field {
                value: &p.value,
                pointer: child_pointer(&self.pointer, key),
            })
    }

    /// The field `key`; its absence is reported.
    pub(crate) fn required(&self, r: &mut Reader, key: &str) -> Option<Field<'a, 'v>> {
        let field = self.get(key);
        if field.is_none() && !self.suggested.contains(&key) {
            r.error(
                self.obj.range.start,
                &self.pointer,
                format!("missing required field `{key}`"),
            );
        }
        field
    }

    /// A required string field.
    pub(crate) fn req_string(&self, r: &mut Reader, key: &str) -> Option<Spanned<String>> {
        self.required(r, key)?.string(r)
    }

    /// An optional string field.
    pub(crate) fn opt_string(&self, r: &mut Reader, key: &str) -> Option<Spanned<String>> {
        self.get(key)?.string(r)
    }

    /// An optional whole-number field.
    pub(crate) fn opt_integer(&self, r: &mut Reader, key: &str) -> Option<Spanned<i64>> {
        self.get(key)?.integer(r)
    }

    /// An optional array-of-strings field.
    pub(crate) fn opt_strings(&self, r: &mut Reader, key: &str) -> Vec<Spanned<String>> {
        self.get(key)
            .and_then(|f| f.string_array(r))
            .unwrap_or_default()
    }

    /// An optional boolean field.
    pub(crate) fn opt_bool(&self, r: &mut Reader, key: &str) -> Option<Spanned<bool>> {
        self.get(key)?.boolean(r)
    }
}

/// `` `a`, `b` or `c` ``.
pub(crate) fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_escape_tilde_and_slash() {
        assert_eq!(child_pointer("/a", "b/c~d"), "/a/b~1c~0d");
    }

    #[test]
    fn a_repeated_key_is_reported_where_it_repeats_naming_the_first() {
        let text = "{\"categories\": [{\"id\": \"c\", \"title\": \"C\", \"id\": \"d\"}],\n\
                    \"errors\": [{\"code\": \"A\", \"status\": 404, \"category\": \"c\", \"message\": \"a\"}],\n\
                    \"name\": \"X\", \"version\": \"1\", \"name\": \"Y\", \"name\": \"Z\",\n\
                    \"error_body\": \"problem_details\"}";
        let diags = crate::load_source(crate::SourceFile::new("dup.json", text)).unwrap_err();
        let shown: Vec<String> = diags.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            [
                "dup.json:1:43: /categories/0/id: duplicate field `id`\n  = note: first given at line 1, column 18",
                "dup.json:3:30: /name: duplicate field `name`\n  = note: first given at line 3, column 1",
                "dup.json:3:43: /name: duplicate field `name`\n  = note: first given at line 3, column 1",
            ]
        );
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(&["a"]), "`a`");
        assert_eq!(list(&["a", "b", "c"]), "`a`, `b` or `c`");
    }
}
