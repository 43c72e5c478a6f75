//! The Userplane API in memory: workspaces, projects, links and recordings
//! that behave as the docs describe (soft deletes answer 410, never-existing
//! ids 404, membership and permissions checked). Records are plain JSON in
//! the API's wire format.

use std::sync::Mutex;

use docspec_mock::{Behaviour, Call, Outcome};
use serde_json::{Map, Value, json};

mod ops;
mod seed;

/// The workspace every seeded resource lives in unless said otherwise.
pub const WORKSPACE: &str = "ws_acme";

struct WorkspaceRec {
    id: String,
    /// The workspace as the API sends it, membership included.
    json: Value,
    member: bool,
    role: &'static str,
    default_project: Option<&'static str>,
    link_limit: usize,
}

struct ProjectRec {
    workspace: String,
    id: String,
    json: Value,
    deleted: bool,
}

struct LinkRec {
    workspace: String,
    id: String,
    json: Value,
    deleted: bool,
    protected: bool,
}

struct RecordingRec {
    workspace: String,
    id: String,
    json: Value,
    deleted: bool,
    protected: bool,
}

struct State {
    user: Value,
    workspaces: Vec<WorkspaceRec>,
    projects: Vec<ProjectRec>,
    links: Vec<LinkRec>,
    recordings: Vec<RecordingRec>,
    next_link: u32,
}

/// Userplane's seeded data set, as a [`Behaviour`] of the generic mock
/// (described in the crate docs).
pub struct UserplaneData {
    state: Mutex<State>,
}

impl std::fmt::Debug for UserplaneData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserplaneData").finish_non_exhaustive()
    }
}

fn timestamp(n: u32) -> String {
    format!(
        "2026-11-{:02}T{:02}:{:02}:00.000Z",
        1 + (n / 1440) % 28,
        (n / 60) % 24,
        n % 60
    )
}

/// An object of the given fields, leaving out the `null` ones (the API
/// omits absent fields).
fn object<const N: usize>(fields: [(&str, Value); N]) -> Value {
    let map: Map<String, Value> = fields
        .into_iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
    Value::Object(map)
}

/// `value` without the field `key`.
fn without(value: &Value, key: &str) -> Value {
    let mut value = value.clone();
    if let Value::Object(map) = &mut value {
        map.remove(key);
    }
    value
}

impl State {
    fn workspace(&self, id: &str) -> Option<&WorkspaceRec> {
        self.workspaces.iter().find(|w| w.id == id)
    }

    fn project(&self, ws: &str, id: &str) -> Option<&ProjectRec> {
        self.projects
            .iter()
            .find(|p| p.workspace == ws && p.id == id)
    }

    fn new_link(
        &mut self,
        ws: &str,
        domain: &str,
        project: Option<&str>,
        title: Option<&str>,
    ) -> &mut LinkRec {
        let n = self.next_link;
        self.next_link += 1;
        let id = format!("lnk_{n:04}");
        let project = project
            .and_then(|p| self.project(ws, p))
            .map_or(Value::Null, |p| p.json.clone());
        let json = object([
            ("linkId", json!(id)),
            ("linkTitle", json!(title)),
            ("linkType", json!("file")),
            ("linkReusable", json!(false)),
            ("linkURL", json!(format!("https://rec.acme.example/{id}"))),
            ("createdAt", json!(timestamp(n))),
            ("project", project),
            (
                "creator",
                json!({"workspaceMemberId": format!("mem_{ws}"), "name": "Mock User"}),
            ),
            (
                "domain",
                json!({"domainId": domain, "url": "https://rec.acme.example", "status": "verified"}),
            ),
        ]);
        self.links.push(LinkRec {
            workspace: ws.to_owned(),
            id,
            json,
            deleted: false,
            protected: false,
        });
        let last = self.links.len() - 1;
        &mut self.links[last]
    }

