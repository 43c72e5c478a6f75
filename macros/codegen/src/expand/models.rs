//! The `models` module: serde types for request bodies and response data.

use std::collections::HashSet;

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::doc;
use crate::Api;
use crate::model::{Field, Model, Spec, TypeRef};
use crate::resolve::{PageEnd, PagingStyle};

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

/// Whether the Rust field is an `Option`.
pub(crate) fn is_optional(f: &Field) -> bool {
    !f.required || f.nullable
}

/// The Rust name of field `index` of a model, resolved by validation.
fn field_ident(names: &[String], index: usize) -> Option<Ident> {
    names.get(index).map(|n| format_ident!("{}", n))
}

fn field_doc(f: &Field) -> String {
    let mut s = match &f.description {
        Some(d) => doc::escape(d),
        None => format!("`{}`.", f.name.value),
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

fn model_doc(spec: &Spec, m: &Model) -> String {
    let mut s = match &m.description {
        Some(d) => doc::escape(d),
        None => format!(
            "The `{}` object of {}.",
            m.name.value,
            super::api_phrase(&spec.name)
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

fn model(
    spec: &Spec,
    (m, names): (&Model, &[String]),
    bodies: &HashSet<&str>,
    rt: &TokenStream,
) -> TokenStream {
    let docs = doc::attrs(&model_doc(spec, m));
    if m.is_enum() {
        return super::enums::expand(m, docs, rt);
    }
    if let Some(union) = &m.union {
        return super::enums::union(m, union, docs, rt);
    }
    let name = format_ident!("{}", m.name.value);
    let idents: Vec<Ident> = names.iter().map(|n| format_ident!("{}", n)).collect();
    let serde_crate = format!("{rt}::__private::serde").replace(' ', "");
    let fields = m.fields.iter().zip(&idents).map(|(f, id)| {
        let wire = f.name.as_str();
        let ty = rust_type(&f.ty, rt);
        let docs = doc::attrs(&field_doc(f));
        if is_optional(f) {
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
    let constructor = bodies.contains(m.name.as_str()).then(|| {
        let required: Vec<(&Ident, TokenStream)> = m
            .fields
            .iter()
            .zip(&idents)
            .filter(|(f, _)| !is_optional(f))
            .map(|(f, id)| (id, rust_type(&f.ty, rt)))
            .collect();
        let args = required.iter().map(|(id, ty)| quote!(#id: #ty));
        let inits = m.fields.iter().zip(&idents).map(|(f, id)| {
            if is_optional(f) {
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
            #(#fields)*
        }
        #constructor
    }
}

/// `impl Page` for the response model of each paged endpoint.
fn page_impls(api: &Api, rt: &TokenStream) -> TokenStream {
    let spec: &Spec = api.spec();
    let mut seen: HashSet<&str> = HashSet::new();
    let impls = api.resolved_endpoints().filter_map(|e| {
        let paging = e.paging?;
        let data = spec.model(&e.endpoint.response)?;
        if !seen.insert(data.name.as_str()) {
            return None;
        }
        let items = data.fields.get(paging.items)?;
        let item_ty = rust_type(&paging.item, rt);
        let items_id = field_ident(api.model_field_names(&data.name), paging.items)?;
        let (take_items, count_items) = if is_optional(items) {
            (
                quote!(self.#items_id.unwrap_or_default()),
                quote!(self.#items_id.as_ref().map_or(0, |items| items.len())),
            )
        } else {
            (quote!(self.#items_id), quote!(self.#items_id.len()))
        };
        let next = next_position(api, &paging.style, rt, &count_items)?;
        let name = format_ident!("{}", data.name.value);
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
fn next_position(
    api: &Api,
    style: &PagingStyle,
    rt: &TokenStream,
    count_items: &TokenStream,
) -> Option<TokenStream> {
    let none = quote!(::core::option::Option::None);
    Some(match style {
        PagingStyle::Page {
            end: PageEnd::HasMore(path),
            ..
        } => {
            let more = read(api, path)?.flag();
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
            let total = read(api, path)?.copied();
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
            let total = read(api, total)?.copied();
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
            let cursor = read(api, next_cursor)?.borrowed();
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
    })
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

fn read(api: &Api, path: &[(String, usize)]) -> Option<Read> {
    let mut place = quote!(self);
    let mut optional = false;
    for (model, i) in path {
        let f = api.spec().model(model)?.fields.get(*i)?;
        let id = field_ident(api.model_field_names(model), *i)?;
        place = match (optional, is_optional(f)) {
            (false, false) => quote!(#place.#id),
            (false, true) => quote!(#place.#id.as_ref()),
            (true, false) => quote!(#place.map(|v| &v.#id)),
            (true, true) => quote!(#place.and_then(|v| v.#id.as_ref())),
        };
        optional |= is_optional(f);
    }
    Some(Read { place, optional })
}

pub(crate) fn expand(api: &Api, rt: &TokenStream) -> TokenStream {
    let spec: &Spec = api.spec();
    let query_enums = super::query::enums(api);
    if spec.models.is_empty() && query_enums.is_empty() {
        return TokenStream::new();
    }
    let bodies: HashSet<&str> = spec
        .endpoints
        .iter()
        .filter_map(|e| e.body.as_ref().map(|b| b.as_str()))
        .collect();
    let models = spec
        .models
        .iter()
        .enumerate()
        .map(|(i, m)| model(spec, (m, api.field_names(i)), &bodies, rt));
    let pages = page_impls(api, rt);
    let doc = format!(
        " Request bodies, response data and query parameter values of {}.",
        super::api_phrase(&spec.name)
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
