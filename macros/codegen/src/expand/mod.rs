//! Validated [`Spec`] → Rust items.
//!
//! Generated code names everything by absolute path (`::core::…`, and the
//! runtime crate through [`ExpandOptions::runtime`]) so it compiles the same
//! wherever it is expanded.

mod client;
mod doc;
mod endpoint_errors;
mod errors;
mod models;

pub(crate) use endpoint_errors::error_type as endpoint_error_type;
pub(crate) use errors::{ident_or, reason};

use std::collections::HashMap;
use std::path::PathBuf;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::model::Spec;

/// How to generate code for a spec.
#[derive(Clone, Debug)]
pub struct ExpandOptions {
    /// The path of the runtime crate in generated code; `::userplane` by default.
    pub runtime: TokenStream,
    /// Absolute paths of the spec's files. The output includes their bytes so
    /// that cargo rebuilds the crate whenever one of them changes.
    pub track_files: Vec<PathBuf>,
}

impl Default for ExpandOptions {
    fn default() -> Self {
        ExpandOptions {
            runtime: quote!(::userplane),
            track_files: Vec::new(),
        }
    }
}

/// Rust identifiers of a validated spec's names, computed once.
pub(crate) struct Names {
    errors: HashMap<String, Ident>,
    categories: HashMap<String, Ident>,
    fallback: Ident,
}

impl Names {
    fn new(spec: &Spec) -> Self {
        let errors = spec
            .errors
            .iter()
            .enumerate()
            .map(|(i, e)| (e.code.value.clone(), errors::ident_or(e.ident(), i, "Code")))
            .collect();
        let categories = spec
            .categories
            .iter()
            .enumerate()
            .map(|(i, c)| {
                (
                    c.id.value.clone(),
                    errors::ident_or(c.ident(), i, "Category"),
                )
            })
            .collect();
        Names {
            errors,
            categories,
            fallback: quote::format_ident!("Unnamed"),
        }
    }

    /// The `ErrorCode` variant of a code.
    pub(crate) fn error(&self, code: &str) -> &Ident {
        self.errors.get(code).unwrap_or(&self.fallback)
    }

    /// The `Category` variant of a category id.
    pub(crate) fn category(&self, id: &str) -> &Ident {
        self.categories.get(id).unwrap_or(&self.fallback)
    }
}

/// "the Userplane API", or "the API" for a spec without a name.
pub(crate) fn api_phrase(name: &str) -> String {
    if name.ends_with("API") {
        format!("the {name}")
    } else {
        format!("the {name} API")
    }
}

/// Generates the items for a validated spec.
pub fn expand(api: &crate::Api, options: &ExpandOptions) -> TokenStream {
    let spec: &Spec = api;
    let rt = &options.runtime;
    let names = Names::new(spec);
    let track = options.track_files.iter().map(|p| {
        let p = p.to_string_lossy();
        quote! {
            const _: &[u8] = ::core::include_bytes!(#p);
        }
    });
    let errors = errors::expand(spec, &names, rt);
    let endpoint_errors = endpoint_errors::expand(spec, &names, rt);
    let models = models::expand(spec, rt);
    let client = client::expand(spec, rt);
    quote! {
        #(#track)*
        #errors
        #endpoint_errors
        #models
        #client
    }
}

/// Pretty-prints generated items as a Rust source file.
pub fn pretty(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}
