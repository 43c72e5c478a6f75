//! `#[derive(FromApiError)]`: conversions from a spec's errors into a user's
//! own error enum, with coverage checked against the spec at compile time.
//!
//! The derive runs in two steps, so that the spec is known without naming it
//! twice. [`handoff`] (the derive itself) reads only `module = "…"` and calls
//! the hidden macro that `#[api]` generated in that module
//! ([`handoff_macro`]); that macro calls the runtime's hidden
//! `from_api_error!` with the spec's path, which loads it and runs
//! [`expand`]: parse the attributes (`attrs`), check coverage (`coverage`),
//! then generate. When anything is wrong, the errors are emitted together
//! with conversions whose bodies are never reached, so the user sees the
//! real problem and not a cascade of "trait not implemented" errors.

mod attrs;
mod coverage;
pub(crate) mod handoff;
mod statuses;

pub use handoff::{Handoff, handoff, handoff_macro};

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::DeriveInput;

use attrs::{Mapped, Shape};
use coverage::Plan;
use docspec_ir::Api;
use docspec_ir::ir::Endpoint;

/// Expands `#[derive(FromApiError)]` for `input`, whose `module = "…"` is
/// `module`, against that module's spec, or reports why the spec did not
/// load.
pub fn expand(
    input: &DeriveInput,
    module: &TokenStream,
    spec: Result<&Api, syn::Error>,
) -> TokenStream {
    let mut errors = Vec::new();
    let (container, variants) = attrs::parse(input, &mut errors);
    let runtime = quote!(#module::__runtime);
    let ctx = Ctx {
        name: &input.ident,
        module,
        runtime: &runtime,
        variants: &variants,
    };
    let spec = match spec {
        Ok(spec) => spec,
        Err(e) => {
            errors.push(e);
            return ctx.fallback(&errors, &[], false);
        }
    };
    let plan = coverage::plan(spec, &container, &variants, input.ident.span(), &mut errors);
    if !errors.is_empty() {
        return ctx.fallback(&errors, &plan.endpoints, plan.transport.is_some());
    }
    ctx.impls(spec, &plan)
}

struct Ctx<'a> {
    name: &'a Ident,
    module: &'a TokenStream,
    runtime: &'a TokenStream,
    variants: &'a [Mapped],
}

