//! Path parameters never leave their segment: against a loopback server that
//! records each request target as it arrived, a value is either refused
//! before anything is sent, or arrives as exactly one segment that
//! percent-decodes back to the value, byte for byte.

use std::sync::OnceLock;

use docspec_tests::recorder::Recorder;
use proptest::prelude::*;
use userplane::api::{DeleteLinkError, GetLinkError};
use userplane::{Client, Error, Violation};

const NOT_FOUND: &str = r#"{"error":"LINK_NOT_FOUND","message":"Link not found"}"#;

/// One runtime, server and client for every case; tests take turns
/// through `lock`, since they read the same server's log.
struct World {
    lock: std::sync::Mutex<()>,
    runtime: tokio::runtime::Runtime,
    server: Recorder,
    client: Client,
}

fn world() -> &'static World {
    static WORLD: OnceLock<World> = OnceLock::new();
    WORLD.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime.block_on(Recorder::start(404, NOT_FOUND));
        let client = Client::builder()
            .base_url(server.url())
            .api_key("uspl_test_key")
            .no_retries()
            .build()
            .unwrap();
        World {
            lock: std::sync::Mutex::new(()),
            runtime,
            server,
            client,
        }
    })
}

/// The refusal a value must get, if any: empty, `.` and `..` always; the
/// Userplane ids have no other limit than `min_length: 1`.
fn expected_refusal(value: &str) -> Option<Violation> {
    match value {
        "" => Some(Violation::Empty),
        "." | ".." => Some(Violation::DotSegment),
        _ => None,
    }
}

fn decode(segment: &str) -> Vec<u8> {
    percent_encoding::percent_decode_str(segment).collect()
}

/// Calls `get_link(workspace, link)` and checks what reached the server.
fn check_get_link(workspace: &str, link: &str) -> Result<(), TestCaseError> {
    let w = world();
    let _turn = w.lock.lock().unwrap_or_else(|e| e.into_inner());
    let result = w
        .runtime
        .block_on(w.client.get_link(workspace, link).send());
    let targets = w.server.take();
    let refusal = expected_refusal(workspace)
        .map(|v| ("workspaceId", workspace, v))
        .or_else(|| expected_refusal(link).map(|v| ("linkId", link, v)));
    match (refusal, result) {
        (Some((parameter, value, violation)), Err(Error::InvalidArgument(e))) => {
            prop_assert_eq!(e.endpoint(), "get_link");
            prop_assert_eq!(e.parameter(), parameter);
            prop_assert_eq!(e.value(), value);
            prop_assert_eq!(e.violation(), violation);
            prop_assert!(targets.is_empty(), "refused, yet sent: {:?}", targets);
        }
        (None, Err(Error::Api(GetLinkError::LinkNotFound(_)))) => {
            prop_assert_eq!(targets.len(), 1, "one request: {:?}", targets);
            let segments: Vec<&str> = targets[0].split('/').collect();
            prop_assert_eq!(
                &segments[..5],
                &["", "api", "v1", "public", "workspace"],
                "target {:?}",
                &targets[0]
            );
            prop_assert_eq!(segments.len(), 8, "target {:?}", &targets[0]);
            prop_assert_eq!(segments[6], "links");
            prop_assert_eq!(decode(segments[5]), workspace.as_bytes());
            prop_assert_eq!(decode(segments[7]), link.as_bytes());
        }
        (refusal, other) => {
            return Err(TestCaseError::fail(format!(
                "({workspace:?}, {link:?}): expected {refusal:?}, got {other:?}, sent {targets:?}"
            )));
        }
    }
    Ok(())
}

