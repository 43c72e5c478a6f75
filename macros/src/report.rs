//! Spec diagnostics as compile errors.

use docspec_codegen::Diagnostics;
use proc_macro2::Span;

/// One compile error per diagnostic, all at `span` (the spec literal).
pub(crate) fn to_syn_error(span: Span, diags: Diagnostics) -> syn::Error {
    let mut errors = diags.into_iter().map(|d| syn::Error::new(span, d));
    let mut first = errors
        .next()
        .unwrap_or_else(|| syn::Error::new(span, "the spec could not be loaded"));
    for e in errors {
        first.combine(e);
    }
    first
}
