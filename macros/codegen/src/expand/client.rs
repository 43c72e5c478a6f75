//! The `Client` type and one request builder per endpoint.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::{doc, models};

use crate::Api;
use crate::ir::{AuthScheme, Endpoint, PagingStyle, ParamType, PathParam, QueryParam, TypeRef};

/// An identifier resolved by validation.
fn rust_ident(name: &str) -> Ident {
    format_ident!("{}", name)
}

/// The method arguments of the path parameters, in the order of the path.
fn path_idents(e: &Endpoint) -> Vec<Ident> {
    e.path_params.iter().map(|p| rust_ident(&p.ident)).collect()
}

/// `/a/{x}/b` → `/a/{}/b`, a `format!` string taking the parameters in order.
fn path_format(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_param = false;
    for c in path.chars() {
        match (c, in_param) {
            ('{', false) => {
                in_param = true;
                out.push_str("{}");
            }
            ('}', true) => in_param = false,
            (_, true) => {}
            (c, false) => out.push(c),
        }
    }
    out
}

fn model_path(name: &str) -> TokenStream {
    let id = format_ident!("{}", name);
    quote!(super::models::#id)
}

/// The Rust type of an endpoint's response (or a page's item): a model, or a
/// type expression (`[Link]`, `json`) of models and primitives.
fn response_type(ty: &TypeRef, rt: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::Model(name) => model_path(name),
        TypeRef::Array(inner) => {
            let inner = response_type(inner, rt);
            quote!(::std::vec::Vec<#inner>)
        }
        other => models::rust_type(other, rt),
    }
}

fn param_type(ty: ParamType) -> TokenStream {
    match ty {
        ParamType::Integer => quote!(i64),
        ParamType::Boolean => quote!(bool),
        ParamType::String => quote!(::std::string::String),
    }
}

/// The text of the method's docs: summary, the HTTP line, errors.
fn method_doc(e: &Endpoint) -> String {
    let mut s = match &e.summary {
        Some(summary) => doc::escape(summary),
        None => format!("`{}`.", e.id),
    };
    s.push_str(&format!("\n\n`{} {}`", e.method, doc::escape(&e.path)));
    if let Some(d) = &e.description {
        s.push_str(&format!("\n\n{}", doc::escape(d)));
    }
    let params: Vec<String> = e
        .path_params
        .iter()
        .filter_map(|p| path_param_doc(p).map(|d| format!("- `{}`: {d}", p.name)))
        .collect();
    if !params.is_empty() {
        s.push_str("\n\n");
        s.push_str(&params.join("\n"));
    }
    s.push_str(&format!("\n\nErrors: [`{}`].", e.names.error));
    if let Some(why) = &e.inferred {
        s.push_str(&format!(
            "\n\nInferred, not documented: {}",
            doc::escape(why)
        ));
    }
    if let Some(url) = &e.docs_url {
        s.push_str(&format!("\n\nSee <{url}>."));
    }
    s
}

/// A path parameter's description and length limits, if the spec gives any.
fn path_param_doc(p: &PathParam) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(d) = &p.description {
        parts.push(doc::escape(d));
    }
    let (min, max) = (p.min_length, p.max_length);
    let chars = |n: usize| match n {
        1 => "1 character".to_owned(),
        n => format!("{n} characters"),
    };
    match (min.filter(|&m| m > 1), max) {
        (Some(min), Some(max)) => parts.push(format!("{min} to {}.", chars(max))),
        (Some(min), None) => parts.push(format!("At least {}.", chars(min))),
        (None, Some(max)) => parts.push(format!("At most {}.", chars(max))),
        (None, None) => {}
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// The checks and encoding of each path parameter, into locals
/// `path_0`, `path_1`, … that the path is formatted from: a value that is
/// empty, `.`, `..` or outside the spec's limits returns the call's
/// `InvalidArgument` error before anything is sent.
fn path_segments(e: &Endpoint, params: &[Ident], rt: &TokenStream) -> (Vec<Ident>, TokenStream) {
    let id = e.id.as_str();
    let locals: Vec<Ident> = (0..params.len())
        .map(|i| format_ident!("path_{}", i))
        .collect();
    let checks = e
        .path_params
        .iter()
        .zip(params)
        .zip(&locals)
        .map(|((p, field), local)| {
            let name = p.name.as_str();
            let min = Literal::usize_unsuffixed(p.min_length.unwrap_or(0));
            let max = match p.max_length {
                Some(m) => {
                    let m = Literal::usize_unsuffixed(m);
                    quote!(::core::option::Option::Some(#m))
                }
                None => quote!(::core::option::Option::None),
            };
            quote! {
                let #local = #rt::__private::PathParam {
                    name: #name,
                    min_length: #min,
                    max_length: #max,
                }
                .encode(#id, &self.#field)?;
            }
        })
        .collect();
    (locals, checks)
}

fn client_method(e: &Endpoint) -> TokenStream {
    let method = rust_ident(&e.names.method);
    let req = rust_ident(&e.names.request);
    let params = path_idents(e);
    let body = e.body.as_ref().map(|b| {
        let ty = format_ident!("{}", b);
        quote!(body: models::#ty,)
    });
    let body_arg = e.body.as_ref().map(|_| quote!(body,));
    let docs = doc::attrs(&method_doc(e));
    quote! {
        #docs
        pub fn #method(&self, #(#params: impl ::core::convert::Into<::std::string::String>,)* #body) -> requests::#req {
            requests::#req::new(::core::clone::Clone::clone(self), #(::core::convert::Into::into(#params),)* #body_arg)
        }
    }
}

fn request(api: &Api, e: &Endpoint, rt: &TokenStream) -> TokenStream {
    let req = rust_ident(&e.names.request);
    let err = rust_ident(&e.names.error);
    let data = response_type(&e.response, rt);
    let params = path_idents(e);
    let id = e.id.as_str();
    let http_method = format_ident!("{}", e.method.as_str());
    let idempotent = e.idempotent;

    let fmt = path_format(&e.path);

    let query_fields: Vec<(Ident, TokenStream, &QueryParam)> = e
        .query
        .iter()
        .map(|q| {
            let ty = match &q.values {
                Some(en) => {
                    let en = rust_ident(&en.name);
                    quote!(super::models::#en)
                }
                None => param_type(q.ty),
            };
            (rust_ident(&q.ident), ty, q)
        })
        .collect();
    let query_checks: TokenStream = query_fields
        .iter()
        .filter_map(|(field, _, q)| super::query::check(q, field, id, rt))
        .collect();
    let q_decls = query_fields
        .iter()
        .map(|(id, ty, _)| quote!(#id: ::core::option::Option<#ty>,));
    let q_inits = query_fields
        .iter()
        .map(|(id, _, _)| quote!(#id: ::core::option::Option::None,));
    let q_setters = query_fields.iter().map(|(id, ty, q)| {
        let docs = doc::attrs(&super::query::setter_doc(q));
        let (arg, value) = match q.ty {
            ParamType::String if q.values.is_none() => (
                quote!(value: impl ::core::convert::Into<::std::string::String>),
                quote!(::core::convert::Into::into(value)),
            ),
            _ => (quote!(value: #ty), quote!(value)),
        };
        quote! {
            #docs
            pub fn #id(mut self, #arg) -> Self {
                self.#id = ::core::option::Option::Some(#value);
                self
            }
        }
    });
    let q_push = query_fields.iter().map(|(id, _, q)| {
        let wire = q.name.as_str();
        quote!(#rt::__private::push_query(&mut query, #wire, &self.#id);)
    });
    let (body_decl, body_init, body_param, body_value) = match &e.body {
        Some(b) => {
            let ty = model_path(b);
            (
                quote!(body: #ty,),
                quote!(body,),
                quote!(body: #ty,),
                quote!(::core::option::Option::Some(#rt::__private::json_body::<_, super::#err>(&self.body)?)),
            )
        }
        None => (
            quote!(),
            quote!(),
            quote!(),
            quote!(::core::option::Option::None),
        ),
    };
    let data_path = &api.success_data;

    let paging = e.paging.as_ref().map(|paging| {
        let (position, field) = match &paging.style {
            PagingStyle::Page { page_param, .. } => (quote!(Number), Some(page_param)),
            PagingStyle::Offset { offset_param, .. } => (quote!(Offset), Some(offset_param)),
            PagingStyle::Cursor { cursor_param, .. } => (quote!(Cursor), Some(cursor_param)),
            PagingStyle::Link => (quote!(Link), None),
        };
        let field = field.map(|q| rust_ident(&q.ident));
        let (first, step) = match (&paging.style, field) {
            (PagingStyle::Page { .. }, Some(field)) => (
                quote!(self.#field.unwrap_or(1)),
                quote!(next.#field = ::core::option::Option::Some(value);),
            ),
            (PagingStyle::Offset { .. }, Some(field)) => (
                quote!(self.#field.unwrap_or(0)),
                quote!(next.#field = ::core::option::Option::Some(value);),
            ),
            (PagingStyle::Cursor { .. }, Some(field)) => (
                quote!(::core::clone::Clone::clone(&self.#field)),
                quote!(next.#field = value;),
            ),
            _ => (
                quote!(::core::option::Option::None),
                quote!(link = value;),
            ),
        };
        let item_ty = match &paging.item {
            TypeRef::Model(m) => model_path(m),
            other => models::rust_type(other, rt),
        };
        quote! {
            /// Every page from the current one (the first by default) until the
            /// last, fetched one after another as the stream is polled. The
            /// stream also ends when the server sends back a page already
            /// fetched, and fails after `MAX_PAGES` pages.
            pub fn pages(self) -> #rt::BoxStream<#data, super::#err> {
                let first = #rt::PagePosition::#position(#first);
                #rt::__private::paginate(#id, first, move |at| {
                    let mut next = ::core::clone::Clone::clone(&self);
                    #[allow(unused_mut)]
                    let mut link: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                    if let #rt::PagePosition::#position(value) = at {
                        #step
                    }
                    next.send_page(link)
                })
            }

            /// Sends the request for one page, at `link` (a `Link` header's
            /// next URL) when given: the page and the next `Link`, if any.
            async fn send_page(
                self,
                link: ::core::option::Option<::std::string::String>,
            ) -> ::core::result::Result<(#data, ::core::option::Option<::std::string::String>), #rt::Error<super::#err>> {
                let mut request = self.build()?;
                if let ::core::option::Option::Some(url) = link {
                    #rt::__private::follow_link(self.client.transport(), &mut request, &url)?;
                }
                #rt::__private::send_paged(self.client.transport(), request, &self.options).await
            }

            /// Every item of every page, in order; see [`pages`](Self::pages).
            pub fn items(self) -> #rt::BoxStream<#item_ty, super::#err> {
                #rt::__private::flatten_pages(self.pages())
            }
        }
    });

    let doc = format!(
        " A `{}` request, sent by `.send()` or by awaiting it.",
        e.id
    );
    let param_decls = params.iter().map(|p| quote!(#p: ::std::string::String,));
    let (segments, segment_checks) = path_segments(e, &params, rt);
    let send_doc = doc::attrs(if params.is_empty() {
        "Sends the request and decodes the response's data."
    } else {
        "Sends the request and decodes the response's data. A path parameter that is \
         empty, `.`, `..` or outside the spec's limits is refused with \
         `Error::InvalidArgument` before anything is sent."
    });
    let query_decl = if query_fields.is_empty() {
        quote!(let query = ::std::vec::Vec::new();)
    } else {
        quote!(let mut query = ::std::vec::Vec::new();)
    };
    let data_path = data_path.iter().map(|s| Literal::string(s));

    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug)]
        #[must_use = "a request does nothing until it is sent or awaited"]
        pub struct #req {
            client: super::Client,
            #(#param_decls)*
            #(#q_decls)*
            #body_decl
            options: #rt::CallOptions,
        }

        impl #req {
            pub(super) fn new(client: super::Client, #(#params: ::std::string::String,)* #body_param) -> Self {
                Self { client, #(#params,)* #(#q_inits)* #body_init options: ::core::default::Default::default() }
            }

            #(#q_setters)*

            #send_doc
            pub async fn send(self) -> ::core::result::Result<#data, #rt::Error<super::#err>> {
                let request = self.build()?;
                #rt::__private::send(self.client.transport(), request, &self.options).await
            }

            /// The request to send: arguments checked, path and query built.
            fn build(&self) -> ::core::result::Result<#rt::__private::Request, #rt::Error<super::#err>> {
                #query_checks
                #segment_checks
                #query_decl
                #(#q_push)*
                ::core::result::Result::Ok(#rt::__private::Request {
                    endpoint: #id,
                    method: #rt::__private::http::Method::#http_method,
                    path: ::std::format!(#fmt, #(#segments),*),
                    query,
                    body: #body_value,
                    idempotent: #idempotent,
                    data: &[#(#data_path),*],
                })
            }

            #paging
        }

        #rt::__private::request_common!(#req, #data, super::#err);
    }
}

pub(crate) fn expand(api: &Api, rt: &TokenStream) -> TokenStream {
    if api.endpoints.is_empty() {
        return TokenStream::new();
    }
    let methods = api.endpoints.iter().map(client_method);
    let requests = api.endpoints.iter().map(|e| request(api, e, rt));
    let (base_const, builder_base) = match &api.base_url {
        Some(url) => (
            quote! {
                /// The base URL the spec gives.
                pub const DEFAULT_BASE_URL: &'static str = #url;
            },
            quote!(::core::option::Option::Some(Self::DEFAULT_BASE_URL)),
        ),
        None => (quote!(), quote!(::core::option::Option::None)),
    };
    let api_name = &api.name;
    let auth = api.auth.as_ref().and_then(|a| {
        let name = a.name.as_deref();
        let scheme = match (a.scheme, name) {
            (AuthScheme::Bearer, _) => return None,
            (AuthScheme::Basic, _) => quote!(#rt::AuthScheme::Basic),
            (AuthScheme::Header, Some(n)) => quote!(#rt::AuthScheme::Header(#n)),
            (AuthScheme::Query, Some(n)) => quote!(#rt::AuthScheme::Query(#n)),
            // Checking requires the name.
            (AuthScheme::Header | AuthScheme::Query, None) => return None,
        };
        Some(quote!(.auth_scheme(#scheme)))
    });
    let key_prefix = api
        .api_key_prefix
        .as_ref()
        .map(|p| quote!(.expected_key_prefix(#p)));
    let quota = (!api.rate_limits.is_empty()).then(|| {
        let limits = api
            .rate_limits
            .iter()
            .map(|(n, per)| quote!(.limit(#n, ::core::time::Duration::from_secs(#per))));
        quote!(.quota(#rt::Pacing::new() #(#limits)*))
    });
    let client_doc = doc::attrs(&format!(
        "A client for {}: one method per endpoint.\n\n\
         Cheap to clone; clones share the connection pool and settings.",
        super::api_phrase(&api.name)
    ));
    let requests_doc = format!(
        " One request builder per endpoint of {}.",
        super::api_phrase(&api.name)
    );
    quote! {
        #client_doc
        #[derive(Clone, Debug)]
        pub struct Client {
            transport: #rt::Transport,
        }

        impl Client {
            #base_const

            /// Starts configuring a client.
            pub fn builder() -> #rt::ClientBuilder<Client> {
                #rt::ClientBuilder::new(#api_name, #builder_base) #auth #key_prefix #quota
            }

            /// The connection and settings this client sends through.
            pub fn transport(&self) -> &#rt::Transport {
                &self.transport
            }

            #(#methods)*
        }

        impl #rt::__private::FromTransport for Client {
            fn from_transport(transport: #rt::Transport) -> Self {
                Client { transport }
            }
        }

        #[doc = #requests_doc]
        pub mod requests {
            #(#requests)*
        }
    }
}
