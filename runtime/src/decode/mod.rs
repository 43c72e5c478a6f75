//! One-pass extraction of the code and message from an error body.
//!
//! The body is walked once with serde; only the keys on the way to the two
//! values are looked at, everything else is skipped without allocating, and
//! strings without escapes are borrowed from the body.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::code::ErrorBodyLayout;

mod flat;

/// What was found at one pointer of the body.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) enum Slot<'b> {
    /// Nothing at that path.
    #[default]
    Missing,
    /// A string.
    Str(Cow<'b, str>),
    /// Something else: the JSON type found there.
    WrongType(&'static str),
}

/// Finds the layout's code (slot 0) and message (slot 1) in `body`: the flat
/// fast path when it applies, else a serde walk.
pub(crate) fn extract<'b>(
    body: &'b [u8],
    layout: &ErrorBodyLayout,
) -> Result<[Slot<'b>; 2], serde_json::Error> {
    if let Some(found) = flat::extract(body, layout) {
        return Ok(found);
    }
    extract_with_serde(body, layout)
}

/// The general path: any JSON, any layout.
pub(crate) fn extract_with_serde<'b>(
    body: &'b [u8],
    layout: &ErrorBodyLayout,
) -> Result<[Slot<'b>; 2], serde_json::Error> {
    let mut out = [Slot::Missing, Slot::Missing];
    let mut de = serde_json::Deserializer::from_slice(body);
    Walk {
        paths: [Some(layout.code), Some(layout.message)],
        out: &mut out,
    }
    .deserialize(&mut de)?;
    de.end()?;
    Ok(out)
}

/// The remaining keys of each target; `None` once a target cannot be here.
struct Walk<'a, 'b> {
    paths: Paths,
    out: &'a mut [Slot<'b>; 2],
}

impl<'de> DeserializeSeed<'de> for Walk<'_, 'de> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'b> Walk<'_, 'b> {
    /// Stores a value into every target that ends at this node.
    fn set(&mut self, make: impl Fn() -> Slot<'b>) {
        for i in 0..2 {
            if self.paths[i].is_some_and(|p| p.is_empty()) {
                self.out[i] = make();
            }
        }
    }
}

