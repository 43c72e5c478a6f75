//! OpenAPI 3.0 and 3.1 documents as the source of a spec's endpoints and
//! models.
//!
//! A document, JSON or YAML, is read once into a positioned tree (`tree`);
//! `read` checks it, brings a 3.1 document to 3.0's shape (`shape`) and
//! has `openapiv3` read it into one small description (`document`), which
//! `map` turns into the spec's models and endpoints, every value keeping
//! its place in the file.
//! What OpenAPI cannot say (the error codes, paging, the key's prefix,
//! quotas) comes from the spec the document is merged into.

mod document;
mod errors;
mod guard;
mod map;
mod read;
mod shape;
mod tree;
mod v30;

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Auth, AuthScheme, Pagination, Spanned, Spec};
use crate::source::SourceFile;

/// The top-level version fields of a document, read without building the
/// rest of it.
#[derive(serde::Deserialize)]
struct Version {
    openapi: Option<serde_json::Value>,
    swagger: Option<serde_json::Value>,
}

/// Whether `text` looks like an OpenAPI or Swagger document (a top-level
/// `"openapi"` or `"swagger"` version string) rather than a spec.
pub fn is_openapi(text: &str) -> bool {
    serde_json::from_str::<Version>(text)
        .ok()
        .is_some_and(|v| v.openapi.is_some() || v.swagger.is_some())
}

/// Whether a document named `name` is read as YAML (`.yaml`, `.yml`):
/// specs are JSON, so such a file is a published document.
pub fn is_yaml(name: &str) -> bool {
    read::is_yaml(name)
}

/// Merges the OpenAPI document in `source` into `spec`: its models and
/// endpoints go before the spec's own; its server, title and security
/// scheme are taken where the spec gives none; the spec's `operations`
/// apply. Problems are pushed to `diags`, degraded constructs to
/// `spec.warnings`.
pub(crate) fn merge(spec: &mut Spec, source: Arc<SourceFile>, diags: &mut Diagnostics) {
    let root = match read::tree(&source) {
        Ok(root) => root,
        Err(d) => return diags.extend(d),
    };
    let read::Read {
        doc,
        shaped,
        reshaped,
    } = match read::read(&source, &root) {
        Ok(read) => read,
        Err(d) => return diags.extend(d),
    };
    let mut ctx = map::Ctx {
        source: source.clone(),
        root: &root,
        shaped: shaped.as_ref(),
        success_data: spec.success_data.as_ref().map(|s| s.value.clone()),
        code_pointer: None,
        message_pointer: None,
        codes: spec.errors.iter().map(|e| e.code.value.clone()).collect(),
        messages: spec
            .errors
            .iter()
            .map(|e| e.message_text().map(str::to_owned))
            .collect(),
        statuses: Vec::new(),
        auth_parameter: None,
        named: BTreeSet::new(),
        unknown_codes: Vec::new(),
        warnings: Vec::new(),
    };
    for (offset, message) in reshaped {
        let pointer = root.pointer_at(offset);
        ctx.record(Diagnostic::at(&source, offset, &pointer, message));
    }
    errors::infer(spec, &doc, &mut ctx);
    ctx.errors_of(spec);
    let mapped = map::map(&doc, &mut ctx);
    crate::model::prepend(&mut spec.models, mapped.models);
    crate::model::prepend(&mut spec.endpoints, mapped.endpoints);
    if spec.base_url.is_none() {
        spec.base_url = doc.servers.first().cloned();
    }
    if spec.name.is_empty() {
        spec.name = doc.title.clone();
    }
    if spec.auth.is_none() {
        spec.auth = auth(&doc, &mut ctx);
    }
    apply_operations(spec, &doc, diags);
    infer_paging(spec);
    unnamed_codes(spec, &mut ctx);
    spec.warnings.append(&mut ctx.warnings);
}

/// The spec's `auth` from the document's security scheme.
fn auth(doc: &document::Doc, ctx: &mut map::Ctx<'_>) -> Option<Auth> {
    let (kind, pointer) = doc.auth.as_ref()?;
    let loc = ctx.loc(pointer);
    let (scheme, name) = match kind {
        document::AuthKind::Bearer => return None,
        document::AuthKind::Basic => (AuthScheme::Basic, None),
        document::AuthKind::Header(name) => (AuthScheme::Header, Some(name.clone())),
        document::AuthKind::Query(name) => (AuthScheme::Query, Some(name.clone())),
        document::AuthKind::Other(name) => {
            ctx.warn(pointer, format!("the security scheme `{name}` is not supported; the key is sent as a bearer token"));
            return None;
        }
    };
    Some(Auth {
        scheme: Spanned::new(scheme, loc.clone()),
        name: name.map(|n| Spanned::new(n, loc.clone())),
        missing_key_code: None,
        invalid_key_code: None,
        loc,
    })
}

