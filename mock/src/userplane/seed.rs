//! The seeded data set of the in-memory Userplane API.

use std::sync::Mutex;

use userplane::models::{Project, User, Workspace, WorkspaceMembership};

use super::{ProjectRec, State, Userplane, WORKSPACE, WorkspaceRec, s};

impl Userplane {
    /// The seeded data set, described in the crate docs.
    pub(crate) fn seeded() -> Self {
        let ws = |id: &str, name: &str, role: &'static str, member: bool| WorkspaceRec {
            workspace: Workspace {
                workspace_id: id.to_owned(),
                workspace_name: s(name),
                created_at: s("2026-01-15T09:00:00.000Z"),
                updated_at: s("2026-10-01T09:00:00.000Z"),
                workspace_membership: member.then(|| WorkspaceMembership {
                    workspace_member_id: format!("mem_{id}"),
                    workspace_role: s(role),
                    workspace_joined_at: s("2026-01-15T09:00:00.000Z"),
                }),
            },
            member,
            role,
            default_project: None,
            link_limit: 50,
        };
        let mut workspaces = vec![
            WorkspaceRec {
                default_project: Some("prj_default"),
                link_limit: 1_000_000,
                ..ws(WORKSPACE, "Acme", "owner", true)
            },
            ws("ws_beta", "Beta (no default project)", "member", true),
            ws("ws_guest", "Guest access", "guest", true),
            WorkspaceRec {
                default_project: Some("prj_full_default"),
                link_limit: 0,
                ..ws("ws_full", "Free plan, full", "owner", true)
            },
        ];
        for i in 5..=12 {
            workspaces.push(ws(
                &format!("ws_{i:02}"),
                &format!("Workspace {i}"),
                "member",
                true,
            ));
        }
        workspaces.push(ws("ws_other", "Someone else's", "owner", false));

        let project = |ws: &str, id: &str, title: &str, deleted: bool| ProjectRec {
            workspace: ws.to_owned(),
            project: Project {
                project_id: id.to_owned(),
                title: s(title),
            },
            deleted,
        };
        let mut projects = vec![
            project(WORKSPACE, "prj_default", "Default", false),
            project(WORKSPACE, "prj_web", "Web app", false),
            project(WORKSPACE, "prj_mobile", "Mobile app", false),
            project(WORKSPACE, "prj_old", "Retired", true),
            project("ws_full", "prj_full_default", "Default", false),
        ];
        for i in 5..=12 {
            projects.push(project(
                WORKSPACE,
                &format!("prj_{i:02}"),
                &format!("Project {i}"),
                false,
            ));
        }

        let mut state = State {
            user: User {
                id: "usr_mock".to_owned(),
                name: s("Mock User"),
                email: s("mock.user@example.com"),
                email_verified: Some(true),
                image: None,
                created_at: s("2026-01-15T09:00:00.000Z"),
            },
            workspaces,
            projects,
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
            let link = state.new_link(WORKSPACE, "dom_acme", Some("prj_default"), Some(title));
            let rec = state
                .links
                .iter_mut()
                .find(|l| l.link.link_id == link.link_id);
            if let Some(rec) = rec {
                rec.protected = protected;
                rec.deleted = deleted;
            }
        }
        for i in 1..=23 {
            state.push_recording(WORKSPACE, &format!("rec_{i:03}"), i, false, false);
        }
        state.push_recording(WORKSPACE, "rec_locked", 24, true, false);
        state.push_recording(WORKSPACE, "rec_deleted", 25, false, true);
        state.push_recording("ws_beta", "rec_beta", 26, false, false);
        Userplane {
            state: Mutex::new(state),
        }
    }
}
