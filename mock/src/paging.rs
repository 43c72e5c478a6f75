//! Paging the mock's example lists the way each endpoint's spec says.

use docspec_ir::ir::{FieldStep, PageEnd, Paging, PagingStyle, QueryRef};
use serde_json::{Value, json};

use crate::call::Call;

/// One page of a list: its items, the values to write into the response
/// where the paging's pointers say, and a `Link` header for the link style.
pub(crate) struct Page {
    /// The items on this page.
    pub items: Vec<Value>,
    /// Each pointer's value (has-more flag, page count, total, cursor).
    pub writes: Vec<(Vec<FieldStep>, Value)>,
    /// The `Link` header, for the link style.
    pub link: Option<String>,
}

/// `items` paged per the call's parameters and the endpoint's style.
pub(crate) fn page(call: &Call<'_>, paging: &Paging, items: &[Value]) -> Page {
    let size = |limit: Option<&QueryRef>| call.page_size(paging, limit);
    match &paging.style {
        PagingStyle::Page {
            page_param,
            per_page_param,
            end,
        } => {
            let page = call.int_param(Some(page_param)).unwrap_or(1).max(1);
            numbered(items, page, size(per_page_param.as_ref()), end)
        }
        PagingStyle::Offset {
            offset_param,
            limit_param,
            total,
        } => {
            let offset = call.int_param(Some(offset_param)).unwrap_or(0).max(0);
            Page {
                items: slice(items, offset, size(limit_param.as_ref())),
                writes: vec![(total.clone(), json!(count(items)))],
                link: None,
            }
        }
        PagingStyle::Cursor {
            cursor_param,
            limit_param,
            next_cursor,
        } => cursor(
            call,
            items,
            cursor_param,
            size(limit_param.as_ref()),
            next_cursor,
        ),
        PagingStyle::Link => linked(call, items, size(None)),
    }
}

/// How many items, as the API counts them.
fn count(items: &[Value]) -> i64 {
    i64::try_from(items.len()).unwrap_or(i64::MAX)
}

/// `size` items from `from`, within the list.
fn slice(items: &[Value], from: i64, size: i64) -> Vec<Value> {
    let from = usize::try_from(from.max(0))
        .unwrap_or(usize::MAX)
        .min(items.len());
    let to = from
        .saturating_add(usize::try_from(size).unwrap_or(0))
        .min(items.len());
    items[from..to].to_vec()
}

/// Page `page` (1-based) of `per_page` items, and how the last is known.
fn numbered(items: &[Value], page: i64, per_page: i64, end: &PageEnd) -> Page {
    let total = count(items);
    let pages = if total == 0 {
        0
    } else {
        (total - 1) / per_page + 1
    };
    let write = match end {
        PageEnd::HasMore(path) => (path.clone(), json!(page < pages)),
        PageEnd::TotalPages(path) => (path.clone(), json!(pages)),
    };
    Page {
        items: slice(items, (page - 1).saturating_mul(per_page), per_page),
        writes: vec![write],
        link: None,
    }
}

/// The page at the call's cursor. The mock's cursors are offsets, opaque
/// to clients (`c20`).
fn cursor(
    call: &Call<'_>,
    items: &[Value],
    param: &QueryRef,
    limit: i64,
    next_cursor: &[FieldStep],
) -> Page {
    let from = call
        .query(&param.name)
        .and_then(|v| v.strip_prefix("c"))
        .and_then(|v| v.parse::<i64>().ok())
        .unwrap_or(0);
    let next = from.saturating_add(limit);
    let cursor = if next < count(items) {
        json!(format!("c{next}"))
    } else {
        Value::Null
    };
    Page {
        items: slice(items, from, limit),
        writes: vec![(next_cursor.to_vec(), cursor)],
        link: None,
    }
}

/// The page the call's `page` parameter names, with a `Link` to the next.
/// The mock's next links carry a `page` parameter of its own.
fn linked(call: &Call<'_>, items: &[Value], per_page: i64) -> Page {
    let page = call.query_int("page").unwrap_or(1).max(1);
    let link = (page.saturating_mul(per_page) < count(items))
        .then(|| format!("<{}?page={}>; rel=\"next\"", call.path(), page + 1));
    Page {
        items: slice(items, (page - 1).saturating_mul(per_page), per_page),
        writes: Vec::new(),
        link,
    }
}

/// Writes `value` at the end of `path` in `data`, creating objects on the way.
pub(crate) fn write(data: &mut Value, path: &[FieldStep], value: Value) {
    let mut at = data;
    for step in path {
        if !at.is_object() {
            *at = json!({});
        }
        let Value::Object(map) = at else { return };
        at = map.entry(step.name.clone()).or_insert_with(|| json!({}));
    }
    *at = value;
}
