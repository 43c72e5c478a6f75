//! Sending one call: pacing, attempts, retries, and turning the final
//! response into data or an error.

use std::time::{Duration, Instant};

use bytes::{Bytes, BytesMut};
use http::header::{ACCEPT, CONTENT_TYPE, RETRY_AFTER, USER_AGENT};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use futures_util::future::Either;

use super::limits::Limits;
use super::{CallOptions, Transport};
use crate::api_error::ApiError;
use crate::endpoint::EndpointError;
use crate::error::{DecodeError, Error, TimeLimit, TimeoutError, TransportError, TransportStage};
use crate::quota::{Pacer, Refusal, StoreError, WhenStoreFails};
use crate::retry::{Attempt, Decision, Failure, parse_retry_after};

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
    pub query: Vec<(std::borrow::Cow<'static, str>, String)>,
    /// A JSON body.
    pub body: Option<Bytes>,
    /// Whether repeating the request has no further effect.
    pub idempotent: bool,
    /// Object keys leading to the payload of a success body.
    pub data: &'static [&'static str],
}

/// A decoded success response, and the URL its `Link` header gives for the
/// next page, if any.
pub(crate) struct Reply<T> {
    pub(crate) data: T,
    pub(crate) next_link: Option<String>,
}

/// What one attempt got back.
struct Exchange {
    /// The `Link` header's `rel="next"` URL.
    next_link: Option<String>,
    status: http::StatusCode,
    retry_after: Option<Duration>,
    body: Bytes,
}

fn failure<E: EndpointError>(error: &Error<E>) -> Failure {
    match error {
        Error::Api(e) => {
            let api = e.api_error();
            Failure {
                retryable: api.is_retryable(),
                unprocessed: api.is_unprocessed(),
                retry_after: api.retry_after(),
                status: Some(api.status()),
            }
        }
        Error::Transport(t) => Failure {
            retryable: t.stage() != TransportStage::Encode,
            unprocessed: t.is_connect(),
            ..Failure::default()
        },
        Error::Timeout(_) => Failure {
            retryable: true,
            ..Failure::default()
        },
        Error::Decode(d) => Failure {
            status: Some(d.status()),
            ..Failure::default()
        },
        Error::InvalidArgument(_) => Failure::default(),
    }
}

impl Transport {
    /// Sends `request` (retrying as the policy allows) and decodes the
    /// payload of a success response, or classifies the final error
    /// response with `E`.
    pub(crate) async fn send<T, E>(
        &self,
        request: Request,
        options: &CallOptions,
    ) -> Result<Reply<T>, Error<E>>
    where
        T: DeserializeOwned,
        E: EndpointError,
    {
        let span = tracing::info_span!(
            "api.call",
            api = self.inner.api,
            endpoint = request.endpoint,
            method = %request.method,
            attempts = tracing::field::Empty,
            status = tracing::field::Empty,
            code = tracing::field::Empty,
        );
        self.send_with_retries(&request, options)
            .instrument(span)
            .await
    }

    async fn send_with_retries<T, E>(
        &self,
        request: &Request,
        options: &CallOptions,
    ) -> Result<Reply<T>, Error<E>>
    where
        T: DeserializeOwned,
        E: EndpointError,
    {
        let inner = &*self.inner;
        let policy = options.retry.as_ref().unwrap_or(&inner.retry);
        let clock = &*inner.clock;
        let limits = Limits::new(inner, options, clock.now());
        let mut attempts = 0;
        loop {
            let result = match self.pace(request, &limits, attempts).await {
                // The quota store failed and the client fails calls then:
                // an attempt that sent nothing, which the policy retries
                // like a refused connection.
                Err(error @ Error::Transport(_)) => {
                    attempts += 1;
                    Err(error)
                }
                Err(error) => return Err(error),
                Ok(slot) => {
                    let budget = limits.attempt_budget(clock.now());
                    if matches!(budget, Some((left, TimeLimit::Deadline(_))) if left.is_zero()) {
                        return Err(Error::Timeout(
                            limits.deadline_error(request.endpoint, attempts),
                        ));
                    }
                    attempts += 1;
                    let result = self.timed_attempt::<T, E>(request, budget, attempts).await;
                    self.observe(&result, slot);
                    result
                }
            };
            let span = tracing::Span::current();
            span.record("attempts", attempts);
            let error = match result {
                Ok(value) => {
                    span.record("status", 200u16);
                    return Ok(value);
                }
                Err(error) => error,
            };
            let failure = failure(&error);
            if let Some(status) = failure.status {
                span.record("status", status.as_u16());
            }
            let code = error.api_error().and_then(|e| e.code_str());
            if let Some(code) = code {
                span.record("code", code);
            }
            if failure.status == Some(http::StatusCode::TOO_MANY_REQUESTS)
                && let Some(pacer) = &inner.pacer
            {
                // Over the limit despite pacing: hold every call through
                // this client for as long as the server asks, or for the
                // longest first backoff.
                let pause = policy.pause_after_429(failure.retry_after);
                tracing::debug!(pause_ms = pause.as_millis() as u64, "rate limited: pausing");
                if let Err(e) = pacer.rate_limited(pause, clock.now()).await {
                    tracing::warn!(error = %e, "the quota store did not take the pause");
                }
            }
            let decision = policy.decide(
                &failure,
                &Attempt {
                    retries_done: attempts - 1,
                    idempotent: request.idempotent,
                    remaining: limits.remaining(clock.now()),
                    jitter: inner.jitter.sample(),
                },
            );
            match decision {
                Decision::Stop(reason) => {
                    tracing::debug!(attempt = attempts, reason, error = %error, "giving up");
                    return Err(error);
                }
                Decision::Retry(delay) => {
                    tracing::debug!(
                        attempt = attempts,
                        status = failure.status.map(|s| s.as_u16()),
                        code,
                        delay_ms = delay.as_millis() as u64,
                        "retrying"
                    );
                    clock.sleep(delay).await;
                }
            }
        }
    }

