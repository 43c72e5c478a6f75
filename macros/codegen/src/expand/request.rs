//! One request builder per endpoint: its query setters, its body, the
//! checks run before sending, and paging.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use super::types::{model_path, path_idents, response_type, rust_ident};
use super::{doc, models};

use docspec_ir::Api;
use docspec_ir::ir::{Endpoint, Paging, PagingStyle, ParamType, QueryParam, TypeRef};

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

fn param_type(ty: ParamType) -> TokenStream {
    match ty {
        ParamType::Integer => quote!(i64),
        ParamType::Boolean => quote!(bool),
        ParamType::String => quote!(::std::string::String),
    }
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

/// What a request's query parameters add: their checks, fields, setters
/// and how each is sent.
struct Query {
    /// The checks of set values against their limits.
    checks: TokenStream,
    /// The struct's fields.
    decls: Vec<TokenStream>,
    /// Their initial values.
    inits: Vec<TokenStream>,
    /// The setters.
    setters: Vec<TokenStream>,
    /// The statements that add each set value to the query.
    pushes: Vec<TokenStream>,
}

/// The query parameters of `e`.
fn query(e: &Endpoint, rt: &TokenStream) -> Query {
    let id = e.id.as_str();
    let fields: Vec<(Ident, TokenStream, &QueryParam)> = e
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
    Query {
        checks: fields
            .iter()
            .filter_map(|(field, _, q)| super::query::check(q, field, id, rt))
            .collect(),
        decls: fields
            .iter()
            .map(|(id, ty, _)| quote!(#id: ::core::option::Option<#ty>,))
            .collect(),
        inits: fields
            .iter()
            .map(|(id, _, _)| quote!(#id: ::core::option::Option::None,))
            .collect(),
        setters: fields.iter().map(|(id, ty, q)| setter(id, ty, q)).collect(),
        pushes: fields
            .iter()
            .map(|(id, _, q)| {
                let wire = q.name.as_str();
                quote!(#rt::__private::push_query(&mut query, #wire, &self.#id);)
            })
            .collect(),
    }
}

/// The setter of the query parameter `q`, stored in the field `id` of type
/// `ty`; a free-form string takes anything that converts into one.
fn setter(id: &Ident, ty: &TokenStream, q: &QueryParam) -> TokenStream {
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
}

/// What a request body adds: the field, its initialisation, the
/// constructor's parameter, and the body sent.
struct Body {
    decl: TokenStream,
    init: TokenStream,
    param: TokenStream,
    value: TokenStream,
}

/// The body of `e`, encoded as JSON with `err` as the endpoint's error.
fn body(e: &Endpoint, err: &Ident, rt: &TokenStream) -> Body {
    match &e.body {
        Some(b) => {
            let ty = model_path(b);
            Body {
                decl: quote!(body: #ty,),
                init: quote!(body,),
                param: quote!(body: #ty,),
                value: quote!(::core::option::Option::Some(#rt::__private::json_body::<_, super::#err>(&self.body)?)),
            }
        }
        None => Body {
            decl: quote!(),
            init: quote!(),
            param: quote!(),
            value: quote!(::core::option::Option::None),
        },
    }
}

/// `pages`, `send_page` and `items` of a paged endpoint, which sends
/// `data` pages and fails with `err`.
fn paging(
    e: &Endpoint,
    paging: &Paging,
    (data, err): (&TokenStream, &Ident),
    rt: &TokenStream,
) -> TokenStream {
    let id = e.id.as_str();
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
        _ => (quote!(::core::option::Option::None), quote!(link = value;)),
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
}

/// `build`: the arguments checked, then the path, query and body of the
/// request to send.
fn build(
    api: &Api,
    e: &Endpoint,
    query: &Query,
    body_value: &TokenStream,
    rt: &TokenStream,
) -> TokenStream {
    let (id, err) = (e.id.as_str(), rust_ident(&e.names.error));
    let http_method = format_ident!("{}", e.method.as_str());
    let idempotent = e.idempotent;
    let fmt = path_format(&e.path);
    let (segments, segment_checks) = path_segments(e, &path_idents(e), rt);
    let fixed = e.fixed_query.iter().map(|(name, value)| {
        quote!(query.push((::std::borrow::Cow::Borrowed(#name), ::std::string::String::from(#value)));)
    });
    let query_decl = if query.pushes.is_empty() && e.fixed_query.is_empty() {
        quote!(let query = ::std::vec::Vec::new();)
    } else {
        quote!(let mut query = ::std::vec::Vec::new();)
    };
    let data_path = api.success_data.iter().map(|s| Literal::string(s));
    let (checks, pushes) = (&query.checks, &query.pushes);
    quote! {
    /// The request to send: arguments checked, path and query built.
    fn build(&self) -> ::core::result::Result<#rt::__private::Request, #rt::Error<super::#err>> {
        #checks
        #segment_checks
        #query_decl
        #(#fixed)*
        #(#pushes)*
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
    }
}

/// The request builder of `e`.
pub(super) fn expand(api: &Api, e: &Endpoint, rt: &TokenStream) -> TokenStream {
    let req = rust_ident(&e.names.request);
    let err = rust_ident(&e.names.error);
    let data = response_type(&e.response, rt);
    let params = path_idents(e);

    let query = query(e, rt);
    let Body {
        decl: body_decl,
        init: body_init,
        param: body_param,
        value: body_value,
    } = body(e, &err, rt);

    let paging = e.paging.as_ref().map(|p| paging(e, p, (&data, &err), rt));

    let doc = format!(
        " A `{}` request, sent by `.send()` or by awaiting it.",
        e.id
    );
    let param_decls = params.iter().map(|p| quote!(#p: ::std::string::String,));
    let send_doc = doc::attrs(if params.is_empty() {
        "Sends the request and decodes the response's data."
    } else {
        "Sends the request and decodes the response's data. A path parameter that is \
         empty, `.`, `..` or outside the spec's limits is refused with \
         `Error::InvalidArgument` before anything is sent."
    });
    let build = build(api, e, &query, &body_value, rt);
    let Query {
        decls,
        inits,
        setters,
        ..
    } = query;

    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug)]
        #[must_use = "a request does nothing until it is sent or awaited"]
        pub struct #req {
            client: super::Client,
            #(#param_decls)*
            #(#decls)*
            #body_decl
            options: #rt::CallOptions,
        }

        impl #req {
            pub(super) fn new(client: super::Client, #(#params: ::std::string::String,)* #body_param) -> Self {
                Self { client, #(#params,)* #(#inits)* #body_init options: ::core::default::Default::default() }
            }

            #(#setters)*

            #send_doc
            pub async fn send(self) -> ::core::result::Result<#data, #rt::Error<super::#err>> {
                let request = self.build()?;
                #rt::__private::send(self.client.transport(), request, &self.options).await
            }

            #build

            #paging
        }

        #rt::__private::request_common!(#req, #data, super::#err);
    }
}
