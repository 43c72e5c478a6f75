//! The Userplane API in memory, served over real HTTP on `127.0.0.1` by
//! [`docspec_mock`].
//!
//! The generic mock routes every endpoint of `spec/userplane.json`, checks
//! the Bearer key and answers the documented 401 codes; this crate adds
//! Userplane's data set. A created link can be fetched, updated and
//! deleted, and answers `410 LINK_GONE` afterwards, while ids that never
//! existed answer 404. The data is plain JSON in the API's wire format,
//! never the client's own models, so the client's tests check its field
//! names against independent data.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! let mock = userplane_mock::start().await.unwrap();
//! let client = userplane::Client::builder()
//!     .base_url(mock.base_url())
//!     .api_key(mock.api_key())
//!     .build()
//!     .unwrap();
//! let me = client.get_me().await.unwrap();
//! assert_eq!(me.user.id, "usr_mock");
//! # }
//! ```
//!
//! # Seeded data
//!
//! | Id | What |
//! |---|---|
//! | `ws_acme` | The main workspace (owner): projects `prj_default`, `prj_web`, `prj_mobile`, `prj_05`…`prj_12`; `prj_old` is deleted. Links: three live (`lnk_0003` was created by a colleague and cannot be deleted), `lnk_0004` deleted. Recordings `rec_001`…`rec_023` and `rec_locked` (cannot be deleted); `rec_deleted` is deleted. |
//! | `ws_beta` | A member workspace with no default project; holds `rec_beta`. |
//! | `ws_guest` | A guest membership: listing projects is forbidden. |
//! | `ws_full` | A workspace whose plan allows no more links. |
//! | `ws_05`…`ws_12` | More member workspaces (12 in all, for paging). |
//! | `ws_other` | Exists, but the key's owner is not a member. |
//!
//! Keys: [`API_KEY`] is valid; [`EXPIRED_KEY`] answers `API_KEY_EXPIRED`,
//! [`DISABLED_KEY`] `API_KEY_DISABLED`, any other `API_KEY_INVALID`, none
//! `API_KEY_REQUIRED`.

mod data;

pub use data::{UserplaneData, WORKSPACE};
pub use docspec_mock::{
    ERROR_HEADER, ERROR_STATUS_HEADER, MockBuilder, MockResponse, MockServer, RecordedRequest,
    StartError,
};

/// The key the Userplane mock accepts by default.
pub const API_KEY: &str = "uspl_mock_0123456789abcdef";
/// A key the mock treats as expired.
pub const EXPIRED_KEY: &str = "uspl_mock_expired";
/// A key the mock treats as disabled.
pub const DISABLED_KEY: &str = "uspl_mock_disabled";

/// The Userplane spec, as the mock serves it.
const SPEC: &str = include_str!("../spec/userplane.json");

/// Starts the Userplane mock with its seeded data on a free port.
pub async fn start() -> Result<MockServer, StartError> {
    builder().start().await
}

/// Configures a Userplane mock: its spec, its seeded data and its keys.
pub fn builder() -> MockBuilder {
    with_data(MockServer::builder_from_source("spec/userplane.json", SPEC))
}

/// Serves the seeded Userplane data and keys from a mock of a copy of the
/// Userplane spec (the CLI's `mock` command, for one).
pub fn with_data(builder: MockBuilder) -> MockBuilder {
    builder
        .behaviour(UserplaneData::seeded())
        .api_key(API_KEY)
        .reject_key(EXPIRED_KEY, "API_KEY_EXPIRED")
        .reject_key(DISABLED_KEY, "API_KEY_DISABLED")
}