    /// Records how long an answered request took from its slot (a timeout
    /// says nothing of when the server counted the request).
    fn observe<T, E: EndpointError>(&self, result: &Result<Reply<T>, Error<E>>, slot: Instant) {
        let answered = result
            .as_ref()
            .map_or_else(|e| e.status().is_some(), |_| true);
        if let (Some(pacer), true) = (&self.inner.pacer, answered) {
            pacer.observe(self.inner.clock.now().saturating_duration_since(slot));
        }
    }

    /// Waits for the rate limit, if the client is paced, and returns the
    /// slot's time as the client sees it: when it asked the store, plus the
    /// wait. A wait that would
    /// reach the deadline ends the call instead, and a store that cannot be
    /// used sends unpaced or fails the call, as configured.
    async fn pace<E>(
        &self,
        request: &Request,
        limits: &Limits,
        attempts: u32,
    ) -> Result<Instant, Error<E>> {
        let clock = &*self.inner.clock;
        let now = clock.now();
        let Some(pacer) = &self.inner.pacer else {
            return Ok(now);
        };
        let wait = match pacer.reserve(now, limits.remaining(now)).await {
            Ok(wait) => wait,
            Err(Refusal::WaitTooLong(_)) => {
                return Err(Error::Timeout(
                    limits.deadline_error(request.endpoint, attempts),
                ));
            }
            Err(Refusal::Store(e)) => return store_failed(pacer, request, e).map(|()| now),
        };
        if !wait.is_zero() {
            tracing::debug!(wait_ms = wait.as_millis() as u64, "pacing");
            clock.sleep(wait).await;
        }
        Ok(now + wait)
    }

    /// One attempt, stopped by the clock when its budget runs out.
    async fn timed_attempt<T, E>(
        &self,
        request: &Request,
        budget: Option<(Duration, TimeLimit)>,
        attempt: u32,
    ) -> Result<Reply<T>, Error<E>>
    where
        T: DeserializeOwned,
        E: EndpointError,
    {
        let work = std::pin::pin!(self.attempt::<T, E>(request, attempt));
        let Some((budget, limit)) = budget else {
            return work.await;
        };
        let clock = &*self.inner.clock;
        let Some(at) = clock.now().checked_add(budget) else {
            return work.await;
        };
        let timer = clock.sleep_until(at);
        match futures_util::future::select(work, timer).await {
            Either::Left((result, _)) => result,
            Either::Right(((), _)) => Err(Error::Timeout(TimeoutError::new(
                request.endpoint,
                limit,
                attempt,
            ))),
        }
    }

    /// One attempt: data, or the error this response or failure means.
    async fn attempt<T, E>(&self, request: &Request, attempt: u32) -> Result<Reply<T>, Error<E>>
    where
        T: DeserializeOwned,
        E: EndpointError,
    {
        let ex = self.exchange(request, attempt).await?;
        if ex.status.is_success() {
            let next_link = ex.next_link;
            crate::data::decode(&ex.body, request.data)
                .map(|data| Reply { data, next_link })
                .map_err(|e| {
                    Error::Decode(DecodeError::new(
                        request.endpoint,
                        ex.status,
                        ex.body,
                        e.to_string(),
                    ))
                })
        } else {
            let api = ApiError::decode(ex.status, ex.body).with_retry_after(ex.retry_after);
            Err(Error::Api(E::from_api_error(api)))
        }
    }

    /// One HTTP exchange: the status, `Retry-After`, and the (bounded) body.
    async fn exchange<E>(&self, request: &Request, attempt: u32) -> Result<Exchange, Error<E>> {
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
        builder = inner.credential.apply(builder);
        if let Some(body) = &request.body {
            builder = builder
                .header(CONTENT_TYPE, "application/json")
                .body(body.clone());
        }
        let endpoint = request.endpoint;
        let classify = |e: reqwest::Error, stage: TransportStage| -> Error<E> {
            if e.is_connect() {
                Error::Transport(TransportError::new(
                    endpoint,
                    TransportStage::Connect,
                    e.without_url(),
                ))
            } else if e.is_timeout() {
                Error::Timeout(TimeoutError::new(endpoint, TimeLimit::HttpClient, attempt))
            } else {
                Error::Transport(TransportError::new(endpoint, stage, e.without_url()))
            }
        };
        let mut response = builder
            .send()
            .await
            .map_err(|e| classify(e, TransportStage::Request))?;
        let status = response.status();
        let next_link = response
            .headers()
            .get_all(http::header::LINK)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(crate::pagination::next_link);
        let retry_after = response
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| parse_retry_after(v, inner.clock.system_now()));
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
                // An error body is only read for its code and message: keep
                // the start and drop the rest with the connection.
                break;
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Exchange {
            next_link,
            status,
            retry_after,
            body: body.freeze(),
        })
    }
}

/// A paced call whose store could not be used: sent unpaced with a
/// warning, or failed before anything is sent.
fn store_failed<E>(pacer: &Pacer, request: &Request, e: StoreError) -> Result<(), Error<E>> {
    match pacer.when_fails() {
        WhenStoreFails::FailCall => Err(Error::Transport(TransportError::new(
            request.endpoint,
            TransportStage::Quota,
            e,
        ))),
        _ => {
            tracing::warn!(error = %e, "the quota store could not be used: sending unpaced");
            Ok(())
        }
    }
}
