//! Sending one request and turning the response into data or an error.

use std::time::Duration;

use bytes::{Bytes, BytesMut};
use http::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use serde::de::DeserializeOwned;

use super::{CallOptions, Transport};
use crate::api_error::ApiError;
use crate::endpoint::EndpointError;
use crate::error::{DecodeError, Error, TimeoutError, TransportError, TransportStage};

/// One request, as generated code describes it.
#[derive(Clone, Debug)]
pub struct Request {
    /// The endpoint's id, for errors and traces.
    pub endpoint: &'static str,
    /// The HTTP method.
    pub method: http::Method,
    /// The path below the base URL, parameters already encoded.
    pub path: String,
    /// Query parameters that are set.
    pub query: Vec<(&'static str, String)>,
    /// A JSON body.
    pub body: Option<Bytes>,
    /// Whether repeating the request has no further effect.
    pub idempotent: bool,
    /// Object keys leading to the payload of a success body.
    pub data: &'static [&'static str],
}

impl Transport {
    /// Sends `request` and decodes the payload of a success response, or
    /// classifies an error response with `E`.
    pub async fn send<T, E>(&self, request: Request, options: &CallOptions) -> Result<T, Error<E>>
    where
        T: DeserializeOwned,
        E: EndpointError,
    {
        let timeout = options.timeout.or(self.inner.timeout);
        let (status, body) = self.exchange(&request, timeout).await?;
        if status.is_success() {
            crate::data::decode(&body, request.data).map_err(|e| {
                Error::Decode(DecodeError::new(
                    request.endpoint,
                    status,
                    body,
                    e.to_string(),
                ))
            })
        } else {
            Err(Error::Api(E::from_api_error(ApiError::decode(
                status, body,
            ))))
        }
    }

    /// One HTTP exchange: the status and the (bounded) body.
    async fn exchange<E>(
        &self,
        request: &Request,
        timeout: Option<Duration>,
    ) -> Result<(http::StatusCode, Bytes), Error<E>> {
        let inner = &self.inner;
        let url = format!("{}{}", inner.base_url, request.path);
        let mut builder = inner
            .http
            .request(request.method.clone(), url)
            .header(ACCEPT, "application/json")
            .header(USER_AGENT, inner.user_agent.clone());
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        if let Some(key) = &inner.api_key {
            // Checked when the client was built.
            if let Ok(value) = key.bearer() {
                builder = builder.header(AUTHORIZATION, value);
            }
        }
        if let Some(body) = &request.body {
            builder = builder
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        if let Some(t) = timeout {
            builder = builder.timeout(t);
        }
        let endpoint = request.endpoint;
        let classify = |e: reqwest::Error, stage: TransportStage| -> Error<E> {
            if e.is_timeout() {
                Error::Timeout(TimeoutError::new(endpoint, timeout))
            } else if e.is_connect() {
                Error::Transport(TransportError::new(
                    endpoint,
                    TransportStage::Connect,
                    e.without_url(),
                ))
            } else {
                Error::Transport(TransportError::new(endpoint, stage, e.without_url()))
            }
        };
        let mut response = builder
            .send()
            .await
            .map_err(|e| classify(e, TransportStage::Request))?;
        let status = response.status();
        let limit = if status.is_success() {
            inner.limits.success
        } else {
            inner.limits.error
        };
        let mut body = BytesMut::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| classify(e, TransportStage::Body))?
        {
            let room = limit.saturating_sub(body.len());
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                if status.is_success() {
                    return Err(Error::Decode(DecodeError::new(
                        endpoint,
                        status,
                        body.freeze(),
                        format!("the body is larger than the {limit}-byte limit"),
                    )));
                }
                // An error body is only ever read for its code and message:
                // keep the start, drop the connection.
                break;
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, body.freeze()))
    }
}
