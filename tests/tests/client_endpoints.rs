//! Every endpoint's success path, over real HTTP against the spec-driven
//! mock on 127.0.0.1.

use docspec_tests::mock_client;
use userplane::Client;
use userplane::models::{CreateLinkBody, UpdateLinkBody};
use userplane_mock::{MockServer, WORKSPACE};

async fn setup() -> (MockServer, Client) {
    let mock = userplane_mock::start().await.unwrap();
    let client = mock_client(&mock);
    (mock, client)
}

#[tokio::test]
async fn me_and_workspaces() {
    let (mock, client) = setup().await;
    let me = client.get_me().await.unwrap();
    assert_eq!(me.user.id, "usr_mock");
    assert_eq!(me.user.email.as_deref(), Some("mock.user@example.com"));
    assert_eq!(me.stats.unwrap().workspaces, Some(12));

    let page = client.list_workspaces().await.unwrap();
    assert_eq!(page.workspaces.len(), 10, "default page size is 10");
    assert_eq!(page.total, Some(12));
    assert_eq!(page.pagination.total_pages, 2);
    assert!(page.workspaces[0].workspace_membership.is_none());
    let with = client
        .list_workspaces()
        .include_workspace_membership(true)
        .per_page(2)
        .await
        .unwrap();
    assert_eq!(with.workspaces.len(), 2);
    let membership = with.workspaces[0].workspace_membership.as_ref().unwrap();
    assert_eq!(membership.workspace_role.as_deref(), Some("owner"));

    let ws = client.get_workspace(WORKSPACE).await.unwrap();
    assert_eq!(ws.workspace.workspace_id, "ws_acme");
    assert_eq!(ws.workspace.workspace_name.as_deref(), Some("Acme"));
    let invite = client.get_workspace_invite_url(WORKSPACE).await.unwrap();
    assert_eq!(invite.workspace_id, "ws_acme");
    assert!(invite.invite_url.starts_with("https://"));

    // What went over the wire: the documented paths and query names.
    let requests = mock.requests();
    let paths: Vec<(&str, &str)> = requests
        .iter()
        .map(|r| (r.path.as_str(), r.query.as_str()))
        .collect();
    assert_eq!(
        paths,
        [
            ("/public/me", ""),
            ("/public/workspaces", ""),
            (
                "/public/workspaces",
                "per_page=2&include_workspace_membership=true"
            ),
            ("/public/workspace/ws_acme", ""),
            ("/public/workspace/ws_acme/invite-url", ""),
        ]
    );
    assert!(requests.iter().all(|r| r.authorized));
}

#[tokio::test]
async fn projects() {
    let (_mock, client) = setup().await;
    let page = client.list_projects(WORKSPACE).await.unwrap();
    assert_eq!(page.projects.len(), 5, "projects default to 5 per page");
    assert_eq!(page.pagination.total, 11);
    assert_eq!(page.projects[0].project_id, "prj_default");
    let project = client.get_project(WORKSPACE, "prj_web").await.unwrap();
    assert_eq!(project.project.title.as_deref(), Some("Web app"));
}

#[tokio::test]
async fn link_lifecycle() {
    let (_mock, client) = setup().await;
    let before = client.list_links(WORKSPACE).await.unwrap();
    assert_eq!(before.links.len(), 3);

    let body = CreateLinkBody {
        link_reusable: Some(true),
        meta: Some(serde_json::json!({"ticket": 42})),
        ..CreateLinkBody::new("dom_acme".into())
    };
    let created = client.create_link(WORKSPACE, body).await.unwrap();
    assert_eq!(created.workspace_id, "ws_acme");
    let link = created.link;
    assert_eq!(link.link_reusable, Some(true));
    assert_eq!(link.meta, Some(serde_json::json!({"ticket": 42})));
    assert_eq!(link.project.as_ref().unwrap().project_id, "prj_default");

    let fetched = client.get_link(WORKSPACE, &link.link_id).await.unwrap();
    assert_eq!(fetched.link, link);

    let update = UpdateLinkBody {
        link_title: Some("Bug report".into()),
        link_provider_type: Some("intercom".into()),
        link_provider_ref: Some("conv_9".into()),
        ..Default::default()
    };
    let updated = client
        .update_link(WORKSPACE, &link.link_id, update)
        .await
        .unwrap();
    assert_eq!(updated.link.link_title.as_deref(), Some("Bug report"));
    assert_eq!(updated.link.link_provider_type.as_deref(), Some("intercom"));
    // Sent as `linkProviderRef`, read back as `linkProviderReference`.
    assert_eq!(
        updated.link.link_provider_reference.as_deref(),
        Some("conv_9")
    );

    let deleted = client.delete_link(WORKSPACE, &link.link_id).await.unwrap();
    assert_eq!(deleted.link_id, link.link_id);
    assert_eq!(deleted.workspace_id, "ws_acme");
    let after = client.list_links(WORKSPACE).await.unwrap();
    assert_eq!(after.links.len(), 3);
}

#[tokio::test]
async fn recordings_and_their_resources() {
    let (_mock, client) = setup().await;
    let page = client.list_recordings(WORKSPACE).await.unwrap();
    assert_eq!(page.recordings.len(), 10);
    assert_eq!(page.recordings[0].recording_id, "rec_001");
    let rec = client.get_recording(WORKSPACE, "rec_002").await.unwrap();
    assert_eq!(rec.recording.recording_id, "rec_002");
    assert_eq!(rec.recording.recording_duration_ms, Some(32_000.0));
    assert_eq!(rec.recording.meta.unwrap().status.as_deref(), Some("ready"));

    let video = client
        .get_recording_video(WORKSPACE, "rec_002")
        .await
        .unwrap();
    assert_eq!(video.recording_id, "rec_002");
    assert_eq!(video.resource.type_.as_deref(), Some("video/webm"));
    assert_eq!(video.resource.sources.as_ref().map(Vec::len), Some(1));
    assert_eq!(video.resource.message.as_deref(), Some("Video available"));
    let thumb = client
        .get_recording_thumbnail(WORKSPACE, "rec_002")
        .await
        .unwrap();
    assert_eq!(thumb.resource.type_.as_deref(), Some("image/png"));
    assert!(thumb.resource.sources.is_none());
    for resource in [
        client
            .get_recording_console_log(WORKSPACE, "rec_002")
            .await
            .unwrap(),
        client
            .get_recording_network_log(WORKSPACE, "rec_002")
            .await
            .unwrap(),
        client
            .get_recording_action(WORKSPACE, "rec_002")
            .await
            .unwrap(),
    ] {
        assert_eq!(resource.resource.type_.as_deref(), Some("application/json"));
        assert!(resource.resource.url.unwrap().contains("rec_002"));
    }

    let deleted = client.delete_recording(WORKSPACE, "rec_003").await.unwrap();
    assert_eq!(deleted.recording_id, "rec_003");
    assert_eq!(
        client
            .list_recordings(WORKSPACE)
            .await
            .unwrap()
            .pagination
            .total,
        23
    );
}

#[tokio::test]
async fn path_parameters_are_encoded() {
    let (mock, client) = setup().await;
    let _ = client.get_link(WORKSPACE, "a/b?c").await;
    let last = mock.requests().pop().unwrap();
    assert_eq!(last.endpoint.as_deref(), Some("get_link"));
    assert_eq!(last.path, "/public/workspace/ws_acme/links/a%2Fb%3Fc");
}
