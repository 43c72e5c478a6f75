//! `DocumentedStatus`: the statuses the docs document without an error code
//! (a row such as `| | 502 | Bad gateway |`), kept as what they are.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::doc;
use super::errors::reason;
use docspec_ir::Api;

fn enum_doc(api: &Api) -> String {
    let mut s = format!(
        "The statuses the docs of {} document without an error code.\n\n\
         A response with one of these statuses and no code the spec knows is that \
         documented status ([`DocumentedStatus::of`]); an endpoint that lists it has a \
         variant for it in its error enum.",
        super::api_phrase(&api.name)
    );
    if api.statuses().is_empty() {
        s.push_str("\n\nThe docs document none: the enum has no variants.");
        return s;
    }
    s.push_str("\n\n| Status | Category | Message |\n|---|---|---|\n");
    for d in api.statuses() {
        s.push_str(&format!(
            "| {} {} | {} | {} |\n",
            d.status.as_u16(),
            reason(d.status.as_u16()),
            doc::escape_cell(&api.category(d.category).title),
            doc::escape_cell(d.message.as_deref().unwrap_or("")),
        ));
    }
    s
}

pub(crate) fn expand(api: &Api, rt: &TokenStream) -> TokenStream {
    let doc = doc::attrs(&enum_doc(api));
    let idents: Vec<_> = api
        .statuses()
        .iter()
        .map(|d| format_ident!("{}", d.ident))
        .collect();
    let docs = api.statuses().iter().map(|d| {
        let status = d.status.as_u16();
        let message = d
            .message
            .as_ref()
            .map_or(String::new(), |m| format!("\n\n{}", doc::escape(m)));
        doc::attrs(&format!("`{status} {}`{message}", reason(status)))
    });
    let codes: Vec<Literal> = api
        .statuses()
        .iter()
        .map(|d| Literal::u16_unsuffixed(d.status.as_u16()))
        .collect();
    let messages = api.statuses().iter().map(|d| match &d.message {
        Some(m) => {
            let m = m.as_str();
            quote!(::core::option::Option::Some(#m))
        }
        None => quote!(::core::option::Option::None),
    });
    let categories: Vec<_> = api
        .statuses()
        .iter()
        .map(|d| {
            let id = format_ident!("{}", api.category(d.category).ident);
            quote!(Category::#id)
        })
        .collect();
    let lookups = lookups(&idents, &codes, rt);
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

            #lookups
        }
    }
}

/// `for_status` and `of`: from a response's status to its documented status.
fn lookups(idents: &[Ident], codes: &[Literal], rt: &TokenStream) -> TokenStream {
    quote! {
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
