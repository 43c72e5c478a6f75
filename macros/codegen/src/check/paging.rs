//! Resolving how a paged endpoint pages: which query parameters carry the
//! page number and size, which response field holds the items, and where the
//! response says another page follows. Checking reports what does not
//! resolve; the validated model keeps what does ([`Paging`]).

use crate::diag::Diagnostic;
use crate::model::{Endpoint, Model, PagingConvention, ParamType, Spanned, Spec, TypeRef};
use crate::valid::{PageEnd, Paging, PagingStyle};

/// How `e` pages, `None` when it does not, or every reason it cannot.
pub(crate) fn resolve(spec: &Spec, e: &Endpoint) -> Result<Option<Paging>, Vec<Diagnostic>> {
    let Some(p) = &e.pagination else {
        return Ok(None);
    };
    let mut problems = Vec::new();
    let own = &p.convention;
    let top = &spec.pagination;
    let given = |pick: fn(&PagingConvention) -> &Option<Spanned<String>>| {
        pick(own).clone().or_else(|| pick(top).clone())
    };
    let style = given(|c| &c.style);
    // An unknown response model is reported on its own.
    let response = spec.model(&e.response);
    let items = response.and_then(|m| items_field(m, &p.items, &mut problems));
    let need = |field: &str, what: &str, problems: &mut Vec<Diagnostic>| {
        problems.push(missing(p.loc.error(format!(
            "a paged endpoint of this style needs `{field}`, {what}"
        ))));
    };
    let param = |name: Option<Spanned<String>>,
                 field: &str,
                 what: &str,
                 problems: &mut Vec<Diagnostic>,
                 ty| {
        match name {
            Some(n) => typed_param(e, &n, ty, problems),
            None => {
                need(field, what, problems);
                None
            }
        }
    };
    let path = |ptr: Option<Spanned<String>>, want: TypeRef, problems: &mut Vec<Diagnostic>| {
        let (ptr, m) = (ptr?, response?);
        field_path(spec, m, &ptr, &want, problems)
    };
    let style = match style.as_ref().map(|s| s.value.as_str()) {
        None | Some("page") => {
            let page_param = param(
                given(|c| &c.page_param),
                "page_param",
                "the query parameter that carries the page number",
                &mut problems,
                ParamType::Integer,
            );
            let per_page_param = given(|c| &c.per_page_param)
                .and_then(|n| typed_param(e, &n, ParamType::Integer, &mut problems));
            let end = match (given(|c| &c.has_more), given(|c| &c.total_pages)) {
                (Some(ptr), _) => {
                    path(Some(ptr), TypeRef::Boolean, &mut problems).map(PageEnd::HasMore)
                }
                (None, Some(ptr)) => {
                    path(Some(ptr), TypeRef::Integer, &mut problems).map(PageEnd::TotalPages)
                }
                (None, None) => {
                    problems.push(missing(p.loc.error(
                        "a paged endpoint needs `has_more` (a JSON pointer to the boolean that says another page follows) or `total_pages` (to the number of pages)",
                    )));
                    None
                }
            };
            page_param
                .zip(end)
                .map(|(page_param, end)| PagingStyle::Page {
                    page_param,
                    per_page_param,
                    end,
                })
        }
        Some("offset") => {
            let offset_param = param(
                given(|c| &c.offset_param),
                "offset_param",
                "the query parameter that carries the offset",
                &mut problems,
                ParamType::Integer,
            );
            let limit_param = given(|c| &c.limit_param)
                .and_then(|n| typed_param(e, &n, ParamType::Integer, &mut problems));
            let total = match given(|c| &c.total) {
                Some(ptr) => path(Some(ptr), TypeRef::Integer, &mut problems),
                None => {
                    need(
                        "total",
                        "a JSON pointer to the number of items in all pages",
                        &mut problems,
                    );
                    None
                }
            };
            offset_param
                .zip(total)
                .map(|(offset_param, total)| PagingStyle::Offset {
                    offset_param,
                    limit_param,
                    total,
                })
        }
        Some("cursor") => {
            let cursor_param = param(
                given(|c| &c.cursor_param),
                "cursor_param",
                "the query parameter that sends the cursor back",
                &mut problems,
                ParamType::String,
            );
            let limit_param = given(|c| &c.limit_param)
                .and_then(|n| typed_param(e, &n, ParamType::Integer, &mut problems));
            let next_cursor = match given(|c| &c.next_cursor) {
                Some(ptr) => path(Some(ptr), TypeRef::String, &mut problems),
                None => {
                    need(
                        "next_cursor",
                        "a JSON pointer to the cursor of the next page (absent or empty on the last)",
                        &mut problems,
                    );
                    None
                }
            };
            cursor_param
                .zip(next_cursor)
                .map(|(cursor_param, next_cursor)| PagingStyle::Cursor {
                    cursor_param,
                    limit_param,
                    next_cursor,
                })
        }
        Some("link") => Some(PagingStyle::Link),
        Some(other) => {
            if let Some(s) = &style {
                problems.push(
                    s.loc
                        .error(format!("unknown paging style `{other}`"))
                        .with_suggestion(other, STYLES)
                        .with_note("expected `page`, `offset`, `cursor` or `link`"),
                );
            }
            None
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    match (style, items) {
        (Some(style), Some((items, item))) => Ok(Some(Paging { style, items, item })),
        // Only an unknown response model gets here, reported elsewhere.
        _ => Err(Vec::new()),
    }
}

/// The paging styles a spec can name.
const STYLES: [&str; 4] = ["page", "offset", "cursor", "link"];

fn missing(d: Diagnostic) -> Diagnostic {
    d.with_help(
        "give it in the endpoint's `pagination` or, for every paged endpoint, in the spec's top-level \
         `pagination`: { \"page_param\": \"page\", \"per_page_param\": \"per_page\", \"has_more\": \"/pagination/hasMore\" }",
    )
}

/// The position of the query parameter `name` of `e`, of type `ty`.
fn typed_param(
    e: &Endpoint,
    name: &Spanned<String>,
    ty: ParamType,
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
    if q.ty != ty || !q.values.is_empty() {
        let ty = if ty == ParamType::Integer {
            "an integer"
        } else {
            "a string"
        };
        problems.push(q.name.loc.error(format!(
            "`{}` must be {ty} parameter without an `enum` on a paged endpoint",
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

/// The fields a pointer walks, from the response model down to a field of
/// type `want`, as (model, field position) pairs.
fn field_path(
    spec: &Spec,
    response: &Model,
    ptr: &Spanned<String>,
    want: &TypeRef,
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
    let want_name = match want {
        TypeRef::Boolean => "a boolean",
        TypeRef::Integer => "an integer",
        _ => "a string",
    };
    let segments = crate::model::ErrorBody::segments(&ptr.value);
    let mut model = response;
    let mut path = Vec::with_capacity(segments.len());
    for (n, segment) in segments.iter().enumerate() {
        let Some(i) = model.fields.iter().position(|f| f.name.value == *segment) else {
            problems.push(
                ptr.loc
                    .error(format!(
                        "`{}`: model `{}` has no field `{segment}`",
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
            (true, ty) if ty == want => return Some(path),
            (false, TypeRef::Model(next)) => match spec.model(next) {
                Some(m) => model = m,
                None => return None, // an unknown model, reported on its own
            },
            (true, _) => {
                problems.push(ptr.loc.error(format!(
                    "`{}` must point at {want_name}; `{segment}` of model `{}` is not one",
                    ptr.value, model.name.value
                )));
                return None;
            }
            (false, _) => {
                problems.push(ptr.loc.error(format!(
                    "`{}` goes through `{segment}` of model `{}`, which is not an object",
                    ptr.value, model.name.value
                )));
                return None;
            }
        }
    }
    None
}
