//! `ErrorCode`, `Category` and the `ApiError` alias.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use super::{Names, doc};

use docspec_ir::Api;
use docspec_ir::ir::{Code, Origin};

/// The reason phrase of a status, for docs.
pub(crate) fn reason(status: u16) -> &'static str {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("")
}

pub(crate) fn expand(api: &Api, names: &Names, rt: &TokenStream) -> TokenStream {
    let error_code = error_code(api, names, rt);
    let category = category(api, names, rt);
    let api_name = super::api_phrase(&api.name);
    let alias_doc =
        format!(" An error response of {api_name}, decoded: status, code, message and raw body.");
    quote! {
        #error_code
        #category
        #[doc = #alias_doc]
        pub type ApiError = #rt::ApiError<ErrorCode>;
    }
}

fn table_doc(api: &Api) -> String {
    let mut s = format!(
        "Every error code of {}.\n\n\
         The enum is exhaustive on purpose: a `match` without a wildcard arm stops \
         compiling when the spec gains a code, and the compiler names the new code.\n\n\
         | Code | Status | Category | Message |\n|---|---|---|---|\n",
        super::api_phrase(&api.name)
    );
    for e in api.codes() {
        s.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            e.code,
            e.status.as_u16(),
            doc::escape_cell(&api.category(e.category).title),
            doc::escape_cell(e.message.as_deref().unwrap_or(""))
        ));
    }
    s
}

fn variant_doc(api: &Api, e: &Code) -> String {
    let status = e.status.as_u16();
    let mut s = format!(
        "`{}` · {} {} · {}",
        e.code,
        status,
        reason(status),
        doc::escape(&api.category(e.category).title),
    );
    match e.message.as_deref() {
        Some(m) => s.push_str(&format!("\n\n{}", doc::escape(m))),
        None => s.push_str("\n\nThe docs give no message."),
    }
    if e.origin == Origin::EndpointPage {
        s.push_str("\n\nDocumented on an endpoint page, not in the error table.");
    }
    if let Some(url) = &e.docs_url {
        s.push_str(&format!("\n\nSee <{url}>."));
    }
    s
}

fn error_code(api: &Api, names: &Names, rt: &TokenStream) -> TokenStream {
    let enum_doc = doc::attrs(&table_doc(api));
    let idents = names.errors();
    let variant_docs = api.codes().iter().map(|e| doc::attrs(&variant_doc(api, e)));
    let tables = code_tables(api, idents, rt);
    let methods = code_methods(api, idents, rt);
    let traits = code_traits(api, rt);

    quote! {
        #enum_doc
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ErrorCode {
            #( #variant_docs #idents, )*
        }

        impl ErrorCode {
            #tables

            #methods
        }

        #traits
    }
}

