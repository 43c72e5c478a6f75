//! `spec/schema.json` describes the format the generator reads: every spec
//! the generator accepts is valid against it, and the shape mistakes of the
//! bad fixtures (unknown, missing or mistyped fields) are invalid.

use docspec_tests::{crate_dir, workspace_dir};
use serde_json::Value;

fn json(path: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn validator() -> jsonschema::Validator {
    let schema = json(&workspace_dir().join("spec/schema.json"));
    jsonschema::draft202012::new(&schema).expect("the schema is a valid draft 2020-12 schema")
}

#[test]
fn every_good_spec_is_valid() {
    let validator = validator();
    let mut specs = vec![
        workspace_dir().join("spec/userplane.json"),
        workspace_dir().join("spec/userplane.from-openapi.json"),
    ];
    let mut dirs = vec![
        crate_dir().join("fixtures/specs"),
        crate_dir().join("fixtures/pages"),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                specs.push(path);
            }
        }
    }
    assert!(specs.len() >= 10, "{specs:?}");
    for path in specs {
        let errors: Vec<String> = validator
            .iter_errors(&json(&path))
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn shape_mistakes_are_invalid() {
    let validator = validator();
    for name in [
        "missing-field",
        "wrong-type",
        "unknown-field",
        "no-errors",
        "status-not-error",
        "status-out-of-range",
        "empty-message",
        "bad-error-body",
        "many-problems",
    ] {
        let path = crate_dir().join(format!("fixtures/bad/{name}.json"));
        assert!(
            !validator.is_valid(&json(&path)),
            "{name} should be invalid"
        );
    }
}
