//! The last step of the resolve pass: a spec that passed every rule, and
//! what the pass worked out about it, become the owned [`ir::Api`].
//!
//! Every lookup here was checked by a rule of the pass; one that still fails
//! is an internal error, reported as such rather than papered over.

use std::collections::HashMap;

use http::{Method, StatusCode};

use super::names::{EndpointIdents, Names};
use crate::diag::Diagnostic;
use crate::ir::{
    self, CategoryId, CodeId, EndpointCode, EnumVariant, KeyPlacement, ModelKind, NonEmpty, Paging,
    StatusId, UnionVariant,
};
use crate::model::{self, AuthScheme, ErrorBody, Spec, TypeRef};

/// What the resolve pass worked out, by position in the spec's lists.
pub(super) struct Parts {
    /// Every Rust name.
    pub names: Names,
    /// Each error's status and category position.
    pub errors: Vec<(StatusCode, usize)>,
    /// Each documented status's status and category position.
    pub statuses: Vec<(StatusCode, usize)>,
    /// Each endpoint's method.
    pub methods: Vec<Method>,
    /// Each endpoint's paging.
    pub paging: Vec<Option<Paging>>,
    /// Where error responses carry the code and message.
    pub error_body: ErrorBody,
}

/// An internal error: a fact the rules guarantee is missing.
fn internal(spec: &Spec, what: &str) -> Box<Diagnostic> {
    Box::new(spec.loc.error(format!(
        "internal error: {what}, though the spec passed its rules"
    )))
}

/// Builds the IR of a spec that passed the resolve pass's rules.
pub(super) fn api(spec: &Spec, parts: Parts) -> Result<ir::Api, Box<Diagnostic>> {
    let Parts {
        names,
        errors,
        statuses,
        methods,
        paging,
        error_body,
    } = parts;
    let code_index: HashMap<String, CodeId> = spec
        .errors
        .iter()
        .enumerate()
        .map(|(i, e)| (e.code.value.clone(), CodeId(i)))
        .collect();
    let auth = spec
        .auth
        .as_ref()
        .map(|a| auth(spec, a, &code_index))
        .transpose()?;
    let endpoints = spec
        .endpoints
        .iter()
        .zip(names.endpoints)
        .zip(methods)
        .zip(paging)
        .map(|(((e, idents), method), paging)| endpoint(spec, e, idents, method, paging))
        .collect::<Result<Vec<_>, _>>()?;
    let models = models(spec, &names.fields, &names.enum_variants)?;
    Ok(ir::Api {
        name: spec.name.clone(),
        base_url: spec.base_url.clone(),
        api_key_prefix: spec.api_key_prefix.clone(),
        auth,
        rate_limits: spec.rate_limits.clone(),
        error_body: ir::ErrorBody {
            code: ErrorBody::segments(&error_body.code),
            message: ErrorBody::segments(&error_body.message),
            code_pointer: error_body.code.value,
            message_pointer: error_body.message.value,
        },
        success_data: spec
            .success_data
            .as_ref()
            .map(|p| ErrorBody::segments(p))
            .unwrap_or_default(),
        categories: categories(spec, names.categories),
        codes: codes(spec, names.errors, errors),
        statuses: documented_statuses(spec, statuses),
        model_index: spec
            .models
            .iter()
            .enumerate()
            .map(|(i, m)| (m.name.value.clone(), i))
            .collect(),
        models,
        endpoints,
        code_index,
    })
}

/// How the API takes its key, with its declared codes.
fn auth(
    spec: &Spec,
    a: &model::Auth,
    code_index: &HashMap<String, CodeId>,
) -> Result<ir::Auth, Box<Diagnostic>> {
    let code = |c: &Option<model::Spanned<String>>| {
        c.as_ref()
            .map(|c| {
                code_index
                    .get(c.as_str())
                    .copied()
                    .ok_or_else(|| internal(spec, &format!("no code `{}`", c.value)))
            })
            .transpose()
    };
    let name = || {
        a.name
            .as_ref()
            .map(|n| n.value.clone())
            .ok_or_else(|| internal(spec, "an auth scheme without its name"))
    };
    let placement = match a.scheme.value {
        AuthScheme::Bearer => KeyPlacement::Bearer,
        AuthScheme::Basic => KeyPlacement::Basic,
        AuthScheme::Header => KeyPlacement::Header(name()?),
        AuthScheme::Query => KeyPlacement::Query(name()?),
    };
    Ok(ir::Auth {
        placement,
        missing_key_code: code(&a.missing_key_code)?,
        invalid_key_code: code(&a.invalid_key_code)?,
    })
}

