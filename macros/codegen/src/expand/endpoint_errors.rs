//! One error enum per endpoint: exactly the codes it can return, plus
//! `Unknown` for anything else, each variant carrying the decoded error.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::errors::reason;
use super::{Names, doc};
use crate::Api;
use crate::resolve::ResolvedEndpoint;

/// One endpoint's enum: `positions` are its codes in the spec's errors.
fn expand_one(api: &Api, names: &Names, e: &ResolvedEndpoint<'_>, rt: &TokenStream) -> TokenStream {
    let name = format_ident!("{}", e.names.error);
    let (method, positions) = (e.method, e.error_set);
    let idents: Vec<&Ident> = names.errors_at(positions).collect();
    let docs = positions
        .iter()
        .filter_map(|&i| api.resolved_error(i))
        .map(|(c, r)| {
            let wording = e
                .errors
                .iter()
                .find(|w| w.code.value == c.code.value)
                .and_then(|w| w.message.as_deref())
                .or(c.message_text());
            let status = r.status.as_u16();
            let wording = wording.map_or(String::new(), |w| format!("\n\n{}", doc::escape(w)));
            doc::attrs(&format!(
                "`{}` · {} {}{wording}",
                c.code.value,
                status,
                reason(status),
            ))
        });
    let enum_doc = doc::attrs(&format!(
        "The errors of `{}` (`{} {}`).\n\n\
         One variant per code the endpoint can return, and per documented status \
         without a code it lists, each holding the decoded [`ApiError`]; `Unknown` \
         holds any other error response.",
        e.id.value,
        method,
        doc::escape(&e.path)
    ));
    let statuses: Vec<_> = e
        .status_set
        .iter()
        .filter_map(|&i| api.statuses().nth(i))
        .collect();
    let status_idents: Vec<Ident> = statuses
        .iter()
        .map(|(_, r)| format_ident!("{}", r.ident))
        .collect();
    let status_docs = statuses.iter().map(|(_, r)| {
        let s = r.status.as_u16();
        doc::attrs(&format!(
            "`{s} {}` with no code the spec knows: [`DocumentedStatus::{}`].",
            reason(s),
            r.ident
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
    let enums = api
        .resolved_endpoints()
        .map(|e| expand_one(api, names, &e, rt));
    quote!(#(#enums)*)
}
