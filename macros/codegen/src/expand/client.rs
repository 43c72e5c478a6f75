//! The `Client` type, with one method per endpoint.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::doc;
use super::types::{path_idents, rust_ident};

use docspec_ir::Api;
use docspec_ir::ir::{Endpoint, KeyPlacement, PathParam};

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

pub(crate) fn expand(api: &Api, rt: &TokenStream) -> TokenStream {
    if api.endpoints.is_empty() {
        return TokenStream::new();
    }
    let methods = api.endpoints.iter().map(client_method);
    let requests = api
        .endpoints
        .iter()
        .map(|e| super::request::expand(api, e, rt));
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
    let config = builder_config(api, rt);
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
                #rt::ClientBuilder::new(#api_name, #builder_base) #config
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

/// The client builder's settings from the spec: where the key goes, the
/// key's prefix, and the documented rate limits.
fn builder_config(api: &Api, rt: &TokenStream) -> TokenStream {
    let auth = api.auth.as_ref().and_then(|a| {
        let scheme = match &a.placement {
            KeyPlacement::Bearer => return None,
            KeyPlacement::Basic => quote!(#rt::AuthScheme::Basic),
            KeyPlacement::Header(n) => quote!(#rt::AuthScheme::Header(#n)),
            KeyPlacement::Query(n) => quote!(#rt::AuthScheme::Query(#n)),
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
    quote!(#auth #key_prefix #quota)
}
