//! Resolving how a paged endpoint pages: which query parameters carry the
//! page number and size, which response field holds the items, and where the
//! response says another page follows. Checking reports what does not
//! resolve; the validated model keeps what does ([`Paging`]).

use crate::diag::Diagnostic;
use crate::model::{Endpoint, Model, ParamType, Spanned, Spec, TypeRef};
use crate::valid::Paging;

/// How `e` pages, `None` when it does not, or every reason it cannot.
pub(crate) fn resolve(spec: &Spec, e: &Endpoint) -> Result<Option<Paging>, Vec<Diagnostic>> {
    let Some(p) = &e.pagination else {
        return Ok(None);
    };
    let mut problems = Vec::new();
    let given = |own: &Option<Spanned<String>>, top: &Option<Spanned<String>>| {
        own.clone().or_else(|| top.clone())
    };
    let convention = &spec.pagination;
    let page_name = given(&p.convention.page_param, &convention.page_param);
    let per_page_name = given(&p.convention.per_page_param, &convention.per_page_param);
    let has_more_ptr = given(&p.convention.has_more, &convention.has_more);

    let page_param = match &page_name {
        Some(name) => integer_param(e, name, &mut problems),
        None => {
            problems.push(missing(p.loc.error(
                "a paged endpoint needs `page_param`, the query parameter that carries the page number",
            )));
            None
        }
    };
    let per_page_param = per_page_name
        .as_ref()
        .and_then(|name| integer_param(e, name, &mut problems));

    // An unknown response model is reported on its own.
    let response = spec.model(&e.response);
    let items = response.and_then(|m| items_field(m, &p.items, &mut problems));
    let has_more = match (&has_more_ptr, response) {
        (Some(ptr), Some(m)) => has_more_path(spec, m, ptr, &mut problems),
        (None, _) => {
            problems.push(missing(p.loc.error(
                "a paged endpoint needs `has_more`, a JSON pointer into the response to the boolean that says another page follows",
            )));
            None
        }
        (Some(_), None) => None,
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    match (page_param, items, has_more) {
        (Some(page_param), Some((items, item)), Some(has_more)) => Ok(Some(Paging {
            page_param,
            per_page_param,
            items,
            item,
            has_more,
        })),
        // Only an unknown response model gets here, reported elsewhere.
        _ => Err(Vec::new()),
    }
}

fn missing(d: Diagnostic) -> Diagnostic {
    d.with_help(
        "give it in the endpoint's `pagination` or, for every paged endpoint, in the spec's top-level \
         `pagination`: { \"page_param\": \"page\", \"per_page_param\": \"per_page\", \"has_more\": \"/pagination/hasMore\" }",
    )
}

/// The position of the integer query parameter `name` of `e`.
fn integer_param(
    e: &Endpoint,
    name: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let Some(i) = e.query.iter().position(|q| q.name.value == name.value) else {
        problems.push(
            name.loc
                .error(format!(
                    "endpoint `{}` has no query parameter `{}` to page with",
                    e.id.value, name.value
                ))
                .with_suggestion(name, e.query.iter().map(|q| q.name.as_str())),
        );
        return None;
    };
    let q = &e.query[i];
    if q.ty != ParamType::Integer {
        problems.push(q.name.loc.error(format!(
            "`{}` must be an integer parameter on a paged endpoint",
            q.name.value
        )));
        return None;
    }
    Some(i)
}

/// The position of the array field `items` of the response model, and the
/// type of its items.
fn items_field(
    response: &Model,
    items: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> Option<(usize, TypeRef)> {
    let Some(i) = response
        .fields
        .iter()
        .position(|f| f.name.value == items.value)
    else {
        problems.push(
            items
                .loc
                .error(format!(
                    "model `{}` has no field `{}`",
                    response.name.value, items.value
                ))
                .with_suggestion(items, response.fields.iter().map(|f| f.name.as_str())),
        );
        return None;
    };
    let f = &response.fields[i];
    let TypeRef::Array(item) = &f.ty.value else {
        problems.push(f.name.loc.error(format!(
            "`{}` is paged over, so it must be an array",
            f.name.value
        )));
        return None;
    };
    Some((i, (**item).clone()))
}

/// The fields the `has_more` pointer walks, from the response model down to
/// a boolean, as (model, field position) pairs.
fn has_more_path(
    spec: &Spec,
    response: &Model,
    ptr: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> Option<Vec<(String, usize)>> {
    if !ptr.value.starts_with('/') || ptr.value.len() < 2 {
        problems.push(
            ptr.loc
                .error(format!("`{}` is not a JSON pointer to a field", ptr.value))
                .with_help("write it as a JSON pointer, e.g. `/pagination/hasMore`"),
        );
        return None;
    }
    let segments = crate::model::ErrorBody::segments(&ptr.value);
    let mut model = response;
    let mut path = Vec::with_capacity(segments.len());
    for (n, segment) in segments.iter().enumerate() {
        let Some(i) = model.fields.iter().position(|f| f.name.value == *segment) else {
            problems.push(
                ptr.loc
                    .error(format!(
                        "`has_more` `{}`: model `{}` has no field `{segment}`",
                        ptr.value, model.name.value
                    ))
                    .with_suggestion(segment, model.fields.iter().map(|f| f.name.as_str())),
            );
            return None;
        };
        path.push((model.name.value.clone(), i));
        let ty = &model.fields[i].ty.value;
        let last = n + 1 == segments.len();
        match (last, ty) {
            (true, TypeRef::Boolean) => return Some(path),
            (false, TypeRef::Model(next)) => match spec.model(next) {
                Some(m) => model = m,
                None => return None, // an unknown model, reported on its own
            },
            (true, _) => {
                problems.push(ptr.loc.error(format!(
                    "`has_more` `{}` must point at a boolean; `{segment}` of model `{}` is not one",
                    ptr.value, model.name.value
                )));
                return None;
            }
            (false, _) => {
                problems.push(ptr.loc.error(format!(
                    "`has_more` `{}` goes through `{segment}` of model `{}`, which is not an object",
                    ptr.value, model.name.value
                )));
                return None;
            }
        }
    }
    None
}
