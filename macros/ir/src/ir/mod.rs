//! The IR: an API as generation, the mock and the tools read it, made only
//! by the [resolve pass](crate::resolve).
//!
//! Everything here is owned and final: no spans, no directives of the spec
//! format (`errors_from`, `error_options`, `operations`), no loader
//! bookkeeping. Each fact a reader needs is here once, already worked out:
//! Rust names, statuses, categories, error sets, paging, query rules.
//! References to categories, codes and documented statuses are typed ids
//! ([`CategoryId`], [`CodeId`], [`StatusId`]) into the [`Api`]'s lists,
//! which are read-only, so a lookup by id cannot fail; models are named by
//! their type name, which [`Api::model`] finds.

mod endpoint;
mod model;

pub use endpoint::{
    Endpoint, EndpointCode, EndpointNames, FieldStep, PageEnd, Paging, PagingStyle, PathParam,
    QueryEnum, QueryParam, QueryRef,
};
pub use model::{EnumVariant, Field, Model, ModelKind, NonEmpty, UnionVariant};

use std::collections::HashMap;

use http::StatusCode;

pub use crate::model::{EnumValue, Origin, ParamType, TypeRef};

/// The position of a category in [`Api::categories`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CategoryId(pub(crate) usize);

/// The position of a code in [`Api::codes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CodeId(pub(crate) usize);

/// The position of a documented status in [`Api::statuses`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatusId(pub(crate) usize);

impl StatusId {
    /// The position in the API's documented statuses, in documentation
    /// order.
    pub fn index(self) -> usize {
        self.0
    }
}

impl CategoryId {
    /// The position in the API's categories, in documentation order.
    pub fn index(self) -> usize {
        self.0
    }
}

impl CodeId {
    /// The position in the API's codes, in documentation order.
    pub fn index(self) -> usize {
        self.0
    }
}

/// A whole API, resolved.
#[derive(Clone, Debug)]
pub struct Api {
    /// The API's name (`Acme Billing`), used in generated docs.
    pub name: String,
    /// The base URL clients use by default.
    pub base_url: Option<String>,
    /// The prefix every API key has (`sk_live_`).
    pub api_key_prefix: Option<String>,
    /// How requests carry the key; `None` is bearer, with no declared codes.
    pub auth: Option<Auth>,
    /// Documented rate limits, as `(requests, per seconds)`.
    pub rate_limits: Vec<(u32, u64)>,
    /// Where an error response carries its code and message.
    pub error_body: ErrorBody,
    /// Where a success response carries its payload, as the pointer's
    /// reference tokens (`["data"]`); empty for the whole body.
    pub success_data: Vec<String>,
    /// The sections of the error documentation, in order; see
    /// [`categories`](Self::categories).
    pub(crate) categories: Vec<Category>,
    /// Every error code, in documentation order; see [`codes`](Self::codes).
    pub(crate) codes: Vec<Code>,
    /// Statuses documented without a code, in documentation order; see
    /// [`statuses`](Self::statuses).
    pub(crate) statuses: Vec<Status>,
    /// Request and response types.
    pub models: Vec<Model>,
    /// The endpoints, in documentation order.
    pub endpoints: Vec<Endpoint>,
    /// Code → position.
    pub(crate) code_index: HashMap<String, CodeId>,
    /// Model name → position.
    pub(crate) model_index: HashMap<String, usize>,
}

impl Api {
    /// The sections of the error documentation, in order. The lists that
    /// ids point into are read-only, so that a lookup by id cannot fail.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// Every error code, in documentation order.
    pub fn codes(&self) -> &[Code] {
        &self.codes
    }

    /// Statuses documented without a code, in documentation order.
    pub fn statuses(&self) -> &[Status] {
        &self.statuses
    }

    /// The category `id` names.
    pub fn category(&self, id: CategoryId) -> &Category {
        &self.categories[id.0]
    }

    /// The code `id` names.
    pub fn code(&self, id: CodeId) -> &Code {
        &self.codes[id.0]
    }

    /// The documented status `id` names.
    pub fn status(&self, id: StatusId) -> &Status {
        &self.statuses[id.0]
    }

    /// The code sent as `code`, if the API documents it.
    pub fn find_code(&self, code: &str) -> Option<(CodeId, &Code)> {
        let id = *self.code_index.get(code)?;
        Some((id, self.code(id)))
    }

    /// The model named `name`.
    pub fn model(&self, name: &str) -> Option<&Model> {
        self.models.get(*self.model_index.get(name)?)
    }

    /// The endpoint with this id.
    pub fn endpoint(&self, id: &str) -> Option<&Endpoint> {
        self.endpoints.iter().find(|e| e.id == id)
    }
}

/// How an API takes its key.
#[derive(Clone, Debug)]
pub struct Auth {
    /// Where the key goes.
    pub placement: KeyPlacement,
    /// The code the API sends when no key is given.
    pub missing_key_code: Option<CodeId>,
    /// The code the API sends for a key it does not accept.
    pub invalid_key_code: Option<CodeId>,
}

/// Where a request carries the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyPlacement {
    /// `Authorization: Bearer KEY`.
    Bearer,
    /// `Authorization: Basic base64(KEY:)`.
    Basic,
    /// A header of this name.
    Header(String),
    /// A query parameter of this name.
    Query(String),
}

/// Where an error response body carries the code and message, as the
/// reference tokens of JSON pointers (`["error", "code"]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorBody {
    /// The pointer to the code, as written (`/error/code`).
    pub code_pointer: String,
    /// The pointer to the message, as written.
    pub message_pointer: String,
    /// The code pointer's reference tokens.
    pub code: Vec<String>,
    /// The message pointer's reference tokens.
    pub message: Vec<String>,
}

/// One section of the error documentation.
#[derive(Clone, Debug)]
pub struct Category {
    /// Stable identifier (`authentication`).
    pub id: String,
    /// The section's heading.
    pub title: String,
    /// The section's introduction, if any.
    pub description: Option<String>,
    /// The `Category` variant.
    pub ident: String,
}

/// One error code.
#[derive(Clone, Debug)]
pub struct Code {
    /// The code as the API sends it (`CARD_DECLINED`).
    pub code: String,
    /// The `ErrorCode` variant.
    pub ident: String,
    /// The HTTP status it comes with.
    pub status: StatusCode,
    /// Its category.
    pub category: CategoryId,
    /// The documented default message, when the docs give one.
    pub message: Option<String>,
    /// Whether clients should retry it.
    pub retryable: bool,
    /// Whether it shows the request had no effect.
    pub unprocessed: bool,
    /// A link to its documentation.
    pub docs_url: Option<String>,
    /// Where it is documented.
    pub origin: Origin,
}

/// A status documented without a code.
#[derive(Clone, Debug)]
pub struct Status {
    /// The HTTP status.
    pub status: StatusCode,
    /// The `DocumentedStatus` variant.
    pub ident: String,
    /// Its category.
    pub category: CategoryId,
    /// What the docs say of it.
    pub message: Option<String>,
}
