//! Robustness properties: whatever bytes, statuses and headers a server
//! sends, decoding never panics and keeps the raw body; whatever a spec file
//! holds, the generator either accepts it or rejects it with diagnostics,
//! and never panics.

use std::time::{Duration, SystemTime};

use bytes::Bytes;
use docspec::__private::parse_retry_after;
use docspec_codegen::{SourceFile, expand, load_source, pretty};
use docspec_tests::workspace_dir;
use http::StatusCode;
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use userplane::{ApiError, BodyProblem};

fn userplane_spec() -> String {
    std::fs::read_to_string(workspace_dir().join("spec/userplane.json")).unwrap()
}

/// JSON values shaped like error bodies, with the fields in odd types.
fn body_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        "[A-Z_]{0,24}".prop_map(Value::String),
        ".{0,40}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("error".to_owned()),
                        Just("message".to_owned()),
                        Just("code".to_owned()),
                        "[a-z]{1,6}"
                    ],
                    inner
                ),
                0..4
            )
            .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_decode_without_panicking(
        status in 100u16..1000,
        body in prop::collection::vec(any::<u8>(), 0..600),
    ) {
        let status = StatusCode::from_u16(status).unwrap();
        let err: ApiError = ApiError::decode(status, Bytes::from(body.clone()));
        prop_assert_eq!(err.body().as_ref(), &body[..]);
        prop_assert_eq!(err.status(), status);
        prop_assert!(!err.to_string().is_empty());
        let _ = format!("{err:?}");
        // Either the body had a code, or the error says what was wrong.
        prop_assert!(err.code_str().is_some() || err.problem().is_some());
    }

    #[test]
    fn json_bodies_of_any_shape_decode_without_panicking(value in body_value(), status in 400u16..600) {
        let text = value.to_string();
        let err: ApiError = ApiError::decode(StatusCode::from_u16(status).unwrap(), Bytes::from(text.clone()));
        prop_assert_eq!(err.body().as_ref(), text.as_bytes());
        let code = value.get("error").and_then(Value::as_str);
        prop_assert_eq!(err.code_str(), code);
        if code.is_none() {
            prop_assert!(matches!(err.problem(), Some(BodyProblem::MissingCode | BodyProblem::CodeNotString(_))));
        }
        prop_assert_eq!(err.message(), value.get("message").and_then(Value::as_str));
    }

    #[test]
    fn any_retry_after_header_parses_or_is_ignored(value in ".{0,60}", seconds in 0u64..10_000_000) {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let _ = parse_retry_after(&value, now);
        prop_assert_eq!(parse_retry_after(&seconds.to_string(), now), Some(Duration::from_secs(seconds)));
        let err: ApiError = ApiError::decode(StatusCode::TOO_MANY_REQUESTS, Bytes::new())
            .with_retry_after(parse_retry_after(&value, now));
        let _ = err.retry_after();
    }
}

fn check_spec_text(text: String) -> Result<(), TestCaseError> {
    match load_source(SourceFile::new("fuzz.json", text)) {
        Ok(spec) => {
            // Accepted specs generate code that parses as Rust.
            let code = pretty(expand(&spec.api, &Default::default()));
            prop_assert!(
                code.is_ok(),
                "accepted spec generated invalid Rust: {:?}",
                code.err()
            );
        }
        Err(diags) => {
            prop_assert!(!diags.is_empty());
            for d in &diags {
                prop_assert!(d.to_string().starts_with("fuzz.json"), "{d}");
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_is_accepted_or_rejected(text in ".{0,300}") {
        check_spec_text(text)?;
    }

    #[test]
    fn byte_level_mutations_of_the_spec(edits in prop::collection::vec((any::<Index>(), 0usize..24, ".{0,3}"), 1..4)) {
        let mut text = userplane_spec();
        for (at, len, insert) in edits {
            let mut start = at.index(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (start + len).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.replace_range(start..end, &insert);
        }
        check_spec_text(text)?;
    }

    #[test]
    fn structural_mutations_of_the_spec(
        edits in prop::collection::vec((any::<Index>(), 0u8..4, body_value(), "[a-z_]{0,10}"), 1..4),
    ) {
        let mut spec: Value = serde_json::from_str(&userplane_spec()).unwrap();
        for (at, kind, replacement, name) in edits {
            let mut pointers = Vec::new();
            collect_pointers(&spec, String::new(), &mut pointers);
            let pointer = pointers[at.index(pointers.len())].clone();
            mutate(&mut spec, &pointer, kind, replacement, name);
        }
        check_spec_text(serde_json::to_string_pretty(&spec).unwrap())?;
    }
}

fn collect_pointers(value: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                collect_pointers(
                    v,
                    format!("{here}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect_pointers(v, format!("{here}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Replaces, removes, renames or duplicates the node at `pointer`.
fn mutate(root: &mut Value, pointer: &str, kind: u8, replacement: Value, name: String) {
    let (parent, last) = match pointer.rfind('/') {
        Some(i) => (
            &pointer[..i],
            pointer[i + 1..].replace("~1", "/").replace("~0", "~"),
        ),
        None => {
            *root = replacement;
            return;
        }
    };
    let Some(parent) = root.pointer_mut(parent) else {
        return;
    };
    match (parent, kind) {
        (Value::Object(map), 0) => {
            map.insert(last, replacement);
        }
        (Value::Object(map), 1) => {
            map.remove(&last);
        }
        (Value::Object(map), 2) => {
            if let Some(v) = map.remove(&last) {
                map.insert(name, v);
            }
        }
        (Value::Object(map), _) => {
            if let Some(v) = map.get(&last).cloned() {
                map.insert(format!("{last}{name}"), v);
            }
        }
        (Value::Array(items), k) => {
            let Ok(i) = last.parse::<usize>() else { return };
            if i >= items.len() {
                return;
            }
            match k {
                0 => items[i] = replacement,
                1 => {
                    items.remove(i);
                }
                _ => {
                    let copy = items[i].clone();
                    items.push(copy);
                }
            }
        }
        _ => {}
    }
}
