//! The Userplane API in memory: workspaces, projects, links and recordings
//! that behave as the docs describe (soft deletes answer 410, never-existing
//! ids 404, membership and permissions checked).

use std::sync::Mutex;

use docspec_codegen::Spec;
use serde_json::{Value, json};
use userplane::models::{
    Creator, Domain, Link, Project, Recording, RecordingLink, RecordingMeta, RecordingResource,
    ResourceSource, User, UserStats, Workspace,
};

use crate::behaviour::{Behaviour, Call, Outcome, page_of};

mod seed;

/// The workspace every seeded resource lives in unless said otherwise.
pub const WORKSPACE: &str = "ws_acme";

struct WorkspaceRec {
    workspace: Workspace,
    member: bool,
    role: &'static str,
    default_project: Option<&'static str>,
    link_limit: usize,
}

struct ProjectRec {
    workspace: String,
    project: Project,
    deleted: bool,
}

struct LinkRec {
    workspace: String,
    link: Link,
    deleted: bool,
    protected: bool,
}

struct RecordingRec {
    workspace: String,
    recording: Recording,
    deleted: bool,
    protected: bool,
}

struct State {
    user: User,
    workspaces: Vec<WorkspaceRec>,
    projects: Vec<ProjectRec>,
    links: Vec<LinkRec>,
    recordings: Vec<RecordingRec>,
    next_link: u32,
}

/// The in-memory Userplane API.
pub(crate) struct Userplane {
    state: Mutex<State>,
}

fn timestamp(n: u32) -> String {
    format!(
        "2026-11-{:02}T{:02}:{:02}:00.000Z",
        1 + (n / 1440) % 28,
        (n / 60) % 24,
        n % 60
    )
}

fn to_value<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).unwrap_or(Value::Null)
}

fn s(v: &str) -> Option<String> {
    Some(v.to_owned())
}

impl State {
    fn workspace(&self, id: &str) -> Option<&WorkspaceRec> {
        self.workspaces
            .iter()
            .find(|w| w.workspace.workspace_id == id)
    }

    fn project(&self, ws: &str, id: &str) -> Option<&ProjectRec> {
        self.projects
            .iter()
            .find(|p| p.workspace == ws && p.project.project_id == id)
    }

    fn new_link(
        &mut self,
        ws: &str,
        domain: &str,
        project: Option<&str>,
        title: Option<&str>,
    ) -> Link {
        let n = self.next_link;
        self.next_link += 1;
        let id = format!("lnk_{n:04}");
        let project = project
            .and_then(|p| self.project(ws, p))
            .map(|p| p.project.clone());
        let link = Link {
            link_id: id.clone(),
            link_title: title.map(str::to_owned),
            link_type: s("file"),
            link_reusable: Some(false),
            link_provider_type: None,
            link_provider_id: None,
            link_provider_reference: None,
            link_url: Some(format!("https://rec.acme.example/{id}")),
            meta: None,
            created_at: Some(timestamp(n)),
            project,
            creator: Some(Creator {
                workspace_member_id: format!("mem_{ws}"),
                name: s("Mock User"),
            }),
            domain: Some(Domain {
                domain_id: domain.to_owned(),
                url: s("https://rec.acme.example"),
                status: s("verified"),
            }),
        };
        self.links.push(LinkRec {
            workspace: ws.to_owned(),
            link: link.clone(),
            deleted: false,
            protected: false,
        });
        link
    }

    fn push_recording(&mut self, ws: &str, id: &str, n: u32, protected: bool, deleted: bool) {
        let link = self.links.first().map(|l| RecordingLink {
            link_id: l.link.link_id.clone(),
            title: l.link.link_title.clone(),
            created_at: l.link.created_at.clone(),
            ..Default::default()
        });
        self.recordings.push(RecordingRec {
            workspace: ws.to_owned(),
            recording: Recording {
                recording_id: id.to_owned(),
                recording_duration_ms: Some(f64::from(30_000 + n * 1_000)),
                recording_started_at: Some(timestamp(n * 7)),
                meta: Some(RecordingMeta {
                    link,
                    workspace_id: s(ws),
                    status: s("ready"),
                    created_at: Some(timestamp(n * 7)),
                    updated_at: Some(timestamp(n * 7 + 1)),
                    ..Default::default()
                }),
            },
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
            Some(_) => Err(Outcome::Error("NOT_A_MEMBER".into())),
            None => Err(Outcome::Error(missing.into())),
        }
    }
}

fn ok(message: &str, data: Value) -> Outcome {
    Outcome::Data(message.to_owned(), data)
}

fn err(code: &str) -> Outcome {
    Outcome::Error(code.to_owned())
}

fn resource(id: &str, kind: &str) -> (String, RecordingResource) {
    let (noun, mime) = match kind {
        "video" => ("Video", "video/webm"),
        "thumbnail" => ("Thumbnail", "image/png"),
        "console-log" => ("Console log", "application/json"),
        "network-log" => ("Network log", "application/json"),
        _ => ("Action data", "application/json"),
    };
    let url = format!("https://cdn.userplane.example/{id}/{kind}?signature=mock");
    let video = kind == "video";
    (
        format!("Recording {} retrieved successfully", noun.to_lowercase()),
        RecordingResource {
            url: Some(url.clone()),
            message: Some(format!("{noun} available")),
            type_: s(mime),
            sources: video.then(|| {
                vec![ResourceSource {
                    url,
                    type_: s(mime),
                }]
            }),
            size: Some(48_213),
            duration_ms: video.then_some(41_000.0),
            capture_enabled: Some(true),
        },
    )
}

impl Behaviour for Userplane {
    fn respond(&self, _spec: &Spec, call: &Call<'_>) -> Outcome {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        match respond(&mut state, call) {
            Ok(outcome) | Err(outcome) => outcome,
        }
    }
}

