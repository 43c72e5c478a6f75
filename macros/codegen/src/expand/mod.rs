//! A validated [`Api`] → Rust items.
//!
//! Generated code names everything by absolute path (`::core::…`, and the
//! runtime crate through [`ExpandOptions::runtime`]) so it compiles the same
//! wherever it is expanded.

mod client;
mod doc;
mod endpoint_errors;
mod enums;
mod errors;
mod models;
mod query;
mod request;
mod statuses;
mod types;

pub(crate) use errors::reason;

use std::path::PathBuf;

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use docspec_ir::Api;
use docspec_ir::ir::CodeId;

/// How to generate code for a spec.
#[derive(Clone, Debug)]
pub struct ExpandOptions {
    /// The path of the runtime crate in generated code; `::docspec` by default.
    pub runtime: TokenStream,
    /// Absolute paths of the spec's files. The output includes their bytes so
    /// that cargo rebuilds the crate whenever one of them changes.
    pub track_files: Vec<PathBuf>,
    /// The loader's warnings, emitted as compiler warnings.
    pub warnings: Vec<String>,
}

impl Default for ExpandOptions {
    fn default() -> Self {
        ExpandOptions {
            runtime: quote!(::docspec),
            track_files: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

/// The validated spec's resolved names, as identifiers, by position.
pub(crate) struct Names {
    errors: Vec<Ident>,
    categories: Vec<Ident>,
}

impl Names {
    fn new(api: &Api) -> Self {
        Names {
            errors: api
                .codes()
                .iter()
                .map(|c| quote::format_ident!("{}", c.ident))
                .collect(),
            categories: api
                .categories()
                .iter()
                .map(|c| quote::format_ident!("{}", c.ident))
                .collect(),
        }
    }

    /// The `ErrorCode` variants, in spec order.
    pub(crate) fn errors(&self) -> &[Ident] {
        &self.errors
    }

    /// The `ErrorCode` variant of `code`.
    pub(crate) fn error(&self, code: CodeId) -> &Ident {
        &self.errors[code.index()]
    }

    /// The `Category` variants, in spec order.
    pub(crate) fn categories(&self) -> &[Ident] {
        &self.categories
    }
}

/// "the Acme API", or "the API" for a spec without a name.
pub(crate) fn api_phrase(name: &str) -> String {
    if name.ends_with("API") {
        format!("the {name}")
    } else {
        format!("the {name} API")
    }
}

/// Generates the items for a validated spec.
pub fn expand(api: &Api, options: &ExpandOptions) -> TokenStream {
    let rt = &options.runtime;
    let names = Names::new(api);
    let track = options.track_files.iter().map(|p| {
        let p = p.to_string_lossy();
        quote! {
            const _: &[u8] = ::core::include_bytes!(#p);
        }
    });
    let errors = errors::expand(api, &names, rt);
    let statuses = statuses::expand(api, rt);
    let endpoint_errors = endpoint_errors::expand(api, &names, rt);
    let models = models::expand(api, rt);
    let client = client::expand(api, rt);
    let warnings = warnings(&options.warnings);
    quote! {
        #(#track)*
        #warnings
        #errors
        #statuses
        #endpoint_errors
        #models
        #client
    }
}

/// The spec's warnings as compiler warnings: stable Rust has no way for a
/// macro to warn, so each is the deprecation note of an item the generated
/// code then uses.
fn warnings(warnings: &[String]) -> TokenStream {
    warnings
        .iter()
        .map(|w| {
            let note = format!("docspec: {w}");
            quote! {
                const _: () = {
                    #[deprecated(note = #note)]
                    struct SpecWarning;
                    let _ = SpecWarning;
                };
            }
        })
        .collect()
}

/// Pretty-prints generated items as a Rust source file.
pub fn pretty(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}
