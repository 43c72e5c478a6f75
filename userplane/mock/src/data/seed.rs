//! The seeded data set of the in-memory Userplane API.

use std::sync::Mutex;

use serde_json::json;

use super::{ProjectRec, State, UserplaneData, WORKSPACE, WorkspaceRec};

fn workspace(id: &str, name: &str, role: &'static str, member: bool) -> WorkspaceRec {
    let mut json = json!({
        "workspaceId": id,
        "workspaceName": name,
        "createdAt": "2026-01-15T09:00:00.000Z",
        "updatedAt": "2026-10-01T09:00:00.000Z",
    });
    if member {
        json["workspaceMembership"] = json!({
            "workspaceMemberId": format!("mem_{id}"),
            "workspaceRole": role,
            "workspaceJoinedAt": "2026-01-15T09:00:00.000Z",
        });
    }
    WorkspaceRec {
        id: id.to_owned(),
        json,
        member,
        role,
        default_project: None,
        link_limit: 50,
    }
}

fn project(ws: &str, id: &str, title: &str, deleted: bool) -> ProjectRec {
    ProjectRec {
        workspace: ws.to_owned(),
        id: id.to_owned(),
        json: json!({"projectId": id, "title": title}),
        deleted,
    }
}

fn workspaces() -> Vec<WorkspaceRec> {
    let mut workspaces = vec![
        WorkspaceRec {
            default_project: Some("prj_default"),
            link_limit: 1_000_000,
            ..workspace(WORKSPACE, "Acme", "owner", true)
        },
        workspace("ws_beta", "Beta (no default project)", "member", true),
        workspace("ws_guest", "Guest access", "guest", true),
        WorkspaceRec {
            default_project: Some("prj_full_default"),
            link_limit: 0,
            ..workspace("ws_full", "Free plan, full", "owner", true)
        },
    ];
    for i in 5..=12 {
        let (id, name) = (format!("ws_{i:02}"), format!("Workspace {i}"));
        workspaces.push(workspace(&id, &name, "member", true));
    }
    workspaces.push(workspace("ws_other", "Someone else's", "owner", false));
    workspaces
}

fn projects() -> Vec<ProjectRec> {
    let mut projects = vec![
        project(WORKSPACE, "prj_default", "Default", false),
        project(WORKSPACE, "prj_web", "Web app", false),
        project(WORKSPACE, "prj_mobile", "Mobile app", false),
        project(WORKSPACE, "prj_old", "Retired", true),
        project("ws_full", "prj_full_default", "Default", false),
    ];
    for i in 5..=12 {
        let (id, title) = (format!("prj_{i:02}"), format!("Project {i}"));
        projects.push(project(WORKSPACE, &id, &title, false));
    }
    projects
}

impl UserplaneData {
    /// The seeded data set, described in the crate docs.
    pub fn seeded() -> Self {
        let mut state = State {
            user: json!({
                "id": "usr_mock",
                "name": "Mock User",
                "email": "mock.user@example.com",
                "emailVerified": true,
                "createdAt": "2026-01-15T09:00:00.000Z",
            }),
            workspaces: workspaces(),
            projects: projects(),
            links: Vec::new(),
            recordings: Vec::new(),
            next_link: 1,
        };
        for (title, protected, deleted) in [
            ("Welcome", false, false),
            ("Support", false, false),
            ("Created by a colleague", true, false),
            ("Deleted last week", false, true),
        ] {
            let rec = state.new_link(WORKSPACE, "dom_acme", Some("prj_default"), Some(title));
            rec.protected = protected;
            rec.deleted = deleted;
        }
        for i in 1..=23 {
            state.push_recording(WORKSPACE, &format!("rec_{i:03}"), i, false, false);
        }
        state.push_recording(WORKSPACE, "rec_locked", 24, true, false);
        state.push_recording(WORKSPACE, "rec_deleted", 25, false, true);
        state.push_recording("ws_beta", "rec_beta", 26, false, false);
        UserplaneData {
            state: Mutex::new(state),
        }
    }
}