fn respond(state: &mut State, call: &Call<'_>) -> Result<Outcome, Outcome> {
    let ws_id = call.param("workspaceId").to_owned();
    let id = call.endpoint.id.as_str();
    Ok(match id {
        "get_me" => {
            let member = state.workspaces.iter().filter(|w| w.member).count();
            let stats = UserStats {
                workspaces: Some(member as i64),
                recordings: Some(state.recordings.iter().filter(|r| !r.deleted).count() as i64),
                links: Some(state.links.iter().filter(|l| !l.deleted).count() as i64),
            };
            ok(
                "User retrieved successfully",
                json!({"user": to_value(&state.user), "stats": to_value(&stats)}),
            )
        }
        "list_workspaces" => {
            let with_membership = call.query_bool("include_workspace_membership");
            let all: Vec<Value> = state
                .workspaces
                .iter()
                .filter(|w| w.member)
                .map(|w| {
                    let mut ws = w.workspace.clone();
                    if !with_membership {
                        ws.workspace_membership = None;
                    }
                    to_value(&ws)
                })
                .collect();
            let (page, per_page) = call.paging();
            let (items, info) = page_of(&all, page, per_page);
            ok(
                "Workspaces retrieved successfully",
                json!({"workspaces": items, "total": all.len(), "pagination": info}),
            )
        }
        "get_workspace" => {
            let w = state.member(&ws_id, "WORKSPACE_NOT_FOUND")?;
            let mut ws = w.workspace.clone();
            ws.workspace_membership = None;
            ok(
                "Workspace retrieved successfully",
                json!({"workspace": to_value(&ws)}),
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
                .map(|p| to_value(&p.project))
                .collect();
            let (page, per_page) = call.paging();
            let (items, info) = page_of(&all, page, per_page);
            ok(
                "Projects retrieved successfully",
                json!({"workspaceId": ws_id, "projects": items, "pagination": info}),
            )
        }
        "get_project" => {
            state.member(&ws_id, "NOT_A_MEMBER")?;
            match state.project(&ws_id, call.param("projectId")) {
                None => err("PROJECT_NOT_FOUND"),
                Some(p) if p.deleted => err("PROJECT_GONE"),
                Some(p) => ok(
                    "Project retrieved successfully",
                    json!({"workspaceId": ws_id, "project": to_value(&p.project)}),
                ),
            }
        }
        "list_links" => {
            state.member(&ws_id, "NOT_A_MEMBER")?;
            let all: Vec<Value> = state
                .links
                .iter()
                .filter(|l| l.workspace == ws_id && !l.deleted)
                .map(|l| to_value(&l.link))
                .collect();
            let (page, per_page) = call.paging();
            let (items, info) = page_of(&all, page, per_page);
            ok(
                "Links retrieved successfully",
                json!({"workspaceId": ws_id, "links": items, "pagination": info}),
            )
        }
        "create_link" => create_link(state, call, &ws_id)?,
        "get_link" | "update_link" | "delete_link" => link_op(state, call, &ws_id)?,
        "list_recordings" => {
            state.member(&ws_id, "NOT_A_MEMBER")?;
            let all: Vec<Value> = state
                .recordings
                .iter()
                .filter(|r| r.workspace == ws_id && !r.deleted)
                .map(|r| to_value(&r.recording))
                .collect();
            let (page, per_page) = call.paging();
            let (items, info) = page_of(&all, page, per_page);
            ok(
                "Recordings retrieved successfully",
                json!({"workspaceId": ws_id, "recordings": items, "pagination": info}),
            )
        }
        _ => recording_op(state, call, &ws_id)?,
    })
}

fn create_link(state: &mut State, call: &Call<'_>, ws_id: &str) -> Result<Outcome, Outcome> {
    let w = state.member(ws_id, "NOT_A_MEMBER")?;
    let body = call.body.clone().unwrap_or(Value::Null);
    let Some(domain) = body
        .get("domainId")
        .and_then(Value::as_str)
        .filter(|d| !d.is_empty())
    else {
        return Ok(Outcome::Invalid("`domainId` is required".into()));
    };
    let project = match body.get("projectId").and_then(Value::as_str) {
        Some(p) => match state.project(ws_id, p) {
            Some(rec) if rec.deleted => return Err(err("LINK_PROJECT_DELETED")),
            Some(_) => p.to_owned(),
            None => {
                return Ok(Outcome::Invalid(format!(
                    "`projectId` {p} is not a project of this workspace"
                )));
            }
        },
        None => match w.default_project {
            Some(p) => p.to_owned(),
            None => return Err(err("LINK_DEFAULT_PROJECT_NOT_FOUND")),
        },
    };
    let active = state
        .links
        .iter()
        .filter(|l| l.workspace == ws_id && !l.deleted)
        .count();
    if active >= w.link_limit {
        return Err(err("PLAN_LIMIT_EXCEEDED"));
    }
    let domain = domain.to_owned();
    let mut link = state.new_link(ws_id, &domain, Some(&project), None);
    if let Some(rec) = state
        .links
        .iter_mut()
        .find(|l| l.link.link_id == link.link_id)
    {
        rec.link.link_reusable = body
            .get("linkReusable")
            .and_then(Value::as_bool)
            .or(Some(false));
        rec.link.meta = body.get("meta").cloned();
        link = rec.link.clone();
    }
    Ok(ok(
        "Link created successfully",
        json!({"workspaceId": ws_id, "link": to_value(&link)}),
    ))
}

fn link_op(state: &mut State, call: &Call<'_>, ws_id: &str) -> Result<Outcome, Outcome> {
    state.member(ws_id, "NOT_A_MEMBER")?;
    let link_id = call.param("linkId");
    let Some(rec) = state
        .links
        .iter_mut()
        .find(|l| l.workspace == ws_id && l.link.link_id == link_id)
    else {
        return Err(err("LINK_NOT_FOUND"));
    };
    if rec.deleted {
        return Err(err("LINK_GONE"));
    }
    Ok(match call.endpoint.id.as_str() {
        "get_link" => ok(
            "Link retrieved successfully",
            json!({"workspaceId": ws_id, "link": to_value(&rec.link)}),
        ),
        "update_link" => {
            let body = call.body.clone().unwrap_or(Value::Null);
            let text = |k: &str| body.get(k).and_then(Value::as_str).map(str::to_owned);
            let link = &mut rec.link;
            if let Some(v) = text("linkTitle") {
                link.link_title = Some(v);
            }
            if let Some(v) = body.get("linkReusable").and_then(Value::as_bool) {
                link.link_reusable = Some(v);
            }
            if let Some(v) = text("linkProviderType") {
                link.link_provider_type = Some(v);
            }
            if let Some(v) = text("linkProviderId") {
                link.link_provider_id = Some(v);
            }
            if let Some(v) = text("linkProviderRef") {
                link.link_provider_reference = Some(v);
            }
            if let Some(v) = body.get("meta") {
                link.meta = Some(v.clone());
            }
            ok(
                "Link updated successfully",
                json!({"workspaceId": ws_id, "link": to_value(&rec.link)}),
            )
        }
        _ => {
            if rec.protected {
                return Err(err("LINK_DELETE_FORBIDDEN"));
            }
            rec.deleted = true;
            ok(
                "Link deleted successfully",
                json!({"workspaceId": ws_id, "linkId": link_id}),
            )
        }
    })
}

fn recording_op(state: &mut State, call: &Call<'_>, ws_id: &str) -> Result<Outcome, Outcome> {
    state.member(ws_id, "NOT_A_MEMBER")?;
    let id = call.param("recordingId").to_owned();
    let endpoint = call.endpoint.id.as_str();
    let Some(rec) = state
        .recordings
        .iter_mut()
        .find(|r| r.recording.recording_id == id)
    else {
        return Err(err("RECORDING_NOT_FOUND"));
    };
    if rec.workspace != ws_id {
        return Err(err(if endpoint == "delete_recording" {
            "RECORDING_WORKSPACE_MISMATCH"
        } else {
            "RECORDING_NOT_FOUND"
        }));
    }
    if rec.deleted {
        return Err(err("RECORDING_GONE"));
    }
    Ok(match endpoint {
        "get_recording" => ok(
            "Recording retrieved successfully",
            json!({"workspaceId": ws_id, "recording": to_value(&rec.recording)}),
        ),
        "delete_recording" => {
            if rec.protected {
                return Err(err("RECORDING_DELETE_FORBIDDEN"));
            }
            rec.deleted = true;
            ok(
                "Recording deleted successfully",
                json!({"workspaceId": ws_id, "recordingId": id}),
            )
        }
        _ => {
            let kind = call
                .endpoint
                .path
                .rsplit('/')
                .next()
                .unwrap_or("video")
                .to_owned();
            let (message, resource) = resource(&id, &kind);
            ok(
                &message,
                json!({"recordingId": id, "resource": to_value(&resource)}),
            )
        }
    })
}
