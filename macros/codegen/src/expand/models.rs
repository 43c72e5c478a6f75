//! The `models` module: serde types for request bodies and response data.

use std::collections::HashSet;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::doc;
use docspec_ir::Api;
use docspec_ir::ir::{Field, FieldStep, Model, ModelKind, PageEnd, PagingStyle, TypeRef};

/// The Rust type of a spec type, as seen from inside the `models` module.
pub(crate) fn rust_type(ty: &TypeRef, rt: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(::std::string::String),
        TypeRef::Integer => quote!(i64),
        TypeRef::Number => quote!(f64),
        TypeRef::Boolean => quote!(bool),
        TypeRef::Json => quote!(#rt::__private::serde_json::Value),
        TypeRef::Model(name) => {
            let id = format_ident!("{}", name);
            quote!(#id)
        }
        TypeRef::Array(inner) => {
            let inner = rust_type(inner, rt);
            quote!(::std::vec::Vec<#inner>)
        }
    }
}

/// A field's type: its model boxed where the model contains, through it,
/// the model the field is in.
fn field_type(f: &Field, rt: &TokenStream) -> TokenStream {
    let ty = rust_type(&f.ty, rt);
    if f.boxed {
        quote!(::std::boxed::Box<#ty>)
    } else {
        ty
    }
}

fn field_doc(f: &Field) -> String {
    let mut s = match &f.description {
        Some(d) => doc::escape(d),
        None => format!("`{}`.", f.name),
    };
    if f.required && !f.nullable {
        s.push_str(" Always present.");
    }
    if let Some(why) = &f.inferred {
        s.push_str(&format!(
            "\n\nInferred, not documented: {}",
            doc::escape(why)
        ));
    }
    s
}

fn model_doc(api: &Api, m: &Model) -> String {
    let mut s = match &m.description {
        Some(d) => doc::escape(d),
        None => format!(
            "The `{}` object of {}.",
            m.name,
            super::api_phrase(&api.name)
        ),
    };
    if let Some(why) = &m.inferred {
        s.push_str(&format!(
            "\n\nInferred, not documented: {}",
            doc::escape(why)
        ));
    }
    s
}

fn model(api: &Api, m: &Model, rt: &TokenStream) -> TokenStream {
    let docs = doc::attrs(&model_doc(api, m));
    let fields = match &m.kind {
        ModelKind::Enum(variants) => return super::enums::expand(&m.name, variants, docs, rt),
        ModelKind::Union { tag, variants } => {
            return super::enums::union(&m.name, tag, variants, docs, rt);
        }
        ModelKind::Object(fields) => fields,
    };
    let name = format_ident!("{}", m.name);
    let idents: Vec<Ident> = fields
        .iter()
        .map(|f| format_ident!("{}", f.ident))
        .collect();
    let serde_crate = format!("{rt}::__private::serde").replace(' ', "");
    let field_items = fields.iter().zip(&idents).map(|(f, id)| {
        let wire = f.name.as_str();
        let ty = field_type(f, rt);
        let docs = doc::attrs(&field_doc(f));
        if f.is_optional() {
            quote! {
                #docs
                #[serde(rename = #wire, default, skip_serializing_if = "::core::option::Option::is_none")]
                pub #id: ::core::option::Option<#ty>,
            }
        } else {
            quote! {
                #docs
                #[serde(rename = #wire)]
                pub #id: #ty,
            }
        }
    });
    let constructor = m.is_body.then(|| {
        let required: Vec<(&Ident, TokenStream)> = fields
            .iter()
            .zip(&idents)
            .filter(|(f, _)| !f.is_optional())
            .map(|(f, id)| (id, field_type(f, rt)))
            .collect();
        let args = required.iter().map(|(id, ty)| quote!(#id: #ty));
        let inits = fields.iter().zip(&idents).map(|(f, id)| {
            if f.is_optional() {
                quote!(#id: ::core::option::Option::None)
            } else {
                quote!(#id)
            }
        });
        quote! {
            impl #name {
                /// A body with the required fields set and the others left out.
                pub fn new(#(#args),*) -> Self {
                    Self { #(#inits),* }
                }
            }
        }
    });
    quote! {
        #docs
        #[derive(Clone, Debug, Default, PartialEq, #rt::__private::serde::Serialize, #rt::__private::serde::Deserialize)]
        #[serde(crate = #serde_crate)]
        pub struct #name {
            #(#field_items)*
        }
        #constructor
    }
}

/// `impl Page` for the response model of each paged endpoint.
fn page_impls(api: &Api, rt: &TokenStream) -> TokenStream {
    let mut seen: HashSet<&str> = HashSet::new();
    let impls = api.endpoints.iter().filter_map(|e| {
        let paging = e.paging.as_ref()?;
        // A paged endpoint's response is a model: the resolve pass says so.
        let TypeRef::Model(data) = &e.response else {
            return None;
        };
        if !seen.insert(data.as_str()) {
            return None;
        }
        let item_ty = rust_type(&paging.item, rt);
        let items_id = format_ident!("{}", paging.items.ident);
        let (take_items, count_items) = if paging.items.optional {
            (
                quote!(self.#items_id.unwrap_or_default()),
                quote!(self.#items_id.as_ref().map_or(0, |items| items.len())),
            )
        } else {
            (quote!(self.#items_id), quote!(self.#items_id.len()))
        };
        let next = next_position(&paging.style, rt, &count_items);
        let name = format_ident!("{}", data);
        Some(quote! {
            impl #rt::Page for #name {
                type Item = #item_ty;
                fn next(&self, at: &#rt::PagePosition) -> ::core::option::Option<#rt::PagePosition> {
                    #next
                }
                fn item_count(&self) -> usize {
                    #count_items
                }
                fn into_items(self) -> ::std::vec::Vec<Self::Item> {
                    #take_items
                }
            }
        })
    });
    quote!(#(#impls)*)
}

/// The body of `Page::next` for a paging style.
fn next_position(style: &PagingStyle, rt: &TokenStream, count_items: &TokenStream) -> TokenStream {
    let none = quote!(::core::option::Option::None);
    match style {
        PagingStyle::Page {
            end: PageEnd::HasMore(path),
            ..
        } => {
            let more = read(path).flag();
            quote! {
                match at {
                    #rt::PagePosition::Number(n) if #more => ::core::option::Option::Some(#rt::PagePosition::Number(n + 1)),
                    _ => #none,
                }
            }
        }
        PagingStyle::Page {
            end: PageEnd::TotalPages(path),
            ..
        } => {
            let total = read(path).copied();
            quote! {
                match (at, #total) {
                    (#rt::PagePosition::Number(n), ::core::option::Option::Some(total)) if *n < total => {
                        ::core::option::Option::Some(#rt::PagePosition::Number(n + 1))
                    }
                    _ => #none,
                }
            }
        }
        PagingStyle::Offset { total, .. } => {
            let total = read(total).copied();
            quote! {
                let count = i64::try_from(#count_items).unwrap_or(i64::MAX);
                match (at, #total) {
                    (#rt::PagePosition::Offset(offset), ::core::option::Option::Some(total))
                        if offset.saturating_add(count) < total =>
                    {
                        ::core::option::Option::Some(#rt::PagePosition::Offset(offset.saturating_add(count)))
                    }
                    _ => #none,
                }
            }
        }
        // The `Link` header says where the next page is, not the data.
        PagingStyle::Link => quote! {
            let _ = at;
            #none
        },
        PagingStyle::Cursor { next_cursor, .. } => {
            let cursor = read(next_cursor).borrowed();
            quote! {
                let _ = at;
                match #cursor {
                    ::core::option::Option::Some(c) if !c.is_empty() => {
                        ::core::option::Option::Some(#rt::PagePosition::Cursor(
                            ::core::option::Option::Some(::core::clone::Clone::clone(c)),
                        ))
                    }
                    _ => #none,
                }
            }
        }
    }
}

/// A read of the field at the end of a resolved path from `self`: a plain
/// field access while every field on the way is required, then an `Option`
/// chain.
struct Read {
    place: TokenStream,
    optional: bool,
}

impl Read {
    /// As a boolean, an absent one reading `false`.
    fn flag(self) -> TokenStream {
        let place = self.place;
        if self.optional {
            quote!(#place.copied().unwrap_or(false))
        } else {
            place
        }
    }

    /// As `Option<T>` of a `Copy` value.
    fn copied(self) -> TokenStream {
        let place = self.place;
        if self.optional {
            quote!(#place.copied())
        } else {
            quote!(::core::option::Option::Some(#place))
        }
    }

    /// As `Option<&T>`.
    fn borrowed(self) -> TokenStream {
        let place = self.place;
        if self.optional {
            place
        } else {
            quote!(::core::option::Option::Some(&#place))
        }
    }
}

fn read(path: &[FieldStep]) -> Read {
    let mut place = quote!(self);
    let mut optional = false;
    for step in path {
        let id = format_ident!("{}", step.ident);
        place = match (optional, step.optional) {
            (false, false) => quote!(#place.#id),
            (false, true) => quote!(#place.#id.as_ref()),
            (true, false) => quote!(#place.map(|v| &v.#id)),
            (true, true) => quote!(#place.and_then(|v| v.#id.as_ref())),
        };
        optional |= step.optional;
    }
    Read { place, optional }
}

pub(crate) fn expand(api: &Api, rt: &TokenStream) -> TokenStream {
    let query_enums = super::query::enums(api);
    if api.models.is_empty() && query_enums.is_empty() {
        return TokenStream::new();
    }
    let models = api.models.iter().map(|m| model(api, m, rt));
    let pages = page_impls(api, rt);
    let doc = format!(
        " Request bodies, response data and query parameter values of {}.",
        super::api_phrase(&api.name)
    );
    quote! {
        #[doc = #doc]
        pub mod models {
            #(#models)*
            #pages
            #query_enums
        }
    }
}