/// The categories, with their Rust names.
fn categories(spec: &Spec, idents: Vec<String>) -> Vec<ir::Category> {
    spec.categories
        .iter()
        .zip(idents)
        .map(|(c, ident)| ir::Category {
            id: c.id.value.clone(),
            title: c.title.value.clone(),
            description: c.description.clone(),
            ident,
        })
        .collect()
}

/// The codes, with their Rust names, statuses and categories.
fn codes(spec: &Spec, idents: Vec<String>, resolved: Vec<(StatusCode, usize)>) -> Vec<ir::Code> {
    spec.errors
        .iter()
        .zip(idents)
        .zip(resolved)
        .map(|((e, ident), (status, category))| ir::Code {
            code: e.code.value.clone(),
            ident,
            status,
            category: CategoryId(category),
            message: e.message.as_ref().map(|m| m.value.clone()),
            retryable: e.is_retryable(),
            unprocessed: e.is_unprocessed(),
            docs_url: e.docs_url.clone(),
            origin: e.origin,
        })
        .collect()
}

/// The documented statuses, with their statuses and categories.
fn documented_statuses(spec: &Spec, resolved: Vec<(StatusCode, usize)>) -> Vec<ir::Status> {
    spec.statuses
        .iter()
        .zip(resolved)
        .map(|(s, (status, category))| ir::Status {
            status,
            ident: s.ident(),
            category: CategoryId(category),
            message: s.message.as_ref().map(|m| m.value.clone()),
        })
        .collect()
}

/// The models, with their Rust field and variant names.
fn models(
    spec: &Spec,
    fields: &[Vec<String>],
    variants: &[Vec<String>],
) -> Result<Vec<ir::Model>, Box<Diagnostic>> {
    let bodies: Vec<&str> = spec
        .endpoints
        .iter()
        .filter_map(|e| e.body.as_ref().map(|b| b.as_str()))
        .collect();
    let mut models = spec
        .models
        .iter()
        .zip(fields)
        .zip(variants)
        .map(|((m, fields), variants)| {
            Ok(ir::Model {
                name: m.name.value.clone(),
                description: m.description.clone(),
                inferred: m.inferred.clone(),
                kind: kind(spec, m, fields, variants)?,
                is_body: bodies.contains(&m.name.as_str()),
            })
        })
        .collect::<Result<Vec<_>, Box<Diagnostic>>>()?;
    super::cycles::box_cycles(&mut models);
    Ok(models)
}

/// An object's fields, an enum's values or a union's variants.
fn kind(
    spec: &Spec,
    m: &model::Model,
    fields: &[String],
    variants: &[String],
) -> Result<ModelKind, Box<Diagnostic>> {
    let empty = || internal(spec, &format!("`{}` lists nothing", m.name.value));
    if m.is_enum() {
        let values = m
            .values
            .iter()
            .zip(variants)
            .map(|(v, ident)| EnumVariant {
                value: v.value.clone(),
                ident: ident.clone(),
            })
            .collect();
        return Ok(ModelKind::Enum(NonEmpty::new(values).ok_or_else(empty)?));
    }
    if let Some(u) = &m.union {
        let variants = u
            .variants
            .iter()
            .map(|(tag, model)| UnionVariant {
                tag: tag.value.clone(),
                model: model.value.clone(),
            })
            .collect();
        return Ok(ModelKind::Union {
            tag: u.tag.value.clone(),
            variants: NonEmpty::new(variants).ok_or_else(empty)?,
        });
    }
    Ok(ModelKind::Object(
        m.fields
            .iter()
            .zip(fields)
            .map(|(f, ident)| ir::Field {
                name: f.name.value.clone(),
                ident: ident.clone(),
                ty: f.ty.value.clone(),
                required: f.required,
                nullable: f.nullable,
                description: f.description.clone(),
                inferred: f.inferred.clone(),
                example: f.example.as_ref().map(|e| e.value.clone()),
                boxed: false,
            })
            .collect(),
    ))
}

