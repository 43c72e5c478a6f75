//! A routed, authenticated request, as a behaviour sees it.

use docspec_ir::Api;
use docspec_ir::ir::{Endpoint, Paging, PagingStyle, QueryRef};
use serde_json::Value;

/// A routed, authenticated request, as a [`Behaviour`](crate::Behaviour) sees it.
#[derive(Debug)]
pub struct Call<'a> {
    pub(crate) path: String,
    pub(crate) api: &'a Api,
    pub(crate) endpoint: &'a Endpoint,
    pub(crate) params: Vec<(String, String)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) body: Option<Value>,
}

impl<'a> Call<'a> {
    /// The request's path, as received (base path included).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The endpoint's id in the spec (`get_note`).
    pub fn endpoint_id(&self) -> &'a str {
        self.endpoint.id.as_str()
    }

    /// The endpoint's path template in the spec (`/notes/{noteId}`).
    pub fn endpoint_path(&self) -> &'a str {
        self.endpoint.path.as_str()
    }

    /// An example of the endpoint's response data, built from the spec as
    /// [`Examples`](crate::Examples) answers it.
    pub fn example(&self) -> Value {
        crate::example::example(self.api, &self.endpoint.response, 0)
    }

    /// A path parameter by its name in the spec's path (`""` if absent).
    pub fn param(&self, name: &str) -> &str {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// A query parameter's value, decoded.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A query parameter parsed as an integer.
    pub fn query_int(&self, name: &str) -> Option<i64> {
        self.query(name).and_then(|v| v.parse().ok())
    }

    /// Whether a query parameter is `true`.
    pub fn query_bool(&self, name: &str) -> bool {
        self.query(name) == Some("true")
    }

    /// The JSON request body, if one was sent.
    pub fn body(&self) -> Option<&Value> {
        self.body.as_ref()
    }

    /// `(page, per_page)` of a page-numbered endpoint, read from the query
    /// parameters its paging names and clamped as its rules say: page 1
    /// and the default size when absent.
    pub fn page_and_size(&self) -> (i64, i64) {
        let Some(paging) = &self.endpoint.paging else {
            return (1, 10);
        };
        let (page_param, per_page_param) = match &paging.style {
            PagingStyle::Page {
                page_param,
                per_page_param,
                ..
            } => (Some(page_param), per_page_param.as_ref()),
            _ => (None, None),
        };
        let page = self.int_param(page_param).unwrap_or(1).max(1);
        (page, self.page_size(paging, per_page_param))
    }

    /// The integer query parameter `param`, if sent.
    pub(crate) fn int_param(&self, param: Option<&QueryRef>) -> Option<i64> {
        self.query_int(&param?.name)
    }

    /// The page size the parameter `limit` asks for, clamped to the
    /// endpoint's limits (its default, else 10, when not sent).
    pub(crate) fn page_size(&self, paging: &Paging, limit: Option<&QueryRef>) -> i64 {
        let default = paging.default_per_page.unwrap_or(10);
        // A spec's maximum below 1 still lets a page hold one item.
        let max = paging.max_per_page.unwrap_or(i64::MAX).max(1);
        self.int_param(limit).unwrap_or(default).clamp(1, max)
    }
}