/// Applies the spec's `operations` to the endpoints their operation ids
/// made.
fn apply_operations(spec: &mut Spec, doc: &document::Doc, diags: &mut Diagnostics) {
    let ids: Vec<(String, String)> = doc
        .operations
        .iter()
        .filter_map(|op| op.operation_id.clone().map(|o| (o, map::endpoint_id(op))))
        .collect();
    for extras in std::mem::take(&mut spec.operations) {
        let found = ids.iter().find(|(o, _)| *o == extras.operation_id.value);
        let Some(endpoint) =
            found.and_then(|(_, id)| spec.endpoints.iter_mut().find(|e| e.id.value == *id))
        else {
            diags.push(
                extras
                    .operation_id
                    .loc
                    .error(format!(
                        "no operation of the OpenAPI document has the id `{}`",
                        extras.operation_id.value
                    ))
                    .with_suggestion(&extras.operation_id, ids.iter().map(|(o, _)| o.as_str())),
            );
            continue;
        };
        if let Some(id) = &extras.id {
            endpoint.id = id.clone();
        }
        if extras.pagination.is_some() {
            endpoint.pagination.clone_from(&extras.pagination);
        }
        endpoint
            .error_groups
            .extend(extras.error_groups.iter().cloned());
        for e in &extras.errors {
            if !endpoint.errors.iter().any(|x| x.code.value == e.code.value) {
                endpoint.errors.push(e.clone());
            }
        }
        spec.operations.push(extras);
    }
}

/// Gives a paging block to each endpoint that takes the spec's page
/// parameter and returns one array: its items, and the page size's default
/// and maximum.
fn infer_paging(spec: &mut Spec) {
    let convention = &spec.pagination;
    let Some(page_param) = convention
        .page_param
        .as_ref()
        .or(convention.offset_param.as_ref())
        .or(convention.cursor_param.as_ref())
        .map(|p| p.value.clone())
    else {
        return;
    };
    let size_param = convention
        .per_page_param
        .as_ref()
        .or(convention.limit_param.as_ref())
        .map(|p| p.value.clone());
    let models = &spec.models;
    for e in spec.endpoints.iter_mut().filter(|e| e.pagination.is_none()) {
        if !e.query.iter().any(|q| q.name.value == page_param) {
            continue;
        }
        let Some(model) = models.iter().find(|m| m.name.value == e.response.value) else {
            continue;
        };
        let arrays: Vec<_> = model
            .fields
            .iter()
            .filter(|f| matches!(f.ty.value, crate::model::TypeRef::Array(_)))
            .collect();
        let [items] = arrays.as_slice() else { continue };
        let size = size_param
            .as_deref()
            .and_then(|p| e.query.iter().find(|q| q.name.value == p));
        e.pagination = Some(Pagination {
            items: items.name.clone(),
            convention: Default::default(),
            default_per_page: size
                .and_then(|q| q.default.as_deref())
                .and_then(|d| d.parse().ok()),
            max_per_page: size.and_then(|q| q.maximum),
            loc: e.loc.clone(),
        });
    }
}

/// One warning naming the errors page's codes that no operation names and
/// no error group gives to every endpoint.
fn unnamed_codes(spec: &Spec, ctx: &mut map::Ctx<'_>) {
    let mut covered: BTreeSet<&str> = ctx.named.iter().map(String::as_str).collect();
    for g in &spec.error_groups {
        if g.all_endpoints
            || spec
                .endpoints
                .iter()
                .any(|e| e.error_groups.iter().any(|n| n.value == g.id.value))
        {
            covered.extend(g.codes.iter().map(|c| c.as_str()));
        }
    }
    for e in &spec.endpoints {
        covered.extend(e.errors.iter().map(|x| x.code.as_str()));
    }
    let missing: Vec<&str> = spec
        .errors
        .iter()
        .map(|e| e.code.as_str())
        .filter(|c| !covered.contains(c))
        .collect();
    if !missing.is_empty() {
        let list = missing
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ");
        ctx.warn(
            "/paths",
            format!(
                "no operation of the OpenAPI document names {} of the errors page's codes: {list}",
                missing.len()
            ),
        );
    }
}