/// `ErrorCode`'s per-code data, indexed by the variant's position.
fn code_tables(api: &Api, idents: &[Ident], rt: &TokenStream) -> TokenStream {
    let codes: Vec<&str> = api.codes().iter().map(|e| e.code.as_str()).collect();
    let statuses = api
        .codes()
        .iter()
        .map(|e| Literal::u16_unsuffixed(e.status.as_u16()));
    let messages = api.codes().iter().map(|e| match e.message.as_deref() {
        Some(m) => quote!(::core::option::Option::Some(#m)),
        None => quote!(::core::option::Option::None),
    });
    let cats = api
        .codes()
        .iter()
        .map(|e| Literal::usize_unsuffixed(e.category.index()));
    let flags = api
        .codes()
        .iter()
        .map(|e| Literal::u8_unsuffixed(u8::from(e.retryable) | (u8::from(e.unprocessed) << 1)));
    let count = Literal::usize_unsuffixed(api.codes().len());
    let table_size = Literal::usize_unsuffixed(hash_table_size(api.codes().len()));
    quote! {
            /// Every code, in documentation order.
            pub const ALL: &'static [ErrorCode] = &[#(Self::#idents),*];

            /// How many codes the spec defines.
            pub const COUNT: usize = #count;

            // Per-code data, indexed by the variant's position.
            const CODES: [&'static str; #count] = [#(#codes),*];
            const STATUSES: [u16; #count] = [#(#statuses),*];
            const MESSAGES: [::core::option::Option<&'static str>; #count] = [#(#messages),*];
            /// Each code's category, as a position in `Category::ALL`.
            const CATEGORIES: [u32; #count] = [#(#cats),*];
            /// Open-addressing hash table of the codes, built at compile
            /// time by the runtime's one lookup implementation.
            const BY_HASH: [u32; #table_size] = #rt::__private::code_table(&Self::CODES);
            /// Bit 1: retryable; bit 2: unprocessed.
            const FLAGS: [u8; #count] = [#(#flags),*];
    }
}

/// `ErrorCode`'s methods, reading the tables.
fn code_methods(api: &Api, idents: &[Ident], rt: &TokenStream) -> TokenStream {
    let status_arms = status_arms(api, idents);
    quote! {
            /// The code as the API sends it in error bodies.
            pub const fn as_str(self) -> &'static str {
                Self::CODES[self as usize]
            }

            /// The HTTP status this code comes with, as a number.
            pub const fn status_u16(self) -> u16 {
                Self::STATUSES[self as usize]
            }

            /// The HTTP status this code comes with.
            pub const fn status(self) -> #rt::__private::http::StatusCode {
                #rt::__private::status(self.status_u16())
            }

            /// The documented default message; `None` when the docs give none.
            pub const fn message(self) -> ::core::option::Option<&'static str> {
                Self::MESSAGES[self as usize]
            }

            /// The documentation section this code belongs to.
            pub const fn category(self) -> Category {
                Category::ALL[Self::CATEGORIES[self as usize] as usize]
            }

            /// Whether a request that failed with this code may succeed if retried
            /// (429 and 5xx unless the spec says otherwise).
            pub const fn is_retryable(self) -> bool {
                Self::FLAGS[self as usize] & 1 != 0
            }

            /// Whether this code shows the request had no effect, so that even a
            /// non-idempotent request may be retried (429 unless the spec says
            /// otherwise).
            pub const fn is_unprocessed(self) -> bool {
                Self::FLAGS[self as usize] & 2 != 0
            }

            /// The code for a string sent by the API, if the spec knows it.
            pub fn from_code(code: &str) -> ::core::option::Option<Self> {
                match #rt::__private::find_code(&Self::CODES, &Self::BY_HASH, code) {
                    ::core::option::Option::Some(i) => ::core::option::Option::Some(Self::ALL[i]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }

            /// The codes documented with this HTTP status (empty if none).
            pub fn for_status(status: #rt::__private::http::StatusCode) -> &'static [ErrorCode] {
                match status.as_u16() {
                    #(#status_arms)*
                    _ => &[],
                }
            }
    }
}

/// `for_status`'s arms: each documented status with its codes, in status
/// order.
fn status_arms(api: &Api, idents: &[Ident]) -> Vec<TokenStream> {
    let mut by_status: Vec<(u16, Vec<&Ident>)> = Vec::new();
    for (e, id) in api.codes().iter().zip(idents) {
        let s = e.status.as_u16();
        match by_status.iter_mut().find(|(st, _)| *st == s) {
            Some((_, v)) => v.push(id),
            None => by_status.push((s, vec![id])),
        }
    }
    by_status.sort_by_key(|(s, _)| *s);
    by_status
        .iter()
        .map(|(s, ids)| {
            let s = Literal::u16_unsuffixed(*s);
            quote!(#s => &[#(Self::#ids),*],)
        })
        .collect()
}

/// `ErrorCode`'s trait impls: text, serde, and the runtime's
/// `DocumentedCode`.
fn code_traits(api: &Api, rt: &TokenStream) -> TokenStream {
    let code_segments = &api.error_body.code;
    let message_segments = &api.error_body.message;
    quote! {
        impl ::core::fmt::Display for ErrorCode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for ErrorCode {
            type Err = #rt::ParseCodeError;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Self::from_code(s).ok_or_else(|| #rt::ParseCodeError::new(s))
            }
        }

        impl #rt::__private::serde::Serialize for ErrorCode {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: #rt::__private::serde::Serializer,
            {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> #rt::__private::serde::Deserialize<'de> for ErrorCode {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: #rt::__private::serde::Deserializer<'de>,
            {
                #rt::__private::deserialize_code(deserializer)
            }
        }

        impl #rt::__private::Sealed for ErrorCode {}

        impl #rt::DocumentedCode for ErrorCode {
            const ALL: &'static [Self] = Self::ALL;
            const ERROR_BODY: #rt::__private::ErrorBodyLayout = #rt::__private::ErrorBodyLayout {
                code: &[#(#code_segments),*],
                message: &[#(#message_segments),*],
            };
            fn as_str(self) -> &'static str { ErrorCode::as_str(self) }
            fn from_code(code: &str) -> ::core::option::Option<Self> { ErrorCode::from_code(code) }
            fn status(self) -> #rt::__private::http::StatusCode { ErrorCode::status(self) }
            fn message(self) -> ::core::option::Option<&'static str> { ErrorCode::message(self) }
            fn is_retryable(self) -> bool { ErrorCode::is_retryable(self) }
            fn is_unprocessed(self) -> bool { ErrorCode::is_unprocessed(self) }
            fn category_id(self) -> &'static str { self.category().id() }
        }
    }
}

fn category(api: &Api, names: &Names, rt: &TokenStream) -> TokenStream {
    // Each category's codes, as variants, in spec order.
    let mut by_category: Vec<Vec<&Ident>> = vec![Vec::new(); api.categories().len()];
    for (e, id) in api.codes().iter().zip(names.errors()) {
        by_category[e.category.index()].push(id);
    }
    let idents = names.categories();
    let ids: Vec<&str> = api.categories().iter().map(|c| c.id.as_str()).collect();
    let titles: Vec<&str> = api.categories().iter().map(|c| c.title.as_str()).collect();
    let descriptions = api.categories().iter().map(|c| match &c.description {
        Some(d) => quote!(::core::option::Option::Some(#d)),
        None => quote!(::core::option::Option::None),
    });
    let docs = api
        .categories()
        .iter()
        .zip(&by_category)
        .map(|(c, members)| doc::attrs(&category_doc(c, members)));
    let members = by_category
        .iter()
        .map(|codes| quote!(&[#(ErrorCode::#codes),*]));
    let traits = category_traits(rt);
    let enum_doc = format!(
        " The sections of {}'s error documentation.",
        super::api_phrase(&api.name)
    );
    quote! {
        #[doc = #enum_doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Category {
            #( #docs #idents, )*
        }

        impl Category {
            /// Every category, in documentation order.
            pub const ALL: &'static [Category] = &[#(Self::#idents),*];

            /// The category's stable identifier.
            pub const fn id(self) -> &'static str {
                match self { #(Self::#idents => #ids,)* }
            }

            /// The section heading.
            pub const fn title(self) -> &'static str {
                match self { #(Self::#idents => #titles,)* }
            }

            /// The section's introduction, if the docs have one.
            pub const fn description(self) -> ::core::option::Option<&'static str> {
                match self { #(Self::#idents => #descriptions,)* }
            }

            /// The codes in this section, in documentation order.
            pub const fn codes(self) -> &'static [ErrorCode] {
                match self { #(Self::#idents => #members,)* }
            }

            /// The category with this identifier.
            pub fn from_id(id: &str) -> ::core::option::Option<Self> {
                match id {
                    #(#ids => ::core::option::Option::Some(Self::#idents),)*
                    _ => ::core::option::Option::None,
                }
            }
        }

        #traits
    }
}

/// A category variant's docs: its title, id, introduction and codes.
fn category_doc(c: &docspec_ir::ir::Category, members: &[&Ident]) -> String {
    let mut s = format!("{} (`{}`)", doc::escape(&c.title), c.id);
    if let Some(d) = &c.description {
        s.push_str("\n\n");
        s.push_str(&doc::escape(d));
    }
    let codes: Vec<String> = members
        .iter()
        .map(|id| format!("[`{id}`](ErrorCode::{id})"))
        .collect();
    if !codes.is_empty() {
        s.push_str("\n\nCodes: ");
        s.push_str(&codes.join(", "));
        s.push('.');
    }
    s
}

/// `Category`'s trait impls: text and serde.
fn category_traits(rt: &TokenStream) -> TokenStream {
    quote! {
        impl ::core::fmt::Display for Category {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.id())
            }
        }

        impl #rt::__private::serde::Serialize for Category {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: #rt::__private::serde::Serializer,
            {
                serializer.serialize_str(self.id())
            }
        }
    }
}

/// The size of the code lookup table (see the runtime's
/// `__private::code_table`): a power of two at least twice the number of
/// codes, so probes stay short.
fn hash_table_size(codes: usize) -> usize {
    (codes * 2).next_power_of_two().max(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_room_for_every_code() {
        assert_eq!(hash_table_size(0), 2);
        assert_eq!(hash_table_size(1), 2);
        assert_eq!(hash_table_size(5), 16);
        assert_eq!(hash_table_size(30), 64);
    }
}
