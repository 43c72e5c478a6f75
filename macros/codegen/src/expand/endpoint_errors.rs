//! One error enum per endpoint: exactly the codes it can return, plus
//! `Unknown` for anything else, each variant carrying the decoded error.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::errors::reason;
use super::{Names, doc};
use crate::model::{Endpoint, Spec};

/// `DeleteLinkError` for `delete_link`.
pub(crate) fn error_type(e: &Endpoint) -> Ident {
    let base = crate::ident::type_name(&e.id).unwrap_or_else(|_| "Endpoint".to_owned());
    format_ident!("{}Error", base)
}

fn expand_one(spec: &Spec, names: &Names, e: &Endpoint, rt: &TokenStream) -> TokenStream {
    let name = error_type(e);
    let codes = spec.endpoint_codes(e);
    let idents: Vec<&Ident> = codes.iter().map(|c| names.error(&c.code)).collect();
    let docs = codes.iter().map(|c| {
        let wording = e
            .errors
            .iter()
            .find(|r| r.code.value == c.code.value)
            .and_then(|r| r.message.as_deref())
            .unwrap_or(&c.message);
        let status = c.status_u16();
        doc::attrs(&format!(
            "`{}` · {} {}\n\n{}",
            c.code.value,
            status,
            reason(status),
            doc::escape(wording)
        ))
    });
    let enum_doc = doc::attrs(&format!(
        "The errors of `{}` (`{} {}`).\n\n\
         One variant per code the endpoint can return, each holding the decoded \
         [`ApiError`]; `Unknown` holds any other error response.",
        e.id.value,
        e.method.value,
        doc::escape(&e.path)
    ));
    quote! {
        #enum_doc
        #[derive(Clone, Debug, PartialEq)]
        pub enum #name {
            #( #docs #idents(ApiError), )*
            /// Any other error response: a code this endpoint is not documented to
            /// return, a code newer than the spec, or a body without a code.
            Unknown(ApiError),
        }

        #rt::__private::endpoint_error!(#name, ApiError, ErrorCode, [#(#idents),*]);
    }
}

pub(crate) fn expand(spec: &Spec, names: &Names, rt: &TokenStream) -> TokenStream {
    let enums = spec
        .endpoints
        .iter()
        .map(|e| expand_one(spec, names, e, rt));
    quote!(#(#enums)*)
}
