//! The spec as data: what a spec file says, with where it says it.
//!
//! [`crate::parse`] builds a [`Spec`] from a file, [`crate::resolve`] validates
//! it, and only a validated spec reaches the code generator.

use std::collections::HashMap;

mod auth;
mod endpoints;
mod span;

pub use auth::{Auth, AuthScheme};
pub use span::{Loc, Spanned};

pub use endpoints::{
    Endpoint, EndpointErrorRef, EnumValue, ErrorGroup, Field, METHODS, Model, Pagination,
    PagingConvention, ParamType, PathParam, QueryParam, TypeRef, Union,
};

use crate::ident::{self, IdentError};

/// A whole API description: its errors and, optionally, its endpoints.
#[derive(Clone, Debug)]
pub struct Spec {
    /// The API's name (`Acme Billing`), used in generated docs.
    pub name: String,
    /// The base URL clients use by default.
    pub base_url: Option<String>,
    /// Where the API's error documentation lives.
    pub docs_url: Option<String>,
    /// The prefix every API key has (`sk_live_`).
    pub api_key_prefix: Option<String>,
    /// How requests carry the key; `None` is bearer, with no declared codes.
    pub auth: Option<Auth>,
    /// Documented rate limits, as `(requests, per seconds)`.
    pub rate_limits: Vec<(u32, u64)>,
    /// Where an error response carries its code and message.
    /// `None` when the spec does not say; checking then refuses it.
    pub error_body: Option<ErrorBody>,
    /// The sections of the error documentation, in order.
    pub categories: Vec<Category>,
    /// Every error code, in documentation order.
    pub errors: Vec<ErrorDef>,
    /// Statuses documented without a code, in documentation order.
    pub statuses: Vec<StatusDef>,
    /// Where a success response carries its payload: a JSON pointer through
    /// object keys (`/data`), or `None` for the whole body.
    pub success_data: Option<Spanned<String>>,
    /// Named sets of codes that endpoints share.
    pub error_groups: Vec<ErrorGroup>,
    /// How paged endpoints page, unless an endpoint says otherwise.
    pub pagination: PagingConvention,
    /// Request and response types.
    pub models: Vec<Model>,
    /// The endpoints, in documentation order.
    pub endpoints: Vec<Endpoint>,
    /// A Markdown errors page whose tables supply categories and errors
    /// (before those written in the JSON), relative to the spec file.
    pub errors_from: Option<Spanned<String>>,
    /// Per-code extras for errors defined elsewhere (a Markdown page).
    pub error_options: Vec<ErrorOptions>,
    /// An OpenAPI document whose operations and schemas supply endpoints
    /// and models (before those written in the JSON), relative to the spec
    /// file.
    pub endpoints_from: Option<Spanned<String>>,
    /// What the OpenAPI document cannot say of its operations, by
    /// operation id.
    pub operations: Vec<OperationExtras>,
    /// Files read besides the spec file itself (absolute paths), so that
    /// generated code can make cargo rebuild when they change.
    pub extra_files: Vec<std::path::PathBuf>,
    /// Constructs that were read but degraded (an OpenAPI `oneOf` read as
    /// `serde_json::Value`, say): the build goes on, and says so.
    pub warnings: Vec<crate::diag::Diagnostic>,
    /// The spec's root object.
    pub loc: Loc,
    /// Name → position lookups; see [`Spec::reindex`].
    pub index: Index,
}

/// What a spec adds to one operation of its OpenAPI document
/// (`operations` in the spec).
#[derive(Clone, Debug)]
pub struct OperationExtras {
    /// The operation id, as the document writes it (`links.list`).
    pub operation_id: Spanned<String>,
    /// The endpoint id (client method) to use instead of the one the
    /// operation id gives.
    pub id: Option<Spanned<String>>,
    /// How the endpoint pages.
    pub pagination: Option<Pagination>,
    /// Error groups the endpoint returns.
    pub error_groups: Vec<Spanned<String>>,
    /// Further codes the endpoint returns, with its page's wording.
    pub errors: Vec<EndpointErrorRef>,
    /// Where the entry is written.
    pub loc: Loc,
}

