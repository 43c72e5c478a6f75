//! Procedural macros behind the `userplane` crate. Use them through
//! `userplane` (`#[userplane::api(...)]`); this crate is a thin shell over the
//! `userplane-codegen` library, which does the work.

mod api;
mod derive;
mod report;
mod spec_path;

use proc_macro::TokenStream;

/// Generates an API's typed errors (and, where the spec has them, endpoints
/// and client) from a spec file, into the module it is placed on.
///
/// ```ignore
/// #[userplane::api(spec = "spec/my-api.json")]
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
/// See `userplane::FromApiError` for the attributes and an example.
#[proc_macro_derive(FromApiError, attributes(userplane))]
pub fn from_api_error(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    userplane_codegen::derive::expand(&input, derive::load).into()
}