/// Strings made to break paths: dots, slashes, percent signs, query and
/// fragment marks, backslashes, controls, spaces and non-ASCII.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(".".to_owned()),
        Just("..".to_owned()),
        Just("/".to_owned()),
        Just("\\".to_owned()),
        Just("%".to_owned()),
        Just("%2e".to_owned()),
        Just("%2E".to_owned()),
        Just("%2f".to_owned()),
        Just("?".to_owned()),
        Just("#".to_owned()),
        Just(";".to_owned()),
        Just(" ".to_owned()),
        Just("\t".to_owned()),
        Just("\r\n".to_owned()),
        Just("\u{0}".to_owned()),
        Just("é".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("😀".to_owned()),
        "[a-z0-9_]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop_oneof![
        3 => prop::collection::vec(piece, 0..5).prop_map(|p| p.concat()),
        1 => any::<String>(),
        1 => prop_oneof![Just(String::new()), Just(".".to_owned()), Just("..".to_owned())],
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn a_path_parameter_is_refused_or_arrives_as_one_segment(
        workspace in prop_oneof![3 => Just("ws_1".to_owned()), 1 => hostile()],
        link in hostile(),
    ) {
        check_get_link(&workspace, &link)?;
    }
}

/// What a refused call's error says, or why it was not refused.
fn refusal<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, Error<E>>) -> String {
    match result {
        Err(Error::InvalidArgument(e)) => format!(
            "{} {} {:?} {:?}",
            e.endpoint(),
            e.parameter(),
            e.value(),
            e.violation()
        ),
        other => format!("not refused: {other:?}"),
    }
}

/// The calls of the report that reached other resources, each now refused
/// with the endpoint, the parameter and the value, and nothing sent.
#[test]
fn the_reported_escapes_are_refused_before_sending() {
    let w = world();
    let _turn = w.lock.lock().unwrap_or_else(|e| e.into_inner());
    let c = &w.client;
    let block = |text: String| {
        assert_eq!(w.server.take(), Vec::<String>::new(), "{text}");
        text
    };
    let get = |ws, id| block(refusal(w.runtime.block_on(c.get_link(ws, id).send())));
    let delete = |ws, id| block(refusal(w.runtime.block_on(c.delete_link(ws, id).send())));
    assert_eq!(get("ws_1", ".."), r#"get_link linkId ".." DotSegment"#);
    assert_eq!(
        delete("ws_1", ".."),
        r#"delete_link linkId ".." DotSegment"#
    );
    assert_eq!(delete("ws_1", "."), r#"delete_link linkId "." DotSegment"#);
    assert_eq!(delete("ws_1", ""), r#"delete_link linkId "" Empty"#);
    assert_eq!(
        delete("..", "lnk_1"),
        r#"delete_link workspaceId ".." DotSegment"#
    );
    match w.runtime.block_on(c.list_links("..").send()) {
        Err(Error::InvalidArgument(e)) => assert_eq!(
            e.to_string(),
            "list_links: refused before sending: path parameter `workspaceId` = \"..\": \
             a `.` or `..` segment would be resolved away and reach another resource"
        ),
        other => panic!("{other:?}"),
    }
    assert!(w.server.take().is_empty());
    // The paged stream refuses too, on its first page.
    let mut pages = c.list_links("").pages();
    let first = w
        .runtime
        .block_on(futures_util::StreamExt::next(&mut pages));
    assert!(matches!(
        first,
        Some(Err(Error::InvalidArgument(ref e))) if e.violation() == Violation::Empty
    ));
    assert!(w.server.take().is_empty());
}

#[test]
fn values_near_the_dot_segments_are_sent_as_themselves() {
    for id in [
        "...", ".a", "a.", "%2e", "%2e%2e", ".%2e", "./", "../", " ..",
    ] {
        check_get_link("ws_1", id).unwrap();
        check_get_link(id, "lnk_1").unwrap();
    }
    let w = world();
    let _turn = w.lock.lock().unwrap_or_else(|e| e.into_inner());
    let result = w
        .runtime
        .block_on(w.client.delete_link("ws_1", "a/../b").send());
    assert!(matches!(
        result,
        Err(Error::Api(DeleteLinkError::LinkNotFound(_)))
    ));
    assert_eq!(
        w.server.take(),
        ["/api/v1/public/workspace/ws_1/links/a%2F..%2Fb"]
    );
}