/// Positions of the spec's named entries, so that lookups by code, id or
/// name take constant time on specs with thousands of entries.
///
/// Built by the loaders; rebuild it with [`Spec::reindex`] after changing the
/// lists by hand; a lookup checks the entry the index points at, so a stale
/// index is never trusted.
#[derive(Clone, Debug, Default)]
pub struct Index {
    errors: HashMap<String, usize>,
    categories: HashMap<String, usize>,
    models: HashMap<String, usize>,
    groups: HashMap<String, usize>,
}

/// First position of each name (later duplicates are reported by the resolve pass).
fn positions<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<String, usize> {
    let mut map = HashMap::new();
    for (i, n) in names.enumerate() {
        map.entry(n.to_owned()).or_insert(i);
    }
    map
}

/// Where an error response body carries the code and the message, as JSON
/// pointers: `/error` and `/message` for `{"error": "X", "message": "…"}`,
/// `/error/code` and `/error/message` for a nested object.
#[derive(Clone, Debug)]
pub struct ErrorBody {
    /// Pointer to the error code string.
    pub code: Spanned<String>,
    /// Pointer to the human-readable message.
    pub message: Spanned<String>,
}

impl ErrorBody {
    /// RFC 9457 problem details: the code in `type`, the message in
    /// `detail`, reported at `loc`.
    pub fn problem_details(loc: &Loc) -> Self {
        ErrorBody {
            code: Spanned::new("/type".to_owned(), loc.clone()),
            message: Spanned::new("/detail".to_owned(), loc.clone()),
        }
    }

    /// The pointer's reference tokens, unescaped (`/error/code` → `["error", "code"]`).
    pub fn segments(pointer: &str) -> Vec<String> {
        pointer
            .split('/')
            .skip(1)
            .map(|s| s.replace("~1", "/").replace("~0", "~"))
            .collect()
    }
}

/// A documented status without a code: a table row such as
/// `| | 502 | Bad gateway |`, kept as what it is rather than given an
/// invented code. A response with this status and no code the spec knows
/// decodes to it.
#[derive(Clone, Debug)]
pub struct StatusDef {
    /// The HTTP status.
    pub status: Spanned<i64>,
    /// The `id` of its category.
    pub category: Spanned<String>,
    /// What the docs say of it, if anything.
    pub message: Option<Spanned<String>>,
    /// Where the entry is defined.
    pub loc: Loc,
}

impl StatusDef {
    /// The Rust variant name: the status's reason phrase in
    /// `UpperCamelCase` (`502` → `BadGateway`), or `Status499` for a status
    /// without one.
    pub fn ident(&self) -> String {
        use heck::ToUpperCamelCase;
        u16::try_from(self.status.value)
            .ok()
            .and_then(|s| http::StatusCode::from_u16(s).ok())
            .and_then(|s| s.canonical_reason())
            .map(|r| r.replace('\'', "").to_upper_camel_case())
            .unwrap_or_else(|| format!("Status{}", self.status.value))
    }
}

/// One section of the error documentation.
#[derive(Clone, Debug)]
pub struct Category {
    /// Stable identifier (`authentication`), referenced by errors.
    pub id: Spanned<String>,
    /// The section's heading (`Authentication errors`).
    pub title: Spanned<String>,
    /// The section's introduction, if any.
    pub description: Option<String>,
    /// Where the category is defined.
    pub loc: Loc,
}

/// Where an error code is documented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The API's error table (the default).
    ErrorTable,
    /// Only an endpoint's page lists it.
    EndpointPage,
}

