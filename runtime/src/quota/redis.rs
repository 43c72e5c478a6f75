//! A quota kept in Redis and shared by every process that names the same API
//! and account.

use std::time::{Duration, Instant};

use futures_util::future::BoxFuture;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use super::{QuotaStore, Refusal, Reservation, StoreError};

/// A [`QuotaStore`] in Redis (feature `redis`): every client given a
/// `RedisQuota` with the same Redis, API and account shares one count.
///
/// - **One round trip per call.** One Lua script, run atomically, decides
///   every window (per minute and per day alike) on the Redis server's
///   clock, so the workers' clocks do not matter. It answers how long to
///   wait; the worker sleeps that long (no polling).
/// - **The same rule as in one process**: a sliding log per limit, each
///   slot held for its window plus the margin (see the
///   [`Pacing`](crate::Pacing) docs).
/// - **429s pause everyone.** A 429's `Retry-After` is written to Redis,
///   and every worker's next reservation waits it out.
/// - **Keys** are `{prefix}:{api}:{account}:…` with the prefix `docspec:quota`
///   by default, wrapped in a hash tag so a Redis cluster keeps one quota on
///   one node. Name the account that owns the quota (a user or team id),
///   never the API key. Keys expire once their slots have left the window.
/// - **Timeouts.** Each store call gives up after 250 ms by default
///   ([`timeout`](Self::timeout)), and so does each connection attempt;
///   the client then does what
///   [`WhenStoreFails`](crate::WhenStoreFails) says. The connection is
///   re-established in the background after Redis restarts.
///
/// ```no_run
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use docspec::{Pacing, RedisQuota};
/// let store = RedisQuota::new("redis://127.0.0.1:6379", "team-42")?;
/// # let _ = (store, Pacing::new());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct RedisQuota {
    client: redis::Client,
    connection: ConnectionManager,
    prefix: String,
    account: String,
    timeout: Duration,
    reserve: redis::Script,
    pause: redis::Script,
}

impl std::fmt::Debug for RedisQuota {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedisQuota")
            .field("prefix", &self.prefix)
            .field("account", &self.account)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}

impl RedisQuota {
    /// A store in the Redis at `url` (`redis://host:port/db`) for the quota
    /// of `account`. Nothing is connected yet: the first call connects, so a
    /// Redis that is down at start is handled like one that goes away later.
    /// Must be called inside a Tokio runtime.
    pub fn new(url: &str, account: impl Into<String>) -> Result<Self, StoreError> {
        let client = redis::Client::open(url)
            .map_err(|e| StoreError::new("not a Redis URL", Some(Box::new(e))))?;
        let timeout = Duration::from_millis(250);
        let connection = connect(&client, timeout)?;
        Ok(RedisQuota {
            client,
            connection,
            prefix: "docspec:quota".to_owned(),
            account: account.into(),
            timeout,
            reserve: redis::Script::new(include_str!("reserve.lua")),
            pause: redis::Script::new(include_str!("pause.lua")),
        })
    }

    /// Starts every key with `prefix` instead of `docspec:quota`.
    #[must_use]
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Gives up on a store call, and on each connection attempt, after
    /// `timeout` (default 250 ms).
    pub fn timeout(mut self, timeout: Duration) -> Result<Self, StoreError> {
        self.connection = connect(&self.client, timeout)?;
        self.timeout = timeout;
        Ok(self)
    }

    /// The key of one part of the quota of `api`.
    fn key(&self, api: &str, part: &str) -> String {
        format!("{}:{{{}:{}}}:{part}", self.prefix, api, self.account)
    }

    /// Runs a script invocation with the store's timeout.
    async fn run<T: redis::FromRedisValue>(
        &self,
        invocation: redis::ScriptInvocation<'_>,
    ) -> Result<T, StoreError> {
        let mut connection = self.connection.clone();
        match tokio::time::timeout(self.timeout, invocation.invoke_async(&mut connection)).await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(StoreError::new(
                "Redis refused the quota call",
                Some(Box::new(e)),
            )),
            Err(_) => Err(StoreError::new(
                format!("Redis did not answer within {:?}", self.timeout),
                None,
            )),
        }
    }

    async fn reserve_in_redis(&self, r: Reservation<'_>) -> Result<Duration, Refusal> {
        let mut invocation = self.reserve.prepare_invoke();
        for &(limit, per) in r.limits {
            invocation.key(self.key(r.api, &format!("{limit}/{}ms", per.as_millis())));
        }
        invocation
            .key(self.key(r.api, "pause"))
            .key(self.key(r.api, "last"))
            .key(self.key(r.api, "id"))
            .arg(millis(r.margin))
            .arg(r.max_wait.map_or(-1.0, millis));
        for &(limit, per) in r.limits {
            invocation.arg(limit).arg(millis(per));
        }
        let (reserved, wait_us): (u8, u64) = self.run(invocation).await.map_err(Refusal::Store)?;
        let wait = Duration::from_micros(wait_us);
        match reserved {
            1 => Ok(wait),
            _ => Err(Refusal::WaitTooLong(wait)),
        }
    }
}

/// A connection manager that connects on first use, and again after Redis
/// goes away, with `timeout` on each connection attempt and response.
fn connect(client: &redis::Client, timeout: Duration) -> Result<ConnectionManager, StoreError> {
    let config = ConnectionManagerConfig::new()
        .set_connection_timeout(Some(timeout))
        .set_response_timeout(Some(timeout))
        .set_number_of_retries(1)
        .set_max_delay(timeout);
    ConnectionManager::new_lazy_with_config(client.clone(), config)
        .map_err(|e| StoreError::new("cannot set up the Redis connection", Some(Box::new(e))))
}

fn millis(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

impl QuotaStore for RedisQuota {
    fn reserve<'a>(
        &'a self,
        reservation: Reservation<'a>,
    ) -> BoxFuture<'a, Result<Duration, Refusal>> {
        Box::pin(self.reserve_in_redis(reservation))
    }

    fn pause<'a>(
        &'a self,
        api: &'a str,
        pause: Duration,
        _now: Instant,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut invocation = self.pause.prepare_invoke();
            invocation.key(self.key(api, "pause")).arg(millis(pause));
            self.run::<u8>(invocation).await.map(drop)
        })
    }
}
