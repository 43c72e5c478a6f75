//! The generic mock (`docspec-mock`) with a data set of a user's own: a
//! [`Behaviour`] for a spec that is not Userplane's, keys refused with codes
//! of their own, and a dependency tree free of Userplane's crates.

use std::collections::BTreeMap;
use std::process::Command;

use docspec_mock::{Behaviour, Call, MockServer, Outcome};
use docspec_tests::workspace_dir;
use serde_json::{Value, json};

const SPEC: &str = r#"{
  "name": "Vault",
  "base_url": "https://vault.example/api",
  "api_key_prefix": "vk_",
  "auth": { "scheme": "header", "name": "X-API-Key", "missing_key_code": "key_missing", "invalid_key_code": "key_invalid" },
  "error_body": { "code": "/code", "message": "/message" },
  "categories": [{ "id": "auth", "title": "Authentication" }, { "id": "secrets", "title": "Secrets" }],
  "errors": [
    { "code": "key_missing", "status": 401, "category": "auth", "message": "Send your API key." },
    { "code": "key_invalid", "status": 401, "category": "auth", "message": "That API key is not valid." },
    { "code": "key_revoked", "status": 403, "category": "auth", "message": "That API key was revoked." },
    { "code": "secret_not_found", "status": 404, "category": "secrets", "message": "No secret has that name." }
  ],
  "error_groups": [{ "id": "auth", "codes": ["key_missing", "key_invalid"], "all_endpoints": true }],
  "models": [{ "name": "Secret", "fields": [{ "name": "name", "type": "string", "required": true }, { "name": "value", "type": "string", "required": true }] }],
  "endpoints": [
    { "id": "get_secret", "method": "GET", "path": "/secrets/{name}", "response": "Secret", "errors": ["secret_not_found", "key_revoked"] },
    { "id": "list_names", "method": "GET", "path": "/names", "response": "Secret", "errors": [] }
  ]
}"#;

/// A vault holding two secrets.
struct Vault(BTreeMap<&'static str, &'static str>);

impl Behaviour for Vault {
    fn respond(&self, call: &Call<'_>) -> Outcome {
        match (call.endpoint_id(), self.0.get(call.param("name"))) {
            ("get_secret", Some(value)) => Outcome::Data(
                String::new(),
                json!({"name": call.param("name"), "value": value, "verbose": call.query_bool("verbose")}),
            ),
            ("get_secret", None) => Outcome::Error("secret_not_found".into()),
            _ => Outcome::Invalid(format!("{} is not served", call.path())),
        }
    }
}

async fn vault() -> MockServer {
    MockServer::builder_from_source("vault.json", SPEC)
        .behaviour(Vault(BTreeMap::from([("db", "s3cret"), ("api", "t0ken")])))
        .reject_key("vk_revoked", "key_revoked")
        .start()
        .await
        .unwrap()
}

/// Status and JSON body of a GET with the given key.
async fn get(mock: &MockServer, path: &str, key: Option<&str>) -> (u16, Value) {
    let mut request = reqwest::Client::new().get(format!("{}{path}", mock.base_url()));
    if let Some(key) = key {
        request = request.header("x-api-key", key);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let bytes = response.bytes().await.unwrap();
    (status, serde_json::from_slice(&bytes).unwrap())
}

#[tokio::test]
async fn a_behaviour_of_ones_own_answers_through_the_generic_server() {
    let mock = vault().await;
    assert_eq!(mock.api_key(), "vk_mock_0123456789abcdef");
    assert!(mock.base_url().ends_with("/api"), "{}", mock.base_url());
    let key = Some(mock.api_key());

    let (status, body) = get(&mock, "/secrets/db?verbose=true", key).await;
    assert_eq!(status, 200);
    assert_eq!(
        body,
        json!({"name": "db", "value": "s3cret", "verbose": true})
    );

    let (status, body) = get(&mock, "/secrets/nope", key).await;
    assert_eq!(status, 404);
    assert_eq!(
        body,
        json!({"code": "secret_not_found", "message": "No secret has that name."})
    );

    let (status, body) = get(&mock, "/names", key).await;
    assert_eq!(status, 400);
    assert_eq!(body["message"], "/api/names is not served");
    assert_eq!(mock.request_count("get_secret"), 2);
}

#[tokio::test]
async fn keys_are_refused_with_the_codes_declared_for_them() {
    let mock = vault().await;
    let (status, body) = get(&mock, "/secrets/db", None).await;
    assert_eq!((status, body["code"].as_str()), (401, Some("key_missing")));
    let (status, body) = get(&mock, "/secrets/db", Some("vk_wrong")).await;
    assert_eq!((status, body["code"].as_str()), (401, Some("key_invalid")));
    let (status, body) = get(&mock, "/secrets/db", Some("vk_revoked")).await;
    assert_eq!((status, body["code"].as_str()), (403, Some("key_revoked")));
    assert_eq!(body["message"], "That API key was revoked.");
    // An endpoint that does not list the key's own code refuses it as a
    // wrong key: a client would decode the other code as unknown.
    let (status, body) = get(&mock, "/names", Some("vk_revoked")).await;
    assert_eq!((status, body["code"].as_str()), (401, Some("key_invalid")));
}

#[tokio::test]
async fn a_spec_that_does_not_load_fails_the_start_with_its_diagnostics() {
    let err = MockServer::builder_from_source("broken.json", r#"{"name": "Broken""#)
        .start()
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(text.starts_with("the spec does not load:"), "{text}");
    assert!(text.contains("broken.json:1:"), "{text}");
}

#[test]
fn the_generic_mock_depends_on_no_userplane_crate() {
    let out = Command::new(env!("CARGO"))
        .current_dir(workspace_dir())
        .args(["tree", "--locked", "-p", "docspec-mock"])
        .args(["--edges", "normal,build,dev", "--prefix", "none"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(tree.starts_with("docspec-mock v"), "{tree}");
    let userplane: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| name.contains("userplane"))
        .collect();
    assert!(
        userplane.is_empty(),
        "Userplane crates in the tree: {userplane:?}"
    );
}