impl Origin {
    /// The spelling used in spec files.
    pub const SPELLINGS: [&'static str; 2] = ["error-table", "endpoint-page"];

    /// Parses the spelling used in spec files.
    pub fn from_spelling(s: &str) -> Option<Self> {
        match s {
            "error-table" => Some(Origin::ErrorTable),
            "endpoint-page" => Some(Origin::EndpointPage),
            _ => None,
        }
    }
}

/// Extras for one code defined elsewhere: `error_options` in a spec.
#[derive(Clone, Debug)]
pub struct ErrorOptions {
    /// The code the options apply to.
    pub code: Spanned<String>,
    /// See [`ErrorDef::retryable`].
    pub retryable: Option<Spanned<bool>>,
    /// See [`ErrorDef::unprocessed`].
    pub unprocessed: Option<Spanned<bool>>,
    /// See [`ErrorDef::docs_url`].
    pub docs_url: Option<String>,
    /// See [`ErrorDef::rust_name`].
    pub rust_name: Option<Spanned<String>>,
}

/// One error code.
#[derive(Clone, Debug)]
pub struct ErrorDef {
    /// The code as the API sends it (`CARD_DECLINED`).
    pub code: Spanned<String>,
    /// The HTTP status it comes with.
    pub status: Spanned<i64>,
    /// The `id` of its category.
    pub category: Spanned<String>,
    /// The documented default message, when the docs give one.
    pub message: Option<Spanned<String>>,
    /// Overrides whether the error is worth retrying (default: 429 and 5xx).
    pub retryable: Option<Spanned<bool>>,
    /// Overrides whether the error shows the request had no effect
    /// (default: 429 only).
    pub unprocessed: Option<Spanned<bool>>,
    /// A link to the error's documentation.
    pub docs_url: Option<String>,
    /// Where the code is documented.
    pub origin: Origin,
    /// Overrides the Rust variant name derived from the code.
    pub rust_name: Option<Spanned<String>>,
    /// Where the entry is defined.
    pub loc: Loc,
}

impl ErrorDef {
    /// The documented message, if there is one.
    pub fn message_text(&self) -> Option<&str> {
        self.message.as_ref().map(|m| m.value.as_str())
    }

    /// The Rust variant name: `rust_name` if given, else the code in
    /// `UpperCamelCase` (with `Code` in front when it starts with a digit).
    pub fn ident(&self) -> Result<String, IdentError> {
        match &self.rust_name {
            Some(name) => ident::verbatim_type_name(name),
            None => ident::code_name(&self.code),
        }
    }

    /// Whether the error shows the request had no effect, so that even a
    /// non-idempotent request may be retried: the override, else 429.
    pub fn is_unprocessed(&self) -> bool {
        match &self.unprocessed {
            Some(u) => u.value,
            None => self.status.value == 429,
        }
    }

    /// Whether clients should retry this error: the override, else 429 or 5xx.
    pub fn is_retryable(&self) -> bool {
        match &self.retryable {
            Some(r) => r.value,
            None => self.status.value == 429 || (500..=599).contains(&self.status.value),
        }
    }
}

impl Category {
    /// The Rust variant name: the id in `UpperCamelCase`.
    pub fn ident(&self) -> Result<String, IdentError> {
        ident::type_name(&self.id)
    }
}

/// Puts `first` before the entries of `list`: what a page or document a
/// spec names comes before what the spec writes itself.
pub(crate) fn prepend<T>(list: &mut Vec<T>, first: Vec<T>) {
    list.splice(0..0, first);
}

impl Spec {
    /// A spec with nothing in it yet, written at `loc`: the start of one
    /// built from other documents (an OpenAPI document and an errors page).
    pub fn empty(loc: Loc) -> Spec {
        Spec {
            name: String::new(),
            base_url: None,
            docs_url: None,
            api_key_prefix: None,
            auth: None,
            rate_limits: Vec::new(),
            error_body: None,
            categories: Vec::new(),
            errors: Vec::new(),
            statuses: Vec::new(),
            success_data: None,
            error_groups: Vec::new(),
            pagination: PagingConvention::default(),
            models: Vec::new(),
            endpoints: Vec::new(),
            errors_from: None,
            error_options: Vec::new(),
            endpoints_from: None,
            operations: Vec::new(),
            extra_files: Vec::new(),
            warnings: Vec::new(),
            loc,
            index: Index::default(),
        }
    }

    /// Rebuilds the name → position index after the lists changed.
    pub fn reindex(&mut self) {
        self.index = Index {
            errors: positions(self.errors.iter().map(|e| e.code.as_str())),
            categories: positions(self.categories.iter().map(|c| c.id.as_str())),
            models: positions(self.models.iter().map(|m| m.name.as_str())),
            groups: positions(self.error_groups.iter().map(|g| g.id.as_str())),
        };
    }