    fn push_recording(&mut self, ws: &str, id: &str, n: u32, protected: bool, deleted: bool) {
        let link = self.links.first().map_or(Value::Null, |l| {
            object([
                ("linkId", json!(l.id)),
                ("title", l.json["linkTitle"].clone()),
                ("createdAt", l.json["createdAt"].clone()),
            ])
        });
        let json = json!({
            "recordingId": id,
            "recordingDurationMs": f64::from(30_000 + n * 1_000),
            "recordingStartedAt": timestamp(n * 7),
            "meta": object([
                ("link", link),
                ("workspaceId", json!(ws)),
                ("status", json!("ready")),
                ("createdAt", json!(timestamp(n * 7))),
                ("updatedAt", json!(timestamp(n * 7 + 1))),
            ]),
        });
        self.recordings.push(RecordingRec {
            workspace: ws.to_owned(),
            id: id.to_owned(),
            json,
            deleted,
            protected,
        });
    }

    /// Membership rule of workspace-scoped endpoints: the key's owner must be
    /// an active member. `missing` is the code for a workspace that does not
    /// exist (`WORKSPACE_NOT_FOUND` where the endpoint lists it).
    fn member(&self, ws: &str, missing: &str) -> Result<&WorkspaceRec, Outcome> {
        match self.workspace(ws) {
            Some(w) if w.member => Ok(w),
            Some(_) => Err(err("NOT_A_MEMBER")),
            None => Err(err(missing)),
        }
    }
}

fn ok(message: &str, data: Value) -> Outcome {
    Outcome::Data(message.to_owned(), data)
}

fn err(code: &str) -> Outcome {
    Outcome::Error(code.to_owned())
}

impl Behaviour for UserplaneData {
    fn respond(&self, call: &Call<'_>) -> Outcome {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        match respond(&mut state, call) {
            Ok(outcome) | Err(outcome) => outcome,
        }
    }
}

/// One page of `items` (pages counted from 1) and a pagination object
/// in Userplane's layout: `page`, `perPage`, `total`, `totalPages`,
/// `hasMore`.
fn page_of(items: &[Value], page: i64, per_page: i64) -> (Vec<Value>, Value) {
    let per_page = per_page.max(1);
    let total = items.len() as i64;
    let total_pages = if total == 0 {
        0
    } else {
        (total - 1) / per_page + 1
    };
    let start = (page.max(1) - 1).saturating_mul(per_page).min(total) as usize;
    let end = start
        .saturating_add(usize::try_from(per_page).unwrap_or(usize::MAX))
        .min(items.len());
    let info = json!({
        "page": page,
        "perPage": per_page,
        "total": total,
        "totalPages": total_pages,
        "hasMore": page < total_pages,
    });
    (items[start..end].to_vec(), info)
}

/// One page of `all` as the list endpoints send it, under `key`.
fn page(call: &Call<'_>, message: &str, key: &str, all: &[Value], mut extra: Value) -> Outcome {
    let (page, per_page) = call.page_and_size();
    let (items, info) = page_of(all, page, per_page);
    if let Value::Object(map) = &mut extra {
        map.insert(key.to_owned(), Value::Array(items));
        map.insert("pagination".to_owned(), info);
    }
    ok(message, extra)
}

