//! Procedural macros behind the `docspec` crate. Use them through `docspec`
//! (`#[docspec::api(...)]`); this crate is a thin shell over the
//! `docspec-codegen` library, which does the work.

mod api;
mod derive;
mod report;
mod spec_path;

use proc_macro::TokenStream;

/// Generates an API's typed errors (and, where the spec has them, endpoints
/// and client) from a spec file, into the module it is placed on.
///
/// ```ignore
/// #[docspec::api(spec = "spec/my-api.json")]
/// pub mod my_api {}
/// ```
///
/// `spec` is resolved against the crate's `Cargo.toml` directory. Items
/// written inside the module are kept. A mistake in the spec is a compile
/// error naming the file, line, column and JSON path of each problem.
#[proc_macro_attribute]
pub fn api(args: TokenStream, input: TokenStream) -> TokenStream {
    api::expand(args.into(), input.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Converts an API's errors into your own error enum, with every code of the
/// spec mapped exactly once, checked at compile time.
///
/// See `docspec::FromApiError` for the attributes and an example.
#[proc_macro_derive(FromApiError, attributes(api_error))]
pub fn from_api_error(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    docspec_codegen::derive::handoff(&input).into()
}

/// The second step of `#[derive(FromApiError)]`, called by the hidden macro
/// that `api` puts in each generated module. Not public API.
#[doc(hidden)]
#[proc_macro]
pub fn __from_api_error(input: TokenStream) -> TokenStream {
    let handoff = syn::parse_macro_input!(input as docspec_codegen::derive::Handoff);
    derive::expand(&handoff).into()
}
