//! `DocumentedStatus`: the statuses the docs document without an error code
//! (a row such as `| | 502 | Bad gateway |`), kept as what they are.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use super::doc;
use super::errors::reason;
use crate::Api;
use crate::model::Spec;

fn enum_doc(api: &Api) -> String {
    let spec: &Spec = api.spec();
    let mut s = format!(
        "The statuses the docs of {} document without an error code.\n\n\
         A response with one of these statuses and no code the spec knows is that \
         documented status ([`DocumentedStatus::of`]); an endpoint that lists it has a \
         variant for it in its error enum.",
        super::api_phrase(&spec.name)
    );
    if spec.statuses.is_empty() {
        s.push_str("\n\nThe docs document none: the enum has no variants.");
        return s;
    }
    s.push_str("\n\n| Status | Category | Message |\n|---|---|---|\n");
    for (d, r) in api.statuses() {
        let category = spec
            .categories
            .get(r.category)
            .map_or("", |c| c.title.as_str());
        s.push_str(&format!(
            "| {} {} | {} | {} |\n",
            r.status.as_u16(),
            reason(r.status.as_u16()),
            doc::escape_cell(category),
            doc::escape_cell(d.message.as_ref().map_or("", |m| m.value.as_str())),
        ));
    }
    s
}

pub(crate) fn expand(api: &Api, rt: &TokenStream) -> TokenStream {
    let doc = doc::attrs(&enum_doc(api));
    let idents: Vec<_> = api
        .statuses()
        .map(|(_, r)| format_ident!("{}", r.ident))
        .collect();
    let docs = api.statuses().map(|(d, r)| {
        let status = r.status.as_u16();
        let message = d
            .message
            .as_ref()
            .map_or(String::new(), |m| format!("\n\n{}", doc::escape(m)));
        doc::attrs(&format!("`{status} {}`{message}", reason(status)))
    });
    let codes: Vec<Literal> = api
        .statuses()
        .map(|(_, r)| Literal::u16_unsuffixed(r.status.as_u16()))
        .collect();
    let messages = api.statuses().map(|(d, _)| match &d.message {
        Some(m) => {
            let m = m.value.as_str();
            quote!(::core::option::Option::Some(#m))
        }
        None => quote!(::core::option::Option::None),
    });
    let categories: Vec<_> = api
        .statuses()
        .map(|(_, r)| {
            let id = api
                .category_idents()
                .get(r.category)
                .map(|c| format_ident!("{}", c));
            quote!(Category::#id)
        })
        .collect();
    quote! {
        #doc
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum DocumentedStatus {
            #( #docs #idents, )*
        }

        impl DocumentedStatus {
            /// Every documented status, in documentation order.
            pub const ALL: &'static [Self] = &[#(Self::#idents),*];

            /// The HTTP status.
            pub const fn status(self) -> #rt::__private::http::StatusCode {
                match self {
                    #(Self::#idents => #rt::__private::status(#codes),)*
                }
            }

            /// What the docs say of it; `None` when they say nothing.
            pub const fn message(self) -> ::core::option::Option<&'static str> {
                match self {
                    #(Self::#idents => #messages,)*
                }
            }

            /// The documentation section it belongs to.
            pub const fn category(self) -> Category {
                match self {
                    #(Self::#idents => #categories,)*
                }
            }

            /// The documented status for an HTTP status, if the docs document it.
            pub fn for_status(
                status: #rt::__private::http::StatusCode,
            ) -> ::core::option::Option<Self> {
                match status.as_u16() {
                    #(#codes => ::core::option::Option::Some(Self::#idents),)*
                    _ => ::core::option::Option::None,
                }
            }

            /// The documented status an error response is: its status, when it
            /// carried no code the spec knows.
            pub fn of(error: &ApiError) -> ::core::option::Option<Self> {
                match error.known_code() {
                    ::core::option::Option::Some(_) => ::core::option::Option::None,
                    ::core::option::Option::None => Self::for_status(error.status()),
                }
            }
        }
    }
}
