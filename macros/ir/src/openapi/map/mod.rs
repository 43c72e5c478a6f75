//! The document read by [`document`](super::document) → models and endpoints of the
//! spec, with a warning for every construct that is degraded.

mod endpoints;
mod models;
mod naming;

use std::collections::BTreeSet;
use std::sync::Arc;

use super::document::{AuthKind, Doc, In, Parameter};
use super::tree::Node;
use crate::diag::Diagnostic;
use crate::model::{Endpoint, Loc, Model};
use crate::source::SourceFile;

pub(crate) use endpoints::endpoint_id;

/// What the mapping needs besides the document.
pub(crate) struct Ctx<'a> {
    pub(crate) source: Arc<SourceFile>,
    /// The document as written.
    pub(crate) root: &'a Node,
    /// The document reshaped to 3.0's form, when it was: the description's
    /// pointers are into it, and its values stand where they were written.
    pub(crate) shaped: Option<&'a Node>,
    /// The success body's data pointer (`/data`), if the API wraps payloads.
    pub(crate) success_data: Option<String>,
    /// The error body's code pointer (`/error`).
    pub(crate) code_pointer: Option<String>,
    /// The error body's message pointer (`/message`).
    pub(crate) message_pointer: Option<String>,
    /// The codes of the errors page, with their messages.
    pub(crate) codes: Vec<String>,
    pub(crate) messages: Vec<Option<String>>,
    /// The statuses the errors page documents without a code.
    pub(crate) statuses: Vec<i64>,
    /// The header or query parameter that carries the key.
    pub(crate) auth_parameter: Option<String>,
    /// Codes some operation names.
    pub(crate) named: BTreeSet<String>,
    /// Codes the document names that the spec's errors lack, with where
    /// each is first named.
    pub(crate) unknown_codes: Vec<(String, String)>,
    pub(crate) warnings: Vec<Diagnostic>,
}

impl Ctx<'_> {
    /// Where the value at `pointer` (into the description's document) is
    /// written: its offset and its pointer in the document as written.
    fn place(&self, pointer: &str) -> (usize, String) {
        match self.shaped {
            None => (self.root.offset(pointer), pointer.to_owned()),
            Some(shaped) => {
                let offset = shaped.offset(pointer);
                (offset, self.root.pointer_at(offset))
            }
        }
    }

    /// The location of the value at `pointer`.
    pub(crate) fn loc(&self, pointer: &str) -> Loc {
        let (offset, pointer) = self.place(pointer);
        Loc::new(self.source.clone(), offset, &pointer)
    }

    /// Records a warning at `pointer`, once.
    pub(crate) fn warn(&mut self, pointer: &str, message: String) {
        let (offset, pointer) = self.place(pointer);
        self.record(Diagnostic::at(&self.source, offset, &pointer, message));
    }

    /// Records a warning already placed, once.
    pub(crate) fn record(&mut self, warning: Diagnostic) {
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }

    /// Takes what the spec says of errors: the body's pointers and the
    /// statuses it documents without a code.
    pub(crate) fn errors_of(&mut self, spec: &crate::model::Spec) {
        self.code_pointer = spec.error_body.as_ref().map(|b| b.code.value.clone());
        self.message_pointer = spec.error_body.as_ref().map(|b| b.message.value.clone());
        self.statuses = spec.statuses.iter().map(|s| s.status.value).collect();
    }

    /// The errors page's message for `code`.
    pub(crate) fn table_message(&self, code: &str) -> Option<String> {
        let i = self.codes.iter().position(|c| c == code)?;
        self.messages.get(i).cloned().flatten()
    }

    /// Whether a header or query parameter is the one carrying the key.
    fn is_auth_parameter(&self, p: &Parameter) -> bool {
        matches!(p.location, In::Header | In::Query)
            && self
                .auth_parameter
                .as_deref()
                .is_some_and(|name| name.eq_ignore_ascii_case(&p.name))
    }
}

/// Models and endpoints of a document.
pub(crate) struct Mapped {
    pub(crate) models: Vec<Model>,
    pub(crate) endpoints: Vec<Endpoint>,
}

/// Maps the document. Every unsupported construct is a warning in `ctx`.
pub(crate) fn map(doc: &Doc, ctx: &mut Ctx<'_>) -> Mapped {
    if let Some((AuthKind::Header(name) | AuthKind::Query(name), _)) = &doc.auth {
        ctx.auth_parameter = Some(name.clone());
    }
    for (pointer, what) in &doc.unsupported {
        ctx.warn(pointer, format!("{what} is not supported; it is left out"));
    }
    let mut models = models::Models::new(&doc.schemas);
    models.components(ctx);
    let mut endpoints = Vec::new();
    for op in &doc.operations {
        if let Some(e) = endpoints::endpoint(ctx, &mut models, op) {
            endpoints.push(e);
        }
    }
    if let Some((_, first)) = ctx.unknown_codes.first() {
        let first = first.clone();
        let list: Vec<String> = ctx
            .unknown_codes
            .iter()
            .map(|(c, _)| format!("`{c}`"))
            .collect();
        ctx.warn(
            &first,
            format!(
                "the OpenAPI document names {} error code{} that the errors page does not list; responses with {} decode as unknown codes: {}",
                list.len(),
                if list.len() == 1 { "" } else { "s" },
                if list.len() == 1 { "it" } else { "them" },
                list.join(", ")
            ),
        );
    }
    Mapped {
        models: models.models,
        endpoints,
    }
}
