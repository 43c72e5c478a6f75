//! One error enum per endpoint: exactly the codes it can return, plus
//! `Unknown` for anything else, each variant carrying the decoded error.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::errors::reason;
use super::{Names, doc};
use docspec_ir::Api;
use docspec_ir::ir::Endpoint;

/// One endpoint's enum.
fn expand_one(api: &Api, names: &Names, e: &Endpoint, rt: &TokenStream) -> TokenStream {
    let name = format_ident!("{}", e.names.error);
    let idents: Vec<&Ident> = e.codes.iter().map(|c| names.error(c.code)).collect();
    let docs = e.codes.iter().map(|listed| {
        let c = api.code(listed.code);
        let wording = listed.message.as_deref().or(c.message.as_deref());
        let status = c.status.as_u16();
        let wording = wording.map_or(String::new(), |w| format!("\n\n{}", doc::escape(w)));
        doc::attrs(&format!(
            "`{}` · {} {}{wording}",
            c.code,
            status,
            reason(status),
        ))
    });
    let enum_doc = doc::attrs(&format!(
        "The errors of `{}` (`{} {}`).\n\n\
         One variant per code the endpoint can return, and per documented status \
         without a code it lists, each holding the decoded [`ApiError`]; `Unknown` \
         holds any other error response.",
        e.id,
        e.method,
        doc::escape(&e.path)
    ));
    let statuses: Vec<_> = e.statuses.iter().map(|&id| api.status(id)).collect();
    let status_idents: Vec<Ident> = statuses
        .iter()
        .map(|d| format_ident!("{}", d.ident))
        .collect();
    let status_docs = statuses.iter().map(|d| {
        let s = d.status.as_u16();
        doc::attrs(&format!(
            "`{s} {}` with no code the spec knows: [`DocumentedStatus::{}`].",
            reason(s),
            d.ident
        ))
    });
    quote! {
        #enum_doc
        #[derive(Clone, Debug, PartialEq)]
        pub enum #name {
            #( #docs #idents(ApiError), )*
            #( #status_docs #status_idents(ApiError), )*
            /// Any other error response: a code this endpoint is not documented to
            /// return, a code newer than the spec, or a body without a code.
            Unknown(ApiError),
        }

        #rt::__private::endpoint_error!(
            #name, ApiError, ErrorCode, [#(#idents),*], DocumentedStatus, [#(#status_idents),*]
        );
    }
}

pub(crate) fn expand(api: &Api, names: &Names, rt: &TokenStream) -> TokenStream {
    let enums = api.endpoints.iter().map(|e| expand_one(api, names, e, rt));
    quote!(#(#enums)*)
}
