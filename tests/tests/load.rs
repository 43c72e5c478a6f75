//! 5,000 calls at concurrency 64 against the mock on loopback, which fails
//! 10 % of requests at random with the documented 429 and 5xx errors. Every
//! call must end in data or a typed API error; no create is lost or made
//! twice; retries stay within the policy.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use userplane::api::{CreateLinkError, GetLinkError};
use userplane::models::CreateLinkBody;
use userplane::{Client, Error, ErrorCode, RetryPolicy};
use userplane_mock::WORKSPACE;

const CALLS: usize = 5_000;
const CONCURRENCY: usize = 64;
const MAX_RETRIES: u32 = 3;

enum Outcome {
    Created,
    Fetched,
    Failed(&'static str, ErrorCode),
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_thousand_calls_with_ten_percent_failures() {
    let mock = userplane_mock::builder()
        .random_failures(0.10, 0x5eed)
        .start()
        .await
        .unwrap();
    let client = Client::builder()
        .base_url(mock.base_url())
        .api_key(mock.api_key())
        .retry_policy(
            RetryPolicy::new()
                .max_retries(MAX_RETRIES)
                .base_delay(Duration::from_millis(1))
                .max_delay(Duration::from_millis(4)),
        )
        .build()
        .unwrap();
    let seeded_links = client.list_links(WORKSPACE).await.unwrap().pagination.total;

    let started = Instant::now();
    let outcomes: Vec<Outcome> = futures_util::stream::iter(0..CALLS)
        .map(|i| {
            let client = client.clone();
            async move {
                if i % 3 == 0 {
                    match client
                        .create_link(WORKSPACE, CreateLinkBody::new("dom_acme".into()))
                        .await
                    {
                        Ok(_) => Outcome::Created,
                        Err(Error::Api(
                            e @ (CreateLinkError::LinkCreateFailed(_)
                            | CreateLinkError::RateLimited(_)
                            | CreateLinkError::ServiceUnavailable(_)),
                        )) => Outcome::Failed("create_link", e.code().unwrap()),
                        Err(other) => panic!("create {i}: {other:?}"),
                    }
                } else {
                    match client.get_link(WORKSPACE, "lnk_0001").await {
                        Ok(_) => Outcome::Fetched,
                        Err(Error::Api(
                            e
                            @ (GetLinkError::RateLimited(_) | GetLinkError::ServiceUnavailable(_)),
                        )) => Outcome::Failed("get_link", e.code().unwrap()),
                        Err(other) => panic!("get {i}: {other:?}"),
                    }
                }
            }
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    let elapsed = started.elapsed();

    assert_eq!(outcomes.len(), CALLS, "no call lost");
    let created = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Created))
        .count();
    let fetched = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Fetched))
        .count();
    let mut failed: HashMap<(&str, ErrorCode), usize> = HashMap::new();
    for o in &outcomes {
        if let Outcome::Failed(endpoint, code) = o {
            *failed.entry((*endpoint, *code)).or_default() += 1;
        }
    }

    let requests = mock.requests();
    let of = |endpoint: &'static str| {
        requests
            .iter()
            .filter(move |r| r.endpoint.as_deref() == Some(endpoint))
    };
    let injected = |endpoint: &'static str, code: &str| {
        of(endpoint)
            .filter(|r| r.injected.as_deref() == Some(code))
            .count()
    };
    let creates = CALLS.div_ceil(3);
    let gets = CALLS - creates;

    // Every create the client saw succeed exists once on the server, and
    // nothing else was created: none lost, none duplicated.
    let total_links = client
        .list_links(WORKSPACE)
        .per_page(1)
        .await
        .unwrap()
        .pagination
        .total;
    assert_eq!(total_links - seeded_links, created as i64);
    let processed_creates = of("create_link").filter(|r| r.injected.is_none()).count();
    assert_eq!(processed_creates, created);

    // A 500 on a POST ends the call after one request: the client saw
    // exactly as many LINK_CREATE_FAILED as the server injected.
    let create_failed = injected("create_link", "LINK_CREATE_FAILED");
    assert!(create_failed > 0);
    assert_eq!(
        failed
            .get(&("create_link", ErrorCode::LinkCreateFailed))
            .copied()
            .unwrap_or(0),
        create_failed
    );

    // Retries stay within the policy.
    let create_requests = of("create_link").count();
    let get_requests = of("get_link").count();
    assert!(create_requests <= creates * (1 + MAX_RETRIES as usize));
    assert!(get_requests <= gets * (1 + MAX_RETRIES as usize));
    assert_eq!(
        fetched
            + failed
                .iter()
                .filter(|((e, _), _)| *e == "get_link")
                .map(|(_, n)| n)
                .sum::<usize>(),
        gets
    );
    let injected_total = requests.iter().filter(|r| r.injected.is_some()).count();
    let retries = create_requests + get_requests - CALLS;
    let rate = injected_total as f64 / (create_requests + get_requests) as f64;
    assert!((0.08..0.12).contains(&rate), "injected {rate:.3}");

    eprintln!(
        "load: {CALLS} calls at concurrency {CONCURRENCY} in {:.2} s ({:.0} calls/s); \
         {} requests ({retries} retries), {injected_total} injected failures ({:.1} %); \
         {created} created, {fetched} fetched, failed: {failed:?}",
        elapsed.as_secs_f64(),
        CALLS as f64 / elapsed.as_secs_f64(),
        create_requests + get_requests,
        rate * 100.0,
    );
}