fn respond(state: &mut State, call: &Call<'_>) -> Result<Outcome, Outcome> {
    let ws_id = call.param("workspaceId").to_owned();
    Ok(match call.endpoint_id() {
        "get_me" => {
            let live = |deleted: &mut dyn Iterator<Item = bool>| deleted.filter(|d| !d).count();
            let stats = json!({
                "workspaces": state.workspaces.iter().filter(|w| w.member).count(),
                "recordings": live(&mut state.recordings.iter().map(|r| r.deleted)),
                "links": live(&mut state.links.iter().map(|l| l.deleted)),
            });
            ok(
                "User retrieved successfully",
                json!({"user": state.user, "stats": stats}),
            )
        }
        "list_workspaces" => {
            let with_membership = call.query_bool("include_workspace_membership");
            let all: Vec<Value> = state
                .workspaces
                .iter()
                .filter(|w| w.member)
                .map(|w| match with_membership {
                    true => w.json.clone(),
                    false => without(&w.json, "workspaceMembership"),
                })
                .collect();
            let total = all.len();
            page(
                call,
                "Workspaces retrieved successfully",
                "workspaces",
                &all,
                json!({ "total": total }),
            )
        }
        "get_workspace" => {
            let w = state.member(&ws_id, "WORKSPACE_NOT_FOUND")?;
            ok(
                "Workspace retrieved successfully",
                json!({"workspace": without(&w.json, "workspaceMembership")}),
            )
        }
        "get_workspace_invite_url" => {
            state.member(&ws_id, "WORKSPACE_NOT_FOUND")?;
            ok(
                "Invite URL retrieved successfully",
                json!({"inviteUrl": format!("https://dash.userplane.example/invite/{ws_id}?token=mock"), "workspaceId": ws_id}),
            )
        }
        "list_projects" => {
            let w = state.member(&ws_id, "NOT_A_MEMBER")?;
            if w.role == "guest" {
                return Err(err("FORBIDDEN"));
            }
            let all: Vec<Value> = state
                .projects
                .iter()
                .filter(|p| p.workspace == ws_id && !p.deleted)
                .map(|p| p.json.clone())
                .collect();
            let extra = json!({ "workspaceId": ws_id });
            page(
                call,
                "Projects retrieved successfully",
                "projects",
                &all,
                extra,
            )
        }
        "get_project" => {
            state.member(&ws_id, "NOT_A_MEMBER")?;
            match state.project(&ws_id, call.param("projectId")) {
                None => err("PROJECT_NOT_FOUND"),
                Some(p) if p.deleted => err("PROJECT_GONE"),
                Some(p) => ok(
                    "Project retrieved successfully",
                    json!({"workspaceId": ws_id, "project": p.json}),
                ),
            }
        }
        "list_links" => {
            state.member(&ws_id, "NOT_A_MEMBER")?;
            let all: Vec<Value> = state
                .links
                .iter()
                .filter(|l| l.workspace == ws_id && !l.deleted)
                .map(|l| l.json.clone())
                .collect();
            let extra = json!({ "workspaceId": ws_id });
            page(call, "Links retrieved successfully", "links", &all, extra)
        }
        "create_link" => ops::create_link(state, call, &ws_id)?,
        "get_link" | "update_link" | "delete_link" => ops::link_op(state, call, &ws_id)?,
        "list_recordings" => {
            state.member(&ws_id, "NOT_A_MEMBER")?;
            let all: Vec<Value> = state
                .recordings
                .iter()
                .filter(|r| r.workspace == ws_id && !r.deleted)
                .map(|r| r.json.clone())
                .collect();
            let extra = json!({ "workspaceId": ws_id });
            page(
                call,
                "Recordings retrieved successfully",
                "recordings",
                &all,
                extra,
            )
        }
        _ => ops::recording_op(state, call, &ws_id)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_any_size_never_overflow() {
        let items: Vec<Value> = (0..5).map(|i| json!(i)).collect();
        let (slice, info) = page_of(&items, 2, 2);
        assert_eq!(slice, [json!(2), json!(3)]);
        assert_eq!(info["totalPages"], 3);
        assert_eq!(info["hasMore"], true);
        let (slice, info) = page_of(&items, 1, i64::MAX);
        assert_eq!(slice.len(), 5);
        assert_eq!(info["totalPages"], 1);
        let (slice, _) = page_of(&items, i64::MAX, i64::MAX);
        assert!(slice.is_empty());
        let (_, info) = page_of(&[], 1, 10);
        assert_eq!(info["totalPages"], 0);
    }
}