impl Ctx<'_> {
    /// `Self::Variant`, `Self::Variant(From::from(value))` or
    /// `Self::Variant { field: From::from(value) }`.
    fn construct(&self, index: usize, value: TokenStream) -> TokenStream {
        let v = &self.variants[index];
        let id = &v.ident;
        match &v.shape {
            Shape::Unit => quote!(Self::#id),
            Shape::Tuple => quote!(Self::#id(::core::convert::From::from(#value))),
            Shape::Named(field) => {
                quote!(Self::#id { #field: ::core::convert::From::from(#value) })
            }
        }
    }

    /// The signatures of every conversion, with bodies never reached; emitted
    /// beside the errors so that the rest of the user's code type-checks.
    fn fallback(
        &self,
        errors: &[syn::Error],
        endpoints: &[&Endpoint],
        transport: bool,
    ) -> TokenStream {
        let (name, m, rt) = (self.name, self.module, self.runtime);
        let errors = errors.iter().map(syn::Error::to_compile_error);
        let endpoint_impls = endpoints.iter().map(|e| {
            let ty = quote::format_ident!("{}", e.names.error);
            let wrapped = transport.then(|| {
                quote! {
                    impl ::core::convert::From<#rt::Error<#m::#ty>> for #name {
                        fn from(_: #rt::Error<#m::#ty>) -> Self { ::core::unreachable!() }
                    }
                }
            });
            quote! {
                impl ::core::convert::From<#m::#ty> for #name {
                    fn from(_: #m::#ty) -> Self { ::core::unreachable!() }
                }
                #wrapped
            }
        });
        quote! {
            #(#errors)*
            impl ::core::convert::From<#m::ErrorCode> for #name {
                fn from(_: #m::ErrorCode) -> Self { ::core::unreachable!() }
            }
            impl ::core::convert::From<#m::ApiError> for #name {
                fn from(_: #m::ApiError) -> Self { ::core::unreachable!() }
            }
            #(#endpoint_impls)*
        }
    }

    fn impls(&self, api: &Api, plan: &Plan<'_>) -> TokenStream {
        let codes = targets(api, plan);
        let from_code = self.impl_from_code(&codes);
        let from_api = self.impl_from_api(&codes, plan);
        let endpoint_impls = plan
            .endpoints
            .iter()
            .map(|e| self.impl_from_endpoint(e, plan));
        quote! {
            #from_code
            #from_api
            #(#endpoint_impls)*
        }
    }

    /// `From<ErrorCode>`: one arm per code of the spec, no wildcard, so
    /// rustc checks the match against the `ErrorCode` type too.
    fn impl_from_code(&self, codes: &[(Ident, Option<usize>)]) -> TokenStream {
        let (name, m) = (self.name, self.module);
        let code_arms = codes.iter().filter_map(|(id, target)| {
            let value = quote!(#m::ApiError::from_code(code));
            let body = self.construct((*target)?, value);
            Some(quote!(#m::ErrorCode::#id => #body,))
        });
        quote! {
            impl ::core::convert::From<#m::ErrorCode> for #name {
                fn from(code: #m::ErrorCode) -> Self {
                    match code {
                        #(#code_arms)*
                    }
                }
            }
        }
    }

    /// `From<ApiError>`: codes grouped by variant, the rest to the fallback.
    fn impl_from_api(&self, codes: &[(Ident, Option<usize>)], plan: &Plan<'_>) -> TokenStream {
        let (name, m) = (self.name, self.module);
        let api_arms = self.variants.iter().enumerate().filter_map(|(vi, _)| {
            let mine: Vec<&Ident> = codes
                .iter()
                .filter(|(_, target)| *target == Some(vi) && Some(vi) != plan.fallback())
                .map(|(id, _)| id)
                .collect();
            if mine.is_empty() {
                return None;
            }
            let body = self.construct(vi, quote!(error));
            Some(quote! {
                #(::core::option::Option::Some(#m::ErrorCode::#mine))|* => #body,
            })
        });
        let fallback = plan
            .fallback()
            .map(|f| self.construct(f, quote!(error)))
            .unwrap_or_else(|| quote!(::core::unreachable!()));
        let rest = self.status_match(plan, fallback);
        quote! {
            impl ::core::convert::From<#m::ApiError> for #name {
                fn from(error: #m::ApiError) -> Self {
                    match error.known_code() {
                        #(#api_arms)*
                        _ => #rest,
                    }
                }
            }
        }
    }

    /// What an error with no code mapped one by one becomes: the variant
    /// of its documented status, else `fallback`.
    fn status_match(&self, plan: &Plan<'_>, fallback: TokenStream) -> TokenStream {
        let m = self.module;
        let api = plan.api;
        let arms = self.variants.iter().enumerate().filter_map(|(vi, _)| {
            let mine: Vec<Ident> = api
                .statuses()
                .iter()
                .enumerate()
                .filter(|(p, _)| {
                    let target = match plan.statuses.assigned.get(p) {
                        Some(&v) => Some(v),
                        None if plan.statuses.scope.contains(p) => plan.other,
                        None => plan.fallback(),
                    };
                    target == Some(vi) && Some(vi) != plan.fallback()
                })
                .map(|(_, s)| quote::format_ident!("{}", s.ident))
                .collect();
            if mine.is_empty() {
                return None;
            }
            let body = self.construct(vi, quote!(error));
            Some(quote! {
                #(::core::option::Option::Some(#m::DocumentedStatus::#mine))|* => #body,
            })
        });
        let arms: Vec<TokenStream> = arms.collect();
        if arms.is_empty() {
            return fallback;
        }
        quote! {
            match #m::DocumentedStatus::of(&error) {
                #(#arms)*
                _ => #fallback,
            }
        }
    }

    /// `From` the endpoint's error enum, and from the runtime's `Error` of
    /// it when a variant takes transport failures.
    fn impl_from_endpoint(&self, e: &Endpoint, plan: &Plan<'_>) -> TokenStream {
        let (name, m, rt) = (self.name, self.module, self.runtime);
        let ty = quote::format_ident!("{}", e.names.error);
        let wrapped = plan.transport.map(|t| {
            let body = self.construct(t, quote!(other.into_generic()));
            quote! {
                impl ::core::convert::From<#rt::Error<#m::#ty>> for #name {
                    fn from(error: #rt::Error<#m::#ty>) -> Self {
                        match error {
                            #rt::Error::Api(api) => ::core::convert::From::from(api),
                            other => #body,
                        }
                    }
                }
            }
        });
        quote! {
            impl ::core::convert::From<#m::#ty> for #name {
                fn from(error: #m::#ty) -> Self {
                    ::core::convert::From::from(error.into_api_error())
                }
            }
            #wrapped
        }
    }
}

/// Each code of the spec: its `ErrorCode` variant, and where it goes: its
/// variant, the catch-all, or the variant for codes outside the scope.
fn targets(api: &Api, plan: &Plan<'_>) -> Vec<(Ident, Option<usize>)> {
    api.codes()
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let target = if let Some(&v) = plan.assigned.get(e.code.as_str()) {
                Some(v)
            } else if plan.scope.contains(&i) {
                plan.other
            } else {
                plan.fallback()
            };
            (quote::format_ident!("{}", e.ident), target)
        })
        .collect()
}
