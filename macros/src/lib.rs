//! Procedural macros behind the `userplane` crate. Use them through
//! `userplane` (`#[userplane::api(...)]`); this crate is a thin shell over the
//! `userplane-codegen` library, which does the work.

mod api;
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
