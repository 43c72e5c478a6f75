//! The endpoints that change or look up one link or recording.

use docspec_mock::{Call, Outcome};
use serde_json::{Value, json};

use super::{State, err, ok};

pub(super) fn create_link(
    state: &mut State,
    call: &Call<'_>,
    ws_id: &str,
) -> Result<Outcome, Outcome> {
    let w = state.member(ws_id, "NOT_A_MEMBER")?;
    let (default_project, link_limit) = (w.default_project, w.link_limit);
    let body = call.body().cloned().unwrap_or(Value::Null);
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
        None => match default_project {
            Some(p) => p.to_owned(),
            None => return Err(err("LINK_DEFAULT_PROJECT_NOT_FOUND")),
        },
    };
    let active = state
        .links
        .iter()
        .filter(|l| l.workspace == ws_id && !l.deleted)
        .count();
    if active >= link_limit {
        return Err(err("PLAN_LIMIT_EXCEEDED"));
    }
    let rec = state.new_link(ws_id, domain, Some(&project), None);
    let reusable = body.get("linkReusable").and_then(Value::as_bool);
    rec.json["linkReusable"] = json!(reusable.unwrap_or(false));
    if let Some(meta) = body.get("meta") {
        rec.json["meta"] = meta.clone();
    }
    Ok(ok(
        "Link created successfully",
        json!({"workspaceId": ws_id, "link": rec.json}),
    ))
}

/// The fields `update_link` may change: the request body's name, then the
/// link's.
const UPDATABLE: [(&str, &str); 6] = [
    ("linkTitle", "linkTitle"),
    ("linkReusable", "linkReusable"),
    ("linkProviderType", "linkProviderType"),
    ("linkProviderId", "linkProviderId"),
    ("linkProviderRef", "linkProviderReference"),
    ("meta", "meta"),
];

pub(super) fn link_op(state: &mut State, call: &Call<'_>, ws_id: &str) -> Result<Outcome, Outcome> {
    state.member(ws_id, "NOT_A_MEMBER")?;
    let link_id = call.param("linkId");
    let Some(rec) = state
        .links
        .iter_mut()
        .find(|l| l.workspace == ws_id && l.id == link_id)
    else {
        return Err(err("LINK_NOT_FOUND"));
    };
    if rec.deleted {
        return Err(err("LINK_GONE"));
    }
    Ok(match call.endpoint_id() {
        "get_link" => ok(
            "Link retrieved successfully",
            json!({"workspaceId": ws_id, "link": rec.json}),
        ),
        "update_link" => {
            let body = call.body().cloned().unwrap_or(Value::Null);
            for (sent, stored) in UPDATABLE {
                if let Some(v) = body.get(sent).filter(|v| !v.is_null()) {
                    rec.json[stored] = v.clone();
                }
            }
            ok(
                "Link updated successfully",
                json!({"workspaceId": ws_id, "link": rec.json}),
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

pub(super) fn recording_op(
    state: &mut State,
    call: &Call<'_>,
    ws_id: &str,
) -> Result<Outcome, Outcome> {
    state.member(ws_id, "NOT_A_MEMBER")?;
    let id = call.param("recordingId").to_owned();
    let endpoint = call.endpoint_id();
    let Some(rec) = state.recordings.iter_mut().find(|r| r.id == id) else {
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
            json!({"workspaceId": ws_id, "recording": rec.json}),
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
            let kind = call.endpoint_path().rsplit('/').next().unwrap_or("video");
            let (message, resource) = resource(&id, kind);
            ok(&message, json!({"recordingId": id, "resource": resource}))
        }
    })
}

/// A recording's resource of one kind (`video`, `thumbnail`, …) and the
/// message it is sent with.
fn resource(id: &str, kind: &str) -> (String, Value) {
    let (noun, mime) = match kind {
        "video" => ("Video", "video/webm"),
        "thumbnail" => ("Thumbnail", "image/png"),
        "console-log" => ("Console log", "application/json"),
        "network-log" => ("Network log", "application/json"),
        _ => ("Action data", "application/json"),
    };
    let url = format!("https://cdn.userplane.example/{id}/{kind}?signature=mock");
    let video = kind == "video";
    let resource = super::object([
        ("url", json!(url)),
        ("message", json!(format!("{noun} available"))),
        ("type", json!(mime)),
        (
            "sources",
            if video {
                json!([{"url": url, "type": mime}])
            } else {
                Value::Null
            },
        ),
        ("size", json!(48_213)),
        (
            "durationMs",
            if video { json!(41_000.0) } else { Value::Null },
        ),
        ("captureEnabled", json!(true)),
    ]);
    (
        format!("Recording {} retrieved successfully", noun.to_lowercase()),
        resource,
    )
}
