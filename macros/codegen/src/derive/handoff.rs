//! How `#[derive(FromApiError)]` learns the spec of the module it names.
//!
//! `#[api]` puts a hidden `macro_rules!` macro in the module it generates
//! ([`handoff_macro`]), which knows the spec's path. The derive ([`handoff`])
//! calls that macro by the module's path with the enum's tokens; the macro
//! calls the runtime's hidden `from_api_error!` with the spec's path added,
//! which parses [`Handoff`] and expands the conversions. This works for a
//! module of the same crate and for one another crate exports (a client
//! crate's `api`), and the user never names the spec file.

use docspec_ir::{Input, InputFile};
use std::hash::{DefaultHasher, Hash, Hasher};

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{DeriveInput, LitStr, Token};

/// The name of the hidden macro in a generated module.
pub(crate) const MACRO: &str = "__from_api_error";

/// Step one of the derive: calls the hidden macro of the module the enum
/// names, or explains that it must name one.
pub fn handoff(input: &DeriveInput) -> TokenStream {
    let Some(module) = super::attrs::module(input) else {
        return syn::Error::new(
            input.ident.span(),
            format!(
                "name the module `#[api]` generated, whose spec the enum is checked against: \
                 `#[{}(module = \"crate::my_api\")]`",
                super::attrs::HELPER
            ),
        )
        .to_compile_error();
    };
    // Spanned at the module's path, so that naming a module `#[api]` did
    // not generate is reported there.
    let span = module.clone().into_iter().next().map(|t| t.span());
    let name = Ident::new(MACRO, span.unwrap_or_else(proc_macro2::Span::call_site));
    quote! {
        #module::#name! { { #module } #input }
    }
}

/// The hidden items `#[api]` adds to the module named `module`, generated
/// from `input` with the runtime at `runtime`: the macro the
/// derive calls, and the runtime re-exported for the derive's output.
pub fn handoff_macro(module: &Ident, input: &Input, runtime: &TokenStream) -> TokenStream {
    let path = input.main().path.to_string_lossy();
    let errors = input.errors().map(|e| {
        let p = e.path.to_string_lossy();
        quote!(errors = #p;)
    });
    // `#[macro_export]` puts the macro at the crate root, so its name must
    // be unique there; the `use` below gives it its short name in the module.
    let mut hasher = DefaultHasher::new();
    (module.to_string(), &*path).hash(&mut hasher);
    let exported = format_ident!("__docspec_from_api_error_{:016x}", hasher.finish());
    let name = format_ident!("{MACRO}");
    quote! {
        #[doc(hidden)]
        pub mod __runtime {
            pub use #runtime::*;
        }

        #[doc(hidden)]
        #[macro_export]
        macro_rules! #exported {
            ({ $($module:tt)* } $($input:tt)*) => {
                $($module)*::__runtime::__private::from_api_error! {
                    spec = #path;
                    #errors
                    module = { $($module)* };
                    $($input)*
                }
            };
        }

        #[doc(hidden)]
        pub use #exported as #name;
    }
}

/// What the hidden macro hands to the runtime's `from_api_error!`:
/// `spec = "/abs/path"; module = { path }; enum …`.
pub struct Handoff {
    /// The spec's absolute path (an OpenAPI document's, with `errors`).
    pub spec: LitStr,
    /// The errors page's absolute path, for a module generated from an
    /// OpenAPI document.
    pub errors: Option<LitStr>,
    /// The path of the generated module, as the user wrote it.
    pub module: TokenStream,
    /// The enum the derive is on.
    pub input: DeriveInput,
}

impl Handoff {
    /// The files the module was generated from, as absolute paths (the
    /// attribute resolved them), reported under those paths.
    pub fn api_input(&self) -> Input {
        let file = |lit: &LitStr| InputFile::at(lit.value());
        Input::new(file(&self.spec), self.errors.as_ref().map(file))
    }
}

impl Parse for Handoff {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let key: Ident = input.parse()?;
        if key != "spec" {
            return Err(syn::Error::new(key.span(), "expected `spec`"));
        }
        input.parse::<Token![=]>()?;
        let spec = input.parse()?;
        input.parse::<Token![;]>()?;
        let mut key: Ident = input.parse()?;
        let mut errors = None;
        if key == "errors" {
            input.parse::<Token![=]>()?;
            errors = Some(input.parse()?);
            input.parse::<Token![;]>()?;
            key = input.parse()?;
        }
        if key != "module" {
            return Err(syn::Error::new(key.span(), "expected `module`"));
        }
        input.parse::<Token![=]>()?;
        let content;
        syn::braced!(content in input);
        let module = content.parse()?;
        input.parse::<Token![;]>()?;
        Ok(Handoff {
            spec,
            errors,
            module,
            input: input.parse()?,
        })
    }
}