impl<'de> Visitor<'de> for Walk<'_, 'de> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_borrowed_str<E: de::Error>(mut self, v: &'de str) -> Result<(), E> {
        self.set(|| Slot::Str(Cow::Borrowed(v)));
        Ok(())
    }

    fn visit_str<E: de::Error>(mut self, v: &str) -> Result<(), E> {
        self.set(|| Slot::Str(Cow::Owned(v.to_owned())));
        Ok(())
    }

    fn visit_bool<E: de::Error>(mut self, _: bool) -> Result<(), E> {
        self.set(|| Slot::WrongType("a boolean"));
        Ok(())
    }

    fn visit_i64<E: de::Error>(mut self, _: i64) -> Result<(), E> {
        self.set(|| Slot::WrongType("a number"));
        Ok(())
    }

    fn visit_u64<E: de::Error>(mut self, _: u64) -> Result<(), E> {
        self.set(|| Slot::WrongType("a number"));
        Ok(())
    }

    fn visit_f64<E: de::Error>(mut self, _: f64) -> Result<(), E> {
        self.set(|| Slot::WrongType("a number"));
        Ok(())
    }

    fn visit_unit<E: de::Error>(mut self) -> Result<(), E> {
        self.set(|| Slot::WrongType("null"));
        Ok(())
    }

    /// An array: a target whose next step is an index (`/errors/0/code`)
    /// goes on into that element.
    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        self.set(|| Slot::WrongType("an array"));
        let mut index = 0usize;
        loop {
            let next = self.paths.map(|p| match p {
                Some([first, rest @ ..]) if first.parse() == Ok(index) => Some(rest),
                _ => None,
            });
            let more = if next.iter().any(Option::is_some) {
                seq.next_element_seed(Walk {
                    paths: next,
                    out: &mut *self.out,
                })?
                .is_some()
            } else {
                seq.next_element::<IgnoredAny>()?.is_some()
            };
            if !more {
                return Ok(());
            }
            index += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        self.set(|| Slot::WrongType("an object"));
        while let Some(next) = map.next_key_seed(Step { paths: self.paths })? {
            if next.iter().any(Option::is_some) {
                map.next_value_seed(Walk {
                    paths: next,
                    out: &mut *self.out,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

type Paths = [Option<&'static [&'static str]>; 2];

/// Reads an object key and returns the targets that continue through it, one
/// step further down; compares in place, so keys are never allocated.
struct Step {
    paths: Paths,
}

impl<'de> DeserializeSeed<'de> for Step {
    type Value = Paths;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Paths, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Step {
    type Value = Paths;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object key")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Paths, E> {
        Ok(self.paths.map(|p| match p {
            Some([first, rest @ ..]) if *first == key => Some(rest),
            _ => None,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FLAT: ErrorBodyLayout = ErrorBodyLayout {
        code: &["error"],
        message: &["message"],
    };
    const NESTED: ErrorBodyLayout = ErrorBodyLayout {
        code: &["error", "code"],
        message: &["error", "message"],
    };

    #[test]
    fn flat_layout_borrows_plain_strings() {
        let body = br#"{"message":"Note not found","error":"NOTE_NOT_FOUND","extra":[1,{"a":2}]}"#;
        let [code, message] = extract(body, &FLAT).unwrap();
        assert_eq!(code, Slot::Str(Cow::Borrowed("NOTE_NOT_FOUND")));
        assert!(matches!(
            message,
            Slot::Str(Cow::Borrowed("Note not found"))
        ));
    }

    #[test]
    fn nested_layout_and_escapes() {
        let body = br#"{"error":{"code":"not_found","message":"line\nbreak"}}"#;
        let [code, message] = extract(body, &NESTED).unwrap();
        assert_eq!(code, Slot::Str(Cow::Borrowed("not_found")));
        assert_eq!(message, Slot::Str(Cow::Owned("line\nbreak".into())));
    }

    #[test]
    fn wrong_types_and_missing_fields_are_reported() {
        let [code, message] = extract(br#"{"error":{"code":7}}"#, &NESTED).unwrap();
        assert_eq!(code, Slot::WrongType("a number"));
        assert_eq!(message, Slot::Missing);
        let [code, _] = extract(br#"{"error":"flat"}"#, &NESTED).unwrap();
        assert_eq!(code, Slot::Missing);
        let [code, _] = extract(br#"["error"]"#, &FLAT).unwrap();
        assert_eq!(code, Slot::Missing);
    }

    #[test]
    fn an_index_step_reads_into_an_array() {
        const FIRST: ErrorBodyLayout = ErrorBodyLayout {
            code: &["errors", "0", "error_code"],
            message: &["errors", "1", "message"],
        };
        let body = br#"{"request_id":"r","errors":[{"error_code":"invalid_address","message":"a"},{"message":"b"}]}"#;
        let [code, message] = extract(body, &FIRST).unwrap();
        assert_eq!(code, Slot::Str(Cow::Borrowed("invalid_address")));
        assert_eq!(message, Slot::Str(Cow::Borrowed("b")));
        let [code, _] = extract(br#"{"errors":[]}"#, &FIRST).unwrap();
        assert_eq!(code, Slot::Missing);
    }

    #[test]
    fn invalid_json_is_an_error() {
        assert!(extract(b"", &FLAT).is_err());
        assert!(extract(b"<html>", &FLAT).is_err());
        assert!(extract(br#"{"error":"X","message":"tru"#, &FLAT).is_err());
        assert!(extract(br#"{"error":"X"} trailing"#, &FLAT).is_err());
    }
}
