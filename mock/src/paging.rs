//! Paging the mock's example lists the way each endpoint's spec says.

use docspec_ir::ir::{FieldStep, PageEnd, Paging, PagingStyle, QueryRef};
use serde_json::{Value, json};

use crate::behaviour::Call;

/// `items` paged per the call's parameters: the page's slice, the values to
/// write into the response where the paging's pointers say, and a `Link`
/// header for the link style.
pub(crate) fn page(
    call: &Call<'_>,
    paging: &Paging,
    items: &[Value],
) -> (Vec<Value>, Vec<(Vec<FieldStep>, Value)>, Option<String>) {
    let int = |param: Option<&QueryRef>| int_param(call, param);
    let size = |limit: Option<&QueryRef>| page_size(call, paging, limit);
    let total = i64::try_from(items.len()).unwrap_or(i64::MAX);
    let slice = |from: i64, size: i64| -> Vec<Value> {
        let from = usize::try_from(from.max(0))
            .unwrap_or(usize::MAX)
            .min(items.len());
        let to = from
            .saturating_add(usize::try_from(size).unwrap_or(0))
            .min(items.len());
        items[from..to].to_vec()
    };
    match &paging.style {
        PagingStyle::Page {
            page_param,
            per_page_param,
            end,
        } => {
            let page = int(Some(page_param)).unwrap_or(1).max(1);
            let per_page = size(per_page_param.as_ref());
            let pages = if total == 0 {
                0
            } else {
                (total - 1) / per_page + 1
            };
            let write = match end {
                PageEnd::HasMore(path) => (path.clone(), json!(page < pages)),
                PageEnd::TotalPages(path) => (path.clone(), json!(pages)),
            };
            (
                slice((page - 1).saturating_mul(per_page), per_page),
                vec![write],
                None,
            )
        }
        PagingStyle::Offset {
            offset_param,
            limit_param,
            total: path,
        } => {
            let offset = int(Some(offset_param)).unwrap_or(0).max(0);
            (
                slice(offset, size(limit_param.as_ref())),
                vec![(path.clone(), json!(total))],
                None,
            )
        }
        PagingStyle::Cursor {
            cursor_param,
            limit_param,
            next_cursor,
        } => {
            // The mock's cursors are offsets, opaque to clients.
            let from = call
                .query(&cursor_param.name)
                .and_then(|v| v.strip_prefix("c"))
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(0);
            let limit = size(limit_param.as_ref());
            let next = from.saturating_add(limit);
            let cursor = if next < total {
                json!(format!("c{next}"))
            } else {
                Value::Null
            };
            (
                slice(from, limit),
                vec![(next_cursor.clone(), cursor)],
                None,
            )
        }
        PagingStyle::Link => {
            // The mock's next links carry a `page` parameter of its own.
            let page = call
                .query
                .iter()
                .find(|(k, _)| k == "page")
                .and_then(|(_, v)| v.parse::<i64>().ok())
                .unwrap_or(1)
                .max(1);
            let per_page = size(None);
            let link = (page.saturating_mul(per_page) < total)
                .then(|| format!("<{}?page={}>; rel=\"next\"", call.path, page + 1));
            (
                slice((page - 1).saturating_mul(per_page), per_page),
                Vec::new(),
                link,
            )
        }
    }
}

/// The integer query parameter `param`, if sent.
pub(crate) fn int_param(call: &Call<'_>, param: Option<&QueryRef>) -> Option<i64> {
    call.query_int(&param?.name)
}

/// The page size the parameter `limit` asks for, clamped to the endpoint's
/// limits (its default, else 10, when not sent).
pub(crate) fn page_size(call: &Call<'_>, paging: &Paging, limit: Option<&QueryRef>) -> i64 {
    let default = paging.default_per_page.unwrap_or(10);
    let max = paging.max_per_page.unwrap_or(i64::MAX);
    int_param(call, limit).unwrap_or(default).clamp(1, max)
}

/// Writes `value` at the end of `path` in `data`, creating objects on the way.
pub(crate) fn write(data: &mut Value, path: &[FieldStep], value: Value) {
    let mut at = data;
    for step in path {
        let name = step.name.clone();
        if !at.is_object() {
            *at = json!({});
        }
        let Value::Object(map) = at else { return };
        at = map.entry(name).or_insert_with(|| json!({}));
    }
    *at = value;
}
