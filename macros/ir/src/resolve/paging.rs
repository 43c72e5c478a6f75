//! Resolving how a paged endpoint pages: which query parameters carry the
//! page number and size, which response field holds the items, and where the
//! response says another page follows. Checking reports what does not
//! resolve; the validated model keeps what does ([`Paging`]).

use crate::diag::Diagnostic;
use crate::ir::{FieldStep, PageEnd, Paging, PagingStyle, QueryRef};
use crate::model::{
    Endpoint, Model, Pagination, PagingConvention, ParamType, Spanned, Spec, TypeRef,
};

/// How `e` pages, `None` when it does not, or every reason it cannot.
pub(crate) fn of(spec: &Spec, e: &Endpoint) -> Result<Option<Paging>, Vec<Diagnostic>> {
    let Some(p) = &e.pagination else {
        return Ok(None);
    };
    let mut r = Resolver {
        spec,
        e,
        p,
        // An unknown response model is reported on its own.
        response: spec.model(&e.response),
        problems: Vec::new(),
    };
    let items = r
        .response
        .and_then(|m| items_field(m, &p.items, &mut r.problems));
    let style = r.given(|c| &c.style);
    let style = match style.as_ref().map(|s| s.value.as_str()) {
        None | Some("page") => r.page_style(),
        Some("offset") => r.offset_style(),
        Some("cursor") => r.cursor_style(),
        Some("link") => Some(PagingStyle::Link),
        Some(other) => {
            if let Some(s) = &style {
                r.problems.push(
                    s.loc
                        .error(format!("unknown paging style `{other}`"))
                        .with_suggestion(other, STYLES)
                        .with_note("expected `page`, `offset`, `cursor` or `link`"),
                );
            }
            None
        }
    };
    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    match (style, items) {
        (Some(style), Some((items, item))) => Ok(Some(Paging {
            style,
            items,
            item,
            default_per_page: p.default_per_page,
            max_per_page: p.max_per_page,
        })),
        // Only an unknown response model gets here, reported elsewhere.
        _ => Err(Vec::new()),
    }
}

/// Resolving one endpoint's paging, collecting every problem.
struct Resolver<'a> {
    spec: &'a Spec,
    e: &'a Endpoint,
    p: &'a Pagination,
    response: Option<&'a Model>,
    problems: Vec<Diagnostic>,
}

/// Picks one field of a paging convention.
type Pick = fn(&PagingConvention) -> &Option<Spanned<String>>;

