//! The `docspec` binary, run as a user would.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_docspec"));
    c.current_dir(workspace());
    c
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A scratch directory under target/, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = workspace().join("target").join("cli-tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn every_subcommand_has_help() {
    for (sub, needle) in [
        ("check", "file:line:col"),
        ("expand", "--crate"),
        (
            "diff",
            "Exit status: 0 when nothing breaks, 1 when something does, 2 when a spec does not load",
        ),
        ("import", "Markdown errors page"),
        ("mock", "x-mock-error"),
    ] {
        let out = run(&[sub, "--help"]);
        assert!(out.status.success(), "{sub}");
        assert!(
            text(&out.stdout).contains(needle),
            "{sub} --help:\n{}",
            text(&out.stdout)
        );
    }
}

#[test]
fn check_accepts_good_specs_and_reports_bad_ones() {
    let out = run(&["check", "spec/userplane.json", "spec/docs/errors-page.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "spec/userplane.json: ok (31 codes, 7 categories, 29 models, 19 endpoints)\n\
         spec/docs/errors-page.md: ok (30 codes, 7 categories, 0 models, 0 endpoints)\n"
    );

    let out = run(&[
        "check",
        "tests/fixtures/bad/unknown-category.json",
        "spec/userplane.json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stderr),
        "tests/fixtures/bad/unknown-category.json:8:59: /errors/0/category: unknown category `authentification`\n  \
         = help: did you mean `authentication`?\n\
         tests/fixtures/bad/unknown-category.json: 1 problem\n"
    );
    assert!(text(&out.stdout).contains("spec/userplane.json: ok"));

    let out = run(&["check", "tests/fixtures/bad/markdown-bad-status.md"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with(
        "tests/fixtures/bad/markdown-bad-status.md:12:21: /errors/1/status: status `4O1` of `TOKEN_REVOKED` is not a number"
    ));

    let out = run(&["check", "no/such/spec.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("no/such/spec.json: cannot read spec: no such file"));
}

#[test]
fn expand_prints_the_generated_rust() {
    let out = run(&["expand", "tests/fixtures/specs/minimal.json"]);
    assert!(out.status.success());
    let code = text(&out.stdout);
    assert!(code.contains("pub enum ErrorCode {"));
    assert!(code.contains("impl ::docspec::DocumentedCode for ErrorCode"));
    assert_eq!(
        code,
        std::fs::read_to_string(workspace().join("tests/snapshots/minimal.rs")).unwrap()
    );

    let out = run(&[
        "expand",
        "tests/fixtures/specs/minimal.json",
        "--crate",
        "::my_runtime",
    ]);
    assert!(text(&out.stdout).contains("impl ::my_runtime::DocumentedCode for ErrorCode"));
}

const OLD: &str = r#"{
  "error_body": { "code": "/error", "message": "/message" },
  "categories": [{ "id": "links", "title": "Link errors" }, { "id": "old", "title": "Old" }],
  "errors": [
    { "code": "LINK_GONE", "status": 410, "category": "links", "message": "Link has been deleted" },
    { "code": "LINK_LOCKED", "status": 423, "category": "links", "message": "Locked" },
    { "code": "RETIRED", "status": 400, "category": "old", "message": "Retired" }
  ],
  "models": [{ "name": "D", "fields": [] }],
  "endpoints": [
    { "id": "get_link", "method": "GET", "path": "/links/{id}", "response": "D", "errors": ["LINK_GONE"] },
    { "id": "old_endpoint", "method": "GET", "path": "/old", "response": "D" }
  ]
}"#;

const NEW: &str = r#"{
  "error_body": { "code": "/error", "message": "/message" },
  "categories": [{ "id": "links", "title": "Links" }],
  "errors": [
    { "code": "LINK_GONE", "status": 410, "category": "links", "message": "Link was deleted" },
    { "code": "LINK_LOCKED", "status": 409, "category": "links", "message": "Locked" },
    { "code": "LINK_QUARANTINED", "status": 423, "category": "links", "message": "Under review" }
  ],
  "models": [{ "name": "D", "fields": [] }],
  "endpoints": [
    { "id": "get_link", "method": "GET", "path": "/links/{id}", "response": "D", "errors": ["LINK_GONE", "LINK_QUARANTINED"] },
    { "id": "list_links", "method": "GET", "path": "/links", "response": "D" }
  ]
}"#;

#[test]
fn diff_marks_breaking_changes() {
    let dir = scratch("diff");
    std::fs::write(dir.join("old.json"), OLD).unwrap();
    std::fs::write(dir.join("new.json"), NEW).unwrap();
    let (old, new) = (dir.join("old.json"), dir.join("new.json"));
    let (old, new) = (old.to_str().unwrap(), new.to_str().unwrap());

    let out = run(&["diff", old, new]);
    assert_eq!(out.status.code(), Some(1), "breaking changes exit 1");
    let expected = [
        r#"         code     changed  LINK_GONE: message "Link has been deleted" → "Link was deleted""#,
        r#"         code     changed  LINK_LOCKED: status 423 → 409"#,
        r#"breaking code     added    LINK_QUARANTINED: LINK_QUARANTINED 423 (links): Under review"#,
        r#"breaking code     removed  RETIRED: RETIRED 400 (old): Retired"#,
        r#"         category changed  links: title "Link errors" → "Links""#,
        r#"breaking category removed  old: Old"#,
        r#"breaking endpoint changed  get_link: codes added: LINK_QUARANTINED"#,
        r#"         endpoint added    list_links: GET /links"#,
        r#"breaking endpoint removed  old_endpoint: GET /old"#,
        r#"9 changes, 5 breaking"#,
    ];
    assert_eq!(text(&out.stdout).lines().collect::<Vec<_>>(), expected);

    let out = run(&["diff", old, new, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["total"], 9);
    assert_eq!(doc["breaking"], 5);
    assert_eq!(
        doc["changes"][2],
        serde_json::json!({
            "item": "code", "kind": "added", "name": "LINK_QUARANTINED",
            "detail": "LINK_QUARANTINED 423 (links): Under review", "breaking": true
        })
    );

    // Only non-breaking changes: exit 0.
    let out = run(&["diff", new, new]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "no changes\n");

    let out = run(&["diff", old, "tests/fixtures/bad/wrong-type.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("expected a whole number, found a string"));
}

#[test]
fn import_writes_a_spec_that_checks() {
    let dir = scratch("import");
    let target = dir.join("errors.json");
    let out = run(&[
        "import",
        "spec/docs/errors-page.md",
        "-o",
        target.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stderr),
        format!(
            "wrote {} (30 codes, 0 documented statuses, 7 categories)\n",
            target.display()
        )
    );
    let out = run(&["check", target.to_str().unwrap()]);
    assert!(out.status.success());
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(json["errors"].as_array().unwrap().len(), 30);
    assert_eq!(json["errors"][0]["code"], "API_KEY_REQUIRED");
    assert_eq!(json["errors"][29]["message"], "Failed to rotate API key.");
    assert_eq!(json["categories"][6]["id"], "api_key_management");

    let out = run(&["import", "spec/docs/errors-page.md"]);
    assert_eq!(text(&out.stdout), std::fs::read_to_string(&target).unwrap());
}

type Lines = tokio::io::Lines<tokio::io::BufReader<tokio::process::ChildStdout>>;

/// Starts the binary in the background, with its standard output as lines.
fn spawn(args: &[&str]) -> (tokio::process::Child, Lines) {
    use tokio::io::AsyncBufReadExt;
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_docspec"))
        .current_dir(workspace())
        .args(args)
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    (child, tokio::io::BufReader::new(stdout).lines())
}

#[tokio::test]
async fn mock_serves_the_spec_until_stopped() {
    let (mut child, mut lines) = spawn(&["mock", "spec/userplane.json", "--port", "0"]);
    let first = lines.next_line().await.unwrap().unwrap();
    let url = first
        .strip_prefix("serving the Userplane API at ")
        .unwrap()
        .to_owned();
    let key_line = lines.next_line().await.unwrap().unwrap();
    let key = key_line.strip_prefix("API key: ").unwrap().to_owned();

    let http = reqwest::Client::new();
    let me = http
        .get(format!("{url}/public/me"))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    let body: serde_json::Value = serde_json::from_slice(&me.bytes().await.unwrap()).unwrap();
    // The generic mock answers from the spec's examples: no data set of
    // one API is built into the tool.
    assert_eq!(body["data"]["user"]["id"], "id_example");
    assert_eq!(body["message"], "get_me succeeded");

    let anonymous = http.get(format!("{url}/public/me")).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    let body: serde_json::Value =
        serde_json::from_slice(&anonymous.bytes().await.unwrap()).unwrap();
    assert_eq!(body["error"], "API_KEY_REQUIRED");

    let injected = http
        .get(format!("{url}/public/workspaces"))
        .bearer_auth(&key)
        .header("x-mock-error", "RATE_LIMITED")
        .send()
        .await
        .unwrap();
    assert_eq!(injected.status(), 429);

    child.kill().await.unwrap();
}

#[tokio::test]
async fn mock_serves_examples_for_other_specs() {
    let (mut child, mut lines) = spawn(&["mock", "tests/fixtures/specs/nested.json"]);
    let first = lines.next_line().await.unwrap().unwrap();
    let url = first
        .strip_prefix("serving the Acme Billing API at ")
        .unwrap()
        .to_owned();
    let second = lines.next_line().await.unwrap().unwrap();
    // Acme's keys have no prefix, so neither has the mock's.
    assert_eq!(second, "API key: mock_0123456789abcdef");
    let http = reqwest::Client::new();
    let unauthenticated = http
        .get(format!("{url}/charges/ch_1"))
        .send()
        .await
        .unwrap();
    assert_eq!(unauthenticated.status(), 401);
    let body = http
        .get(format!("{url}/charges/ch_1"))
        .bearer_auth("mock_0123456789abcdef")
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let charge: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(charge["currency"], "example");
    child.kill().await.unwrap();
}

#[test]
fn check_reads_an_openapi_document_with_its_errors_page() {
    let out = run(&[
        "check",
        "tests/fixtures/openapi/notes.json",
        "--errors",
        "tests/fixtures/openapi/bad/errors.md",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "tests/fixtures/openapi/notes.json: ok (1 codes, 1 categories, 2 models, 1 endpoints)\n"
    );
    assert_eq!(text(&out.stderr), "");
    // Without a page, the document's error responses say what it says of
    // errors: its statuses, and the body's layout, with a warning.
    let out = run(&["check", "tests/fixtures/openapi/notes.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "tests/fixtures/openapi/notes.json: ok (0 codes, 1 documented statuses, 1 categories, 2 models, 1 endpoints)\n"
    );
    assert!(
        text(&out.stderr).contains(
            "/paths/~1notes~1{id}/get/responses/404: no errors page is given: error bodies are read with the code at `/code` and the message at `/message`, as 1 error response here and elsewhere show"
        ),
        "{}",
        text(&out.stderr)
    );
    // `expand` prints the client the document makes.
    let out = run(&[
        "expand",
        "tests/fixtures/openapi/notes.json",
        "--errors",
        "tests/fixtures/openapi/bad/errors.md",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let code = text(&out.stdout);
    assert!(code.contains("pub fn get_note("), "{code}");
    assert!(code.contains("NoteNotFound"), "{code}");
}

#[test]
fn diff_classifies_openapi_changes() {
    let dir = scratch("openapi-diff");
    let old_path = workspace().join("tests/fixtures/openapi/notes.json");
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&old_path).unwrap()).unwrap();
    let get = &mut doc["paths"]["/notes/{id}"]["get"];
    let params = get["parameters"].as_array_mut().unwrap();
    params.push(serde_json::json!({"name": "fields", "in": "query", "schema": {"type": "string"}}));
    params.push(serde_json::json!({"name": "version", "in": "query", "required": true, "schema": {"type": "integer"}}));
    doc["paths"]["/notes"] = serde_json::json!({"get": {
        "operationId": "listNotes",
        "responses": {"200": {"description": "Notes", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Note"}}}}}}
    }});
    let note = &mut doc["components"]["schemas"]["Note"]["properties"];
    note.as_object_mut().unwrap().remove("text");
    note["pinned"] = serde_json::json!({"type": "boolean"});
    std::fs::write(dir.join("new.json"), doc.to_string()).unwrap();
    let old = old_path.to_str().unwrap();
    let new = dir.join("new.json");
    let errors = "tests/fixtures/openapi/bad/errors.md";

    let out = run(&["diff", old, new.to_str().unwrap(), "--errors", errors]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let expected = [
        "         endpoint added    list_notes: GET /notes",
        "breaking endpoint changed  get_note: query parameter `fields` added; required query parameter `version` added",
        "breaking model    changed  Note: field `pinned` added; field `text` removed",
        "3 changes, 2 breaking",
    ];
    assert_eq!(text(&out.stdout).lines().collect::<Vec<_>>(), expected);

    // A parameter retyped, and an endpoint removed.
    let get = &mut doc["paths"]["/notes/{id}"]["get"];
    get["parameters"][1]["schema"] = serde_json::json!({"type": "string", "enum": ["all", "none"]});
    let old_new = dir.join("newer.json");
    doc["paths"].as_object_mut().unwrap().remove("/notes");
    std::fs::write(&old_new, doc.to_string()).unwrap();
    let out = run(&[
        "diff",
        new.to_str().unwrap(),
        old_new.to_str().unwrap(),
        "--errors",
        errors,
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let expected = [
        "breaking endpoint changed  get_note: query parameter `fields` retyped: string → one of all, none",
        "breaking endpoint removed  list_notes: GET /notes",
        "2 changes, 2 breaking",
    ];
    assert_eq!(text(&out.stdout).lines().collect::<Vec<_>>(), expected);
}