/// One endpoint, with its names, error set, statuses and paging.
fn endpoint(
    spec: &Spec,
    e: &model::Endpoint,
    idents: EndpointIdents,
    method: Method,
    paging: Option<Paging>,
) -> Result<ir::Endpoint, Box<Diagnostic>> {
    let codes = spec
        .endpoint_error_positions(e)
        .into_iter()
        .map(|i| EndpointCode {
            code: CodeId(i),
            message: spec.errors.get(i).and_then(|c| {
                e.errors
                    .iter()
                    .find(|w| w.code.value == c.code.value)
                    .and_then(|w| w.message.clone())
            }),
        })
        .collect();
    let statuses = e
        .statuses
        .iter()
        .map(|listed| {
            spec.statuses
                .iter()
                .position(|s| s.status.value == listed.value)
                .map(StatusId)
                .ok_or_else(|| internal(spec, &format!("no documented status {}", listed.value)))
        })
        .collect::<Result<_, _>>()?;
    let response = TypeRef::parse(&e.response)
        .ok_or_else(|| internal(spec, &format!("no type `{}`", e.response.value)))?;
    let EndpointIdents {
        method: method_name,
        request,
        error,
        path,
        query,
        query_enums,
    } = idents;
    Ok(ir::Endpoint {
        id: e.id.value.clone(),
        names: ir::EndpointNames {
            method: method_name,
            request,
            error,
        },
        idempotent: e.is_idempotent(),
        method,
        path: e.path.value.clone(),
        summary: e.summary.clone(),
        description: e.description.clone(),
        docs_url: e.docs_url.clone(),
        inferred: e.inferred.clone(),
        path_params: path_params(spec, e, path)?,
        query: query_params(spec, e, query, query_enums)?,
        body: e.body.as_ref().map(|b| b.value.clone()),
        response,
        codes,
        statuses,
        paging,
        fixed_query: e.fixed_query.clone(),
    })
}

/// The query parameters, with their Rust names and enums of values.
fn query_params(
    spec: &Spec,
    e: &model::Endpoint,
    idents: Vec<String>,
    enums: Vec<Option<ir::QueryEnum>>,
) -> Result<Vec<ir::QueryParam>, Box<Diagnostic>> {
    e.query
        .iter()
        .zip(idents)
        .zip(enums)
        .map(|((q, ident), values)| {
            Ok(ir::QueryParam {
                name: q.name.value.clone(),
                ident,
                ty: q.ty,
                default: q.default.clone(),
                minimum: q.minimum,
                maximum: q.maximum,
                min_length: length(spec, &q.min_length)?,
                max_length: length(spec, &q.max_length)?,
                description: q.description.clone(),
                required: q.required,
                values,
            })
        })
        .collect()
}

/// A length limit as a count: the rules refuse a negative one.
fn length(spec: &Spec, l: &Option<model::Spanned<i64>>) -> Result<Option<usize>, Box<Diagnostic>> {
    l.as_ref()
        .map(|l| {
            usize::try_from(l.value)
                .map_err(|_| internal(spec, &format!("a negative length ({})", l.value)))
        })
        .transpose()
}

/// The path's parameters in the order of the path, with what the spec says
/// of each.
fn path_params(
    spec: &Spec,
    e: &model::Endpoint,
    idents: Vec<String>,
) -> Result<Vec<ir::PathParam>, Box<Diagnostic>> {
    e.path_param_names()
        .into_iter()
        .zip(idents)
        .map(|(name, ident)| {
            let given = e.path_param(name);
            Ok(ir::PathParam {
                name: name.to_owned(),
                ident,
                description: given.and_then(|p| p.description.clone()),
                min_length: length(spec, &given.and_then(|p| p.min_length.clone()))?,
                max_length: length(spec, &given.and_then(|p| p.max_length.clone()))?,
            })
        })
        .collect()
}
