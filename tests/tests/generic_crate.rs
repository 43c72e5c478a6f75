//! A user of another API: a crate outside the workspace that depends on the
//! generic `docspec` crate alone, generates its client from its own spec,
//! derives its own error enum from that module, and decodes its API's
//! errors. Nothing of Userplane's is compiled into it.

use docspec_tests::ScratchCrate;

const SPEC: &str = r#"{
  "name": "Orbit Storage",
  "base_url": "https://storage.orbit.example/v2",
  "error_body": { "code": "/type", "message": "/detail" },
  "categories": [
    { "id": "not-found", "title": "Missing things" },
    { "id": "limits", "title": "Limits" }
  ],
  "errors": [
    { "code": "bucket.not-found", "status": 404, "category": "not-found", "message": "No bucket has that name." },
    { "code": "rate-limited", "status": 429, "category": "limits", "message": "Slow down." }
  ]
}"#;

const MAIN: &str = r##"
#[docspec::api(spec = "orbit.json")]
mod orbit {}

#[derive(Debug, docspec::FromApiError)]
#[api_error(module = "crate::orbit")]
enum StorageError {
    #[api_error(category = "not-found")]
    Missing(orbit::ApiError),
    #[api_error(code = "rate-limited")]
    Slow,
    #[api_error(unknown)]
    Unexpected(orbit::ApiError),
}

fn main() {
    let body = br#"{"type":"bucket.not-found","detail":"no bucket `logs`"}"#;
    let err = orbit::ApiError::decode(docspec::__private::http::StatusCode::NOT_FOUND, body.to_vec().into());
    println!("{err}");
    println!("{:?}", err.known_code());
    match StorageError::from(err) {
        StorageError::Missing(e) => println!("missing: {}", e.message().unwrap_or("")),
        other => println!("other: {other:?}"),
    }
    println!("{:?}", StorageError::from(orbit::ErrorCode::RateLimited));
    println!("{}", docspec::default_user_agent("Orbit Storage"));
}
"##;

#[test]
fn a_crate_for_another_api_builds_decodes_and_depends_on_nothing_of_userplane() {
    let krate = ScratchCrate::new("another-api", MAIN).unwrap();
    krate.write("orbit.json", SPEC).unwrap();

    let out = krate.cargo(&["run"]).unwrap();
    assert!(
        out.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "404 Not Found: bucket.not-found: no bucket `logs`\n\
             Some(BucketNotFound)\n\
             missing: no bucket `logs`\n\
             Slow\n\
             orbit-storage-rs docspec/{}\n",
            env!("CARGO_PKG_VERSION")
        )
    );

    let out = krate
        .cargo(&["tree", "--edges", "normal,build,dev", "--prefix", "none"])
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(tree.lines().any(|l| l.starts_with("docspec v")), "{tree}");
    assert!(
        tree.lines().any(|l| l.starts_with("docspec-macros v")),
        "{tree}"
    );
    // The crate names only: the lines also hold paths, which may say anything.
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