impl Resolver<'_> {
    /// A convention field: the endpoint's own, else the spec's top level.
    fn given(&self, pick: Pick) -> Option<Spanned<String>> {
        pick(&self.p.convention)
            .clone()
            .or_else(|| pick(&self.spec.pagination).clone())
    }

    fn need(&mut self, field: &str, what: &str) {
        let d = self
            .p
            .loc
            .error(format!("a paged endpoint needs `{field}`, {what}"));
        self.problems.push(missing(d));
    }

    /// A query parameter the style needs, of type `ty`.
    fn param(&mut self, pick: Pick, field: &str, what: &str, ty: ParamType) -> Option<QueryRef> {
        match self.given(pick) {
            Some(name) => typed_param(self.e, &name, ty, &mut self.problems),
            None => {
                self.need(field, what);
                None
            }
        }
    }

    /// The page size parameter, if the spec names one.
    fn limit(&mut self, pick: Pick) -> Option<QueryRef> {
        let name = self.given(pick)?;
        typed_param(self.e, &name, ParamType::Integer, &mut self.problems)
    }

    /// The fields a pointer the style needs walks, to a `want`.
    fn path(
        &mut self,
        pick: Pick,
        field: &str,
        what: &str,
        want: TypeRef,
    ) -> Option<Vec<FieldStep>> {
        let Some(ptr) = self.given(pick) else {
            self.need(field, what);
            return None;
        };
        field_path(self.spec, self.response?, &ptr, &want, &mut self.problems)
    }

    fn page_style(&mut self) -> Option<PagingStyle> {
        let page_param = self.param(
            |c| &c.page_param,
            "page_param",
            "the query parameter that carries the page number",
            ParamType::Integer,
        );
        let per_page_param = self.limit(|c| &c.per_page_param);
        let end = if self.given(|c| &c.has_more).is_some()
            || self.given(|c| &c.total_pages).is_none()
        {
            self.path(
                |c| &c.has_more,
                "has_more",
                "a JSON pointer to the boolean that says another page follows (or `total_pages`, to the number of pages)",
                TypeRef::Boolean,
            )
            .map(PageEnd::HasMore)
        } else {
            self.path(|c| &c.total_pages, "total_pages", "", TypeRef::Integer)
                .map(PageEnd::TotalPages)
        };
        Some(PagingStyle::Page {
            page_param: page_param?,
            per_page_param,
            end: end?,
        })
    }

    fn offset_style(&mut self) -> Option<PagingStyle> {
        let offset_param = self.param(
            |c| &c.offset_param,
            "offset_param",
            "the query parameter that carries the offset",
            ParamType::Integer,
        );
        let limit_param = self.limit(|c| &c.limit_param);
        let total = self.path(
            |c| &c.total,
            "total",
            "a JSON pointer to the number of items in all pages",
            TypeRef::Integer,
        );
        Some(PagingStyle::Offset {
            offset_param: offset_param?,
            limit_param,
            total: total?,
        })
    }

    fn cursor_style(&mut self) -> Option<PagingStyle> {
        let cursor_param = self.param(
            |c| &c.cursor_param,
            "cursor_param",
            "the query parameter that sends the cursor back",
            ParamType::String,
        );
        let limit_param = self.limit(|c| &c.limit_param);
        let next_cursor = self.path(
            |c| &c.next_cursor,
            "next_cursor",
            "a JSON pointer to the cursor of the next page (absent or empty on the last)",
            TypeRef::String,
        );
        Some(PagingStyle::Cursor {
            cursor_param: cursor_param?,
            limit_param,
            next_cursor: next_cursor?,
        })
    }
}

/// The paging styles a spec can name.
const STYLES: [&str; 4] = ["page", "offset", "cursor", "link"];

fn missing(d: Diagnostic) -> Diagnostic {
    d.with_help(
        "give it in the endpoint's `pagination` or, for every paged endpoint, in the spec's top-level \
         `pagination`: { \"page_param\": \"page\", \"per_page_param\": \"page_size\", \"has_more\": \"/meta/hasMore\" }",
    )
}

/// The position of the query parameter `name` of `e`, of type `ty`.
fn typed_param(
    e: &Endpoint,
    name: &Spanned<String>,
    ty: ParamType,
    problems: &mut Vec<Diagnostic>,
) -> Option<QueryRef> {
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
    // A name that is not a Rust identifier is reported with the query
    // parameter's rules.
    Some(QueryRef {
        name: q.name.value.clone(),
        ident: q.ident().ok()?,
    })
}

/// The position of the array field `items` of the response model, and the
/// type of its items.
fn items_field(
    response: &Model,
    items: &Spanned<String>,
    problems: &mut Vec<Diagnostic>,
) -> Option<(FieldStep, TypeRef)> {
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
    Some((step(f)?, (**item).clone()))
}

/// The fields a pointer walks, from the response model down to a field of
/// type `want`, as (model, field position) pairs.
fn field_path(
    spec: &Spec,
    response: &Model,
    ptr: &Spanned<String>,
    want: &TypeRef,
    problems: &mut Vec<Diagnostic>,
) -> Option<Vec<FieldStep>> {
    if !ptr.value.starts_with('/') || ptr.value.len() < 2 {
        problems.push(
            ptr.loc
                .error(format!("`{}` is not a JSON pointer to a field", ptr.value))
                .with_help("write it as a JSON pointer, e.g. `/meta/hasMore`"),
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
        path.push(step(&model.fields[i])?);
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

/// A field as a step of a pointer's walk. A name that is not a Rust
/// identifier is reported with the model's rules.
fn step(f: &crate::model::Field) -> Option<FieldStep> {
    Some(FieldStep {
        name: f.name.value.clone(),
        ident: f.ident().ok()?,
        optional: !f.required || f.nullable,
    })
}
