//! The Rust names and types a client's code is written with.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use docspec_ir::ir::{Endpoint, TypeRef};

use super::models;

/// An identifier the resolve pass worked out.
pub(super) fn rust_ident(name: &str) -> Ident {
    format_ident!("{}", name)
}

/// The method arguments of the path parameters, in the order of the path.
pub(super) fn path_idents(e: &Endpoint) -> Vec<Ident> {
    e.path_params.iter().map(|p| rust_ident(&p.ident)).collect()
}

/// A model, as named from the `requests` module.
pub(super) fn model_path(name: &str) -> TokenStream {
    let id = format_ident!("{}", name);
    quote!(super::models::#id)
}

/// The Rust type of an endpoint's response (or a page's item): a model, or a
/// type expression (`[Link]`, `json`) of models and primitives.
pub(super) fn response_type(ty: &TypeRef, rt: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::Model(name) => model_path(name),
        TypeRef::Array(inner) => {
            let inner = response_type(inner, rt);
            quote!(::std::vec::Vec<#inner>)
        }
        other => models::rust_type(other, rt),
    }
}
