//! The `userplane-mock` binary, run as a user would.

use tokio::io::AsyncBufReadExt;

#[tokio::test]
async fn serves_the_seeded_data_until_stopped() {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_userplane-mock"))
        .args(["--port", "0"])
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next_line().await.unwrap().unwrap();
    let url = first
        .strip_prefix("serving the Userplane API at http://127.0.0.1:")
        .map(|port| format!("http://127.0.0.1:{port}"))
        .unwrap();
    let key_line = lines.next_line().await.unwrap().unwrap();
    assert_eq!(key_line, format!("API key: {}", userplane_mock::API_KEY));

    let http = reqwest::Client::new();
    let me = http
        .get(format!("{url}/public/me"))
        .bearer_auth(userplane_mock::API_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    let body: serde_json::Value = serde_json::from_slice(&me.bytes().await.unwrap()).unwrap();
    assert_eq!(body["data"]["user"]["id"], "usr_mock");

    let expired = http
        .get(format!("{url}/public/me"))
        .bearer_auth(userplane_mock::EXPIRED_KEY)
        .send()
        .await
        .unwrap();
    assert_eq!(expired.status(), 401);
    let body: serde_json::Value = serde_json::from_slice(&expired.bytes().await.unwrap()).unwrap();
    assert_eq!(body["error"], "API_KEY_EXPIRED");

    child.kill().await.unwrap();
}

#[test]
fn a_bad_port_is_refused_before_serving() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_userplane-mock"))
        .args(["--port", "http"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: `http` is not a port number (0–65535)\n"
    );
    assert!(out.stdout.is_empty());
}
