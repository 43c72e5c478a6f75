//! What the attribute emits when the spec does not load: beside the spec's
//! own errors, stubs of the items user code names (`Client`, `ErrorCode`,
//! `ApiError`, `models`, the derive's hand-off macro), so that each mistake
//! in the spec is reported once and the user's `use api::Client;` or
//! `#[derive(FromApiError)]` adds no error of its own.

use std::hash::{DefaultHasher, Hash, Hasher};

use docspec_ir::Input;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// The stub items of the module named `module`, generated from `input`,
/// over the runtime at `runtime`.
pub fn stubs(module: &Ident, input: &Input, runtime: &TokenStream) -> TokenStream {
    // `#[macro_export]` puts the macro at the crate root: its name is unique
    // to this module and this spec, as the hand-off macro's is.
    let mut hasher = DefaultHasher::new();
    ("fallback", module.to_string(), &input.main().path).hash(&mut hasher);
    let exported = format_ident!("__docspec_fallback_{:016x}", hasher.finish());
    let handoff = format_ident!("{}", crate::derive::handoff::MACRO);
    quote! {
        /// Not generated: the spec has errors.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {}
        impl ::core::fmt::Display for ErrorCode {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self {}
            }
        }
        impl #runtime::__private::Sealed for ErrorCode {}
        impl #runtime::DocumentedCode for ErrorCode {
            const ALL: &'static [Self] = &[];
            const ERROR_BODY: #runtime::__private::ErrorBodyLayout =
                #runtime::__private::ErrorBodyLayout { code: &[], message: &[] };
            fn as_str(self) -> &'static str {
                match self {}
            }
            fn from_code(_: &str) -> ::core::option::Option<Self> {
                ::core::option::Option::None
            }
            fn status(self) -> #runtime::__private::http::StatusCode {
                match self {}
            }
            fn message(self) -> ::core::option::Option<&'static str> {
                match self {}
            }
            fn is_retryable(self) -> bool {
                match self {}
            }
            fn is_unprocessed(self) -> bool {
                match self {}
            }
            fn category_id(self) -> &'static str {
                match self {}
            }
        }
        /// Not generated: the spec has errors.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Category {}
        /// Not generated: the spec has errors.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum DocumentedStatus {}
        /// Not generated: the spec has errors.
        pub type ApiError = #runtime::ApiError<ErrorCode>;
        /// Not generated: the spec has errors.
        #[derive(Clone, Debug)]
        pub struct Client {}
        /// Not generated: the spec has errors.
        pub mod models {}
        /// Not generated: the spec has errors.
        pub mod requests {}

        #[doc(hidden)]
        #[macro_export]
        macro_rules! #exported {
            ($($input:tt)*) => {};
        }

        #[doc(hidden)]
        pub use #exported as #handoff;
    }
}
