//! `#[api(spec = "…")]` on a module.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{ItemMod, LitStr};

use crate::spec_path;

struct Args {
    /// The spec, or with `errors` the OpenAPI document.
    spec: LitStr,
    /// The errors page of an OpenAPI document.
    errors: Option<LitStr>,
    runtime: TokenStream,
}

fn parse_args(args: TokenStream) -> syn::Result<Args> {
    let mut spec = None;
    let mut openapi = None;
    let mut errors = None;
    let mut runtime = None;
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("spec") {
            spec = Some(meta.value()?.parse::<LitStr>()?);
            Ok(())
        } else if meta.path.is_ident("openapi") {
            openapi = Some(meta.value()?.parse::<LitStr>()?);
            Ok(())
        } else if meta.path.is_ident("errors") {
            errors = Some(meta.value()?.parse::<LitStr>()?);
            Ok(())
        } else if meta.path.is_ident("crate") {
            let lit = meta.value()?.parse::<LitStr>()?;
            runtime = Some(lit.parse::<syn::Path>()?.into_token_stream());
            Ok(())
        } else {
            Err(meta.error("unknown argument; expected `spec = \"path/to/spec.json\"`, `openapi = \"openapi.json\"` with `errors = \"errors.md\"`, or `crate = \"path::to::docspec\"`"))
        }
    });
    syn::parse::Parser::parse2(parser, args)?;
    let spec = match (spec, openapi, &errors) {
        (Some(spec), None, None) => spec,
        (None, Some(openapi), _) => openapi,
        (Some(spec), Some(_), _) => {
            return Err(syn::Error::new(
                spec.span(),
                "give `spec` or `openapi`, not both: a spec names its OpenAPI document with `endpoints_from`",
            ));
        }
        (Some(_) | None, None, Some(errors)) => {
            return Err(syn::Error::new(
                errors.span(),
                "`errors` goes with `openapi = \"openapi.json\"`; a spec names its page with `errors_from`",
            ));
        }
        (None, None, None) => {
            return Err(syn::Error::new(
                Span::call_site(),
                "missing `spec = \"path/to/spec.json\"` or `openapi = \"openapi.json\"` (with `errors = \"errors.md\"` when the API has an errors page; relative to Cargo.toml)",
            ));
        }
    };
    Ok(Args {
        spec,
        errors,
        runtime: runtime.unwrap_or_else(|| quote!(::docspec)),
    })
}

pub(crate) fn expand(args: TokenStream, input: TokenStream) -> syn::Result<TokenStream> {
    let args = parse_args(args)?;
    let mut module: ItemMod = syn::parse2(input)?;
    let module_ident = module.ident.clone();
    let Some((_, items)) = module.content.as_mut() else {
        return Err(syn::Error::new_spanned(
            &module,
            "put the attribute on an inline module: `mod name {}`",
        ));
    };
    let file = |lit: &LitStr| {
        let display = lit.value();
        docspec_codegen::InputFile::new(spec_path::locate(&display), display)
    };
    let input = docspec_codegen::Input::new(file(&args.spec), args.errors.as_ref().map(file));
    let options = docspec_codegen::ExpandOptions {
        runtime: args.runtime,
        ..Default::default()
    };
    let generated = match docspec_codegen::generate(&input, &options) {
        Ok(mut tokens) => {
            tokens.extend(docspec_codegen::derive::handoff_macro(
                &module_ident,
                &input,
                &options.runtime,
            ));
            tokens
        }
        Err(diags) => {
            let mut out = crate::report::to_syn_error(args.spec.span(), diags).into_compile_error();
            out.extend(docspec_codegen::fallback::stubs(
                &module_ident,
                &input,
                &options.runtime,
            ));
            // Fixing any of the input's files rebuilds.
            let files = std::iter::once(input.main()).chain(input.errors());
            for path in files.map(|f| &f.path).filter(|p| p.is_file()) {
                let p = path.to_string_lossy();
                out.extend(quote!(
                    const _: &[u8] = ::core::include_bytes!(#p);
                ));
            }
            out
        }
    };
    items.push(syn::Item::Verbatim(generated));
    Ok(module.into_token_stream())
}
