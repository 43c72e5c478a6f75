//! The fast path for the common error body: one flat JSON object whose
//! values are strings without escapes, with the code and message at the top
//! level (`{"error": "…", "message": "…"}`).
//!
//! It reads such a body in one scan after one UTF-8 check, and gives up
//! (returns `None`) on anything else (nesting, numbers, escapes, invalid
//! JSON), leaving it to serde_json. For every body it accepts, the result is
//! the one serde_json would give; a test compares the two.

use std::borrow::Cow;

use super::Slot;
use crate::code::ErrorBodyLayout;

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// A string starting at `b[i] == '"'`: its contents and the index after the
/// closing quote; `None` for escapes or control characters.
fn string(text: &str, i: usize) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let start = i + 1;
    let len = b
        .get(start..)?
        .iter()
        .position(|&c| c == b'"' || c == b'\\' || c < 0x20)?;
    let end = start + len;
    if b.get(end) != Some(&b'"') {
        return None;
    }
    Some((text.get(start..end)?, end + 1))
}

/// The slots of a flat body, or `None` to use the general path.
pub(super) fn extract<'b>(body: &'b [u8], layout: &ErrorBodyLayout) -> Option<[Slot<'b>; 2]> {
    let ([code_key], [message_key]) = (layout.code, layout.message) else {
        return None;
    };
    let text = std::str::from_utf8(body).ok()?;
    let b = text.as_bytes();
    let mut out = [Slot::Missing, Slot::Missing];
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(b, i + 1);
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let (key, after) = string(text, i)?;
            i = skip_ws(b, after);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = skip_ws(b, i + 1);
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let (value, after) = string(text, i)?;
            if key == *code_key {
                out[0] = Slot::Str(Cow::Borrowed(value));
            }
            if key == *message_key {
                out[1] = Slot::Str(Cow::Borrowed(value));
            }
            i = skip_ws(b, after);
            match b.get(i) {
                Some(b',') => i = skip_ws(b, i + 1),
                Some(b'}') => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_ws(b, i) == b.len()).then_some(out)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::Just;

    use super::*;

    const FLAT: ErrorBodyLayout = ErrorBodyLayout {
        code: &["error"],
        message: &["message"],
    };

    /// Bodies the fast path must either decline or read exactly as serde_json.
    const BODIES: &[&str] = &[
        r#"{"error":"NOTE_GONE","message":"The note was deleted"}"#,
        r#" { "message" : "m" , "error" : "E" } "#,
        r#"{"error":"E","message":"first","message":"second"}"#,
        r#"{"error":"E","extra":"x","message":"é ü 💥"}"#,
        r#"{}"#,
        r#"{"error":"E"}"#,
        r#"{"error":"E","message":"with \"escape\""}"#,
        r#"{"error":"E","message":"tab	inside"}"#,
        r#"{"error":1,"message":"m"}"#,
        r#"{"error":"E","message":"m"} x"#,
        r#"{"error":"E","message":"m",}"#,
        r#"{"error":"E" "message":"m"}"#,
        r#"{"error":"E","message":"m""#,
        r#"["error"]"#,
        r#""#,
        r#"{"error":{"code":"E"}}"#,
        "\u{feff}{\"error\":\"E\"}",
    ];

    #[test]
    fn agrees_with_serde_json_or_declines() {
        for body in BODIES {
            let fast = extract(body.as_bytes(), &FLAT);
            let general = super::super::extract_with_serde(body.as_bytes(), &FLAT).ok();
            if let Some(fast) = fast {
                assert_eq!(Some(fast), general, "{body}");
            }
        }
        assert!(
            extract(BODIES[0].as_bytes(), &FLAT).is_some(),
            "the common body takes the fast path"
        );
        assert!(
            extract(BODIES[6].as_bytes(), &FLAT).is_none(),
            "escapes go to serde_json"
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 2000, ..Default::default() })]

        /// Flat objects built from odd pieces: the fast path declines or
        /// agrees with serde_json.
        #[test]
        fn random_flat_bodies_agree_with_serde_json(
            pairs in proptest::collection::vec(
                (
                    proptest::prop_oneof!["error", "message", "[a-z]{0,4}", r#"[a-z"\\\t é]{0,4}"#],
                    proptest::prop_oneof![r#""[A-Z_]{0,8}""#, r#""[^"]{0,12}""#, r#""[a-z\\"]{0,6}""#, "[0-9]{1,3}", "null", r#"\{\}"#],
                ),
                0..4,
            ),
            space in proptest::prop_oneof![Just(""), Just(" "), Just("\n\t")],
            tail in proptest::prop_oneof![Just(""), Just(" "), Just(","), Just("x")],
        ) {
            let fields: Vec<String> = pairs.iter().map(|(k, v)| format!("{space}\"{k}\"{space}:{space}{v}")).collect();
            let body = format!("{{{}}}{tail}", fields.join(","));
            if let Some(fast) = extract(body.as_bytes(), &FLAT) {
                let general = super::super::extract_with_serde(body.as_bytes(), &FLAT).ok();
                proptest::prop_assert_eq!(Some(fast), general, "{}", body);
            }
        }
    }

    #[test]
    fn nested_layouts_are_left_to_serde_json() {
        let nested = ErrorBodyLayout {
            code: &["error", "code"],
            message: &["error", "message"],
        };
        assert!(extract(br#"{"error":{"code":"E","message":"m"}}"#, &nested).is_none());
    }
}