    /// The position of `key` in `list`: through `map` when the entry there
    /// still has that name, else by a scan with `name`. So an index made
    /// stale by any edit of the lists (an entry added, removed or renamed
    /// in place) still gives the right answer, just more slowly.
    fn position<T>(
        &self,
        map: &HashMap<String, usize>,
        list: &[T],
        key: &str,
        name: impl Fn(&T) -> &str,
    ) -> Option<usize> {
        match map.get(key) {
            Some(&i) if list.get(i).is_some_and(|item| name(item) == key) => Some(i),
            _ => list.iter().position(|item| name(item) == key),
        }
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.get(self.category_position(id)?)
    }

    /// The position of the category with this id.
    pub fn category_position(&self, id: &str) -> Option<usize> {
        self.position(&self.index.categories, &self.categories, id, |c| &c.id)
    }

    /// The error with this code.
    pub fn error(&self, code: &str) -> Option<&ErrorDef> {
        self.errors.get(self.error_position(code)?)
    }

    /// The position of the error with this code.
    pub fn error_position(&self, code: &str) -> Option<usize> {
        self.position(&self.index.errors, &self.errors, code, |e| &e.code)
    }

    /// The model with this name.
    pub fn model(&self, name: &str) -> Option<&Model> {
        self.models.get(self.model_position(name)?)
    }

    /// The position of the model with this name.
    pub fn model_position(&self, name: &str) -> Option<usize> {
        self.position(&self.index.models, &self.models, name, |m| &m.name)
    }

    /// The error group with this id.
    pub fn error_group(&self, id: &str) -> Option<&ErrorGroup> {
        let i = self.position(&self.index.groups, &self.error_groups, id, |g| &g.id)?;
        self.error_groups.get(i)
    }

    /// Every code an endpoint may return, each once, in spec order: its own
    /// list, its groups, and the groups that apply to all endpoints.
    pub fn endpoint_codes(&self, endpoint: &Endpoint) -> Vec<&ErrorDef> {
        self.endpoint_error_positions(endpoint)
            .into_iter()
            .filter_map(|i| self.errors.get(i))
            .collect()
    }

    /// [`endpoint_codes`](Self::endpoint_codes), as positions in `errors`.
    pub fn endpoint_error_positions(&self, endpoint: &Endpoint) -> Vec<usize> {
        let mut wanted: Vec<&str> = endpoint.errors.iter().map(|e| e.code.as_str()).collect();
        let groups = self.error_groups.iter().filter(|g| {
            g.all_endpoints
                || endpoint
                    .error_groups
                    .iter()
                    .any(|id| id.value == g.id.value)
        });
        for g in groups {
            wanted.extend(g.codes.iter().map(|c| c.as_str()));
        }
        let mut positions: Vec<usize> = wanted
            .into_iter()
            .filter_map(|code| self.error_position(code))
            .collect();
        positions.sort_unstable();
        positions.dedup();
        positions
    }
}

#[cfg(test)]
mod tests {
    use crate::{SourceFile, load_source};

    #[test]
    fn lookups_survive_a_stale_index() {
        let mut spec = load_source(SourceFile::new(
            "s.json",
            r#"{"error_body": {"code": "/error", "message": "/message"},
                "categories": [{"id": "c", "title": "C"}],
                "errors": [{"code": "A", "status": 404, "category": "c", "message": "a"}]}"#,
        ))
        .unwrap()
        .spec;
        assert_eq!(spec.error("A").map(|e| e.status.value), Some(404));
        let mut b = spec.errors[0].clone();
        b.code.value = "B".into();
        spec.errors.push(b);
        // Not reindexed: found by a scan.
        assert!(spec.error("B").is_some());
        // Renamed in place, same length: the index's entry for `A` no longer
        // has that name.
        spec.errors[0].code.value = "Z".into();
        assert!(spec.error("A").is_none());
        assert_eq!(spec.error("Z").map(|e| e.code.as_str()), Some("Z"));
        spec.errors[0].code.value = "A".into();
        spec.reindex();
        assert!(spec.error("B").is_some() && spec.error("A").is_some());
        assert!(spec.error("C").is_none());
        assert_eq!(spec.category("c").map(|c| c.title.as_str()), Some("C"));
    }
}
