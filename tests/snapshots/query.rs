/// Every error code of the Catalog API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `bad_query` | 400 | Catalog errors | The query is not valid. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `bad_query` · 400 Bad Request · Catalog errors
    ///
    /// The query is not valid.
    BadQuery,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[Self::BadQuery];
    /// How many codes the spec defines.
    pub const COUNT: usize = 1;
    const CODES: [&'static str; 1] = ["bad_query"];
    const STATUSES: [u16; 1] = [400];
    const MESSAGES: [::core::option::Option<&'static str>; 1] = [
        ::core::option::Option::Some("The query is not valid."),
    ];
    /// Each code's category, as a position in `Category::ALL`.
    const CATEGORIES: [u32; 1] = [0];
    /// Open-addressing hash table of the codes, built at compile
    /// time by the runtime's one lookup implementation.
    const BY_HASH: [u32; 2] = ::docspec::__private::code_table(&Self::CODES);
    /// Bit 1: retryable; bit 2: unprocessed.
    const FLAGS: [u8; 1] = [0];
    /// The code as the API sends it in error bodies.
    pub const fn as_str(self) -> &'static str {
        Self::CODES[self as usize]
    }
    /// The HTTP status this code comes with, as a number.
    pub const fn status_u16(self) -> u16 {
        Self::STATUSES[self as usize]
    }
    /// The HTTP status this code comes with.
    pub const fn status(self) -> ::docspec::__private::http::StatusCode {
        ::docspec::__private::status(self.status_u16())
    }
    /// The documented default message; `None` when the docs give none.
    pub const fn message(self) -> ::core::option::Option<&'static str> {
        Self::MESSAGES[self as usize]
    }
    /// The documentation section this code belongs to.
    pub const fn category(self) -> Category {
        Category::ALL[Self::CATEGORIES[self as usize] as usize]
    }
    /// Whether a request that failed with this code may succeed if retried
    /// (429 and 5xx unless the spec says otherwise).
    pub const fn is_retryable(self) -> bool {
        Self::FLAGS[self as usize] & 1 != 0
    }
    /// Whether this code shows the request had no effect, so that even a
    /// non-idempotent request may be retried (429 unless the spec says
    /// otherwise).
    pub const fn is_unprocessed(self) -> bool {
        Self::FLAGS[self as usize] & 2 != 0
    }
    /// The code for a string sent by the API, if the spec knows it.
    pub fn from_code(code: &str) -> ::core::option::Option<Self> {
        match ::docspec::__private::find_code(&Self::CODES, &Self::BY_HASH, code) {
            ::core::option::Option::Some(i) => ::core::option::Option::Some(Self::ALL[i]),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
    /// The codes documented with this HTTP status (empty if none).
    pub fn for_status(
        status: ::docspec::__private::http::StatusCode,
    ) -> &'static [ErrorCode] {
        match status.as_u16() {
            400 => &[Self::BadQuery],
            _ => &[],
        }
    }
}
impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::core::str::FromStr for ErrorCode {
    type Err = ::docspec::ParseCodeError;
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        Self::from_code(s).ok_or_else(|| ::docspec::ParseCodeError::new(s))
    }
}
impl ::docspec::__private::serde::Serialize for ErrorCode {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docspec::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::docspec::__private::serde::Deserialize<'de> for ErrorCode {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::docspec::__private::serde::Deserializer<'de>,
    {
        ::docspec::__private::deserialize_code(deserializer)
    }
}
impl ::docspec::__private::Sealed for ErrorCode {}
impl ::docspec::DocumentedCode for ErrorCode {
    const ALL: &'static [Self] = Self::ALL;
    const ERROR_BODY: ::docspec::__private::ErrorBodyLayout = ::docspec::__private::ErrorBodyLayout {
        code: &["code"],
        message: &["message"],
    };
    fn as_str(self) -> &'static str {
        ErrorCode::as_str(self)
    }
    fn from_code(code: &str) -> ::core::option::Option<Self> {
        ErrorCode::from_code(code)
    }
    fn status(self) -> ::docspec::__private::http::StatusCode {
        ErrorCode::status(self)
    }
    fn message(self) -> ::core::option::Option<&'static str> {
        ErrorCode::message(self)
    }
    fn is_retryable(self) -> bool {
        ErrorCode::is_retryable(self)
    }
    fn is_unprocessed(self) -> bool {
        ErrorCode::is_unprocessed(self)
    }
    fn category_id(self) -> &'static str {
        self.category().id()
    }
}
/// The sections of the Catalog API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Catalog errors (`catalog`)
    ///
    /// Codes: [`BadQuery`](ErrorCode::BadQuery).
    Catalog,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[Self::Catalog];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Catalog => "catalog",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Catalog => "Catalog errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::Catalog => ::core::option::Option::None,
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::Catalog => &[ErrorCode::BadQuery],
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "catalog" => ::core::option::Option::Some(Self::Catalog),
            _ => ::core::option::Option::None,
        }
    }
}
impl ::core::fmt::Display for Category {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.id())
    }
}
impl ::docspec::__private::serde::Serialize for Category {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::docspec::__private::serde::Serializer,
    {
        serializer.serialize_str(self.id())
    }
}
/// An error response of the Catalog API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Catalog API document without an error code.
///
/// A response with one of these statuses and no code the spec knows is that documented status ([`DocumentedStatus::of`]); an endpoint that lists it has a variant for it in its error enum.
///
/// The docs document none: the enum has no variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentedStatus {}
impl DocumentedStatus {
    /// Every documented status, in documentation order.
    pub const ALL: &'static [Self] = &[];
    /// The HTTP status.
    pub const fn status(self) -> ::docspec::__private::http::StatusCode {
        match self {}
    }
    /// What the docs say of it; `None` when they say nothing.
    pub const fn message(self) -> ::core::option::Option<&'static str> {
        match self {}
    }
    /// The documentation section it belongs to.
    pub const fn category(self) -> Category {
        match self {}
    }
    /// The documented status for an HTTP status, if the docs document it.
    pub fn for_status(
        status: ::docspec::__private::http::StatusCode,
    ) -> ::core::option::Option<Self> {
        match status.as_u16() {
            _ => ::core::option::Option::None,
        }
    }
    /// The documented status an error response is: its status, when it
    /// carried no code the spec knows.
    pub fn of(error: &ApiError) -> ::core::option::Option<Self> {
        match error.known_code() {
            ::core::option::Option::Some(_) => ::core::option::Option::None,
            ::core::option::Option::None => Self::for_status(error.status()),
        }
    }
}
/// The errors of `search_items` (`GET /items`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum SearchItemsError {
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    SearchItemsError, ApiError, ErrorCode, [], DocumentedStatus, []
);
/// Request bodies, response data and query parameter values of the Catalog API.
pub mod models {
    /// The `Item` object of the Catalog API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Item {
        /// `id`. Always present.
        #[serde(rename = "id")]
        pub id: ::std::string::String,
    }
    /// The `ItemList` object of the Catalog API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ItemList {
        /// `items`. Always present.
        #[serde(rename = "items")]
        pub items: ::std::vec::Vec<Item>,
    }
    /// The values of `version` on `search_items`, as the spec lists them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum SearchItemsVersion {
        /// `4`
        V4,
        /// `7`
        V7,
    }
    impl SearchItemsVersion {
        /// Every value, in the spec's order.
        pub const ALL: &'static [Self] = &[Self::V4, Self::V7];
        /// The value as it is sent.
        pub const fn as_str(self) -> &'static str {
            match self {
                Self::V4 => "4",
                Self::V7 => "7",
            }
        }
    }
    impl ::core::fmt::Display for SearchItemsVersion {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    /// The values of `sort` on `search_items`, as the spec lists them.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum SearchItemsSort {
        /// `asc`
        Asc,
        /// `desc`
        Desc,
    }
    impl SearchItemsSort {
        /// Every value, in the spec's order.
        pub const ALL: &'static [Self] = &[Self::Asc, Self::Desc];
        /// The value as it is sent.
        pub const fn as_str(self) -> &'static str {
            match self {
                Self::Asc => "asc",
                Self::Desc => "desc",
            }
        }
    }
    impl ::core::fmt::Display for SearchItemsSort {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
}
/// A client for the Catalog API: one method per endpoint.
///
/// Cheap to clone; clones share the connection pool and settings.
#[derive(Clone, Debug)]
pub struct Client {
    transport: ::docspec::Transport,
}
impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ::docspec::ClientBuilder<Client> {
        ::docspec::ClientBuilder::new("Catalog", ::core::option::Option::None)
    }
    /// The connection and settings this client sends through.
    pub fn transport(&self) -> &::docspec::Transport {
        &self.transport
    }
    /// `search_items`.
    ///
    /// `GET /items`
    ///
    /// Errors: [`SearchItemsError`].
    pub fn search_items(&self) -> requests::SearchItems {
        requests::SearchItems::new(::core::clone::Clone::clone(self))
    }
}
impl ::docspec::__private::FromTransport for Client {
    fn from_transport(transport: ::docspec::Transport) -> Self {
        Client { transport }
    }
}
/// One request builder per endpoint of the Catalog API.
pub mod requests {
    /// A `search_items` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct SearchItems {
        client: super::Client,
        version: ::core::option::Option<super::models::SearchItemsVersion>,
        sort: ::core::option::Option<super::models::SearchItemsSort>,
        limit: ::core::option::Option<i64>,
        q: ::core::option::Option<::std::string::String>,
        options: ::docspec::CallOptions,
    }
    impl SearchItems {
        pub(super) fn new(client: super::Client) -> Self {
            Self {
                client,
                version: ::core::option::Option::None,
                sort: ::core::option::Option::None,
                limit: ::core::option::Option::None,
                q: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// The id scheme. One of `4`, `7`. A value outside it is refused before sending.
        pub fn version(mut self, value: super::models::SearchItemsVersion) -> Self {
            self.version = ::core::option::Option::Some(value);
            self
        }
        /// Sets `sort`. One of `asc`, `desc`. A value outside it is refused before sending.
        pub fn sort(mut self, value: super::models::SearchItemsSort) -> Self {
            self.sort = ::core::option::Option::Some(value);
            self
        }
        /// Sets `limit`. From 1 to 100. A value outside it is refused before sending. The server's default is `20`.
        pub fn limit(mut self, value: i64) -> Self {
            self.limit = ::core::option::Option::Some(value);
            self
        }
        /// Words to find. 2 to 10 characters. A value outside it is refused before sending.
        pub fn q(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.q = ::core::option::Option::Some(::core::convert::Into::into(value));
            self
        }
        /// Sends the request and decodes the response's data.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::ItemList,
            ::docspec::Error<super::SearchItemsError>,
        > {
            let request = self.build()?;
            ::docspec::__private::send(self.client.transport(), request, &self.options)
                .await
        }
        /// The request to send: arguments checked, path and query built.
        fn build(
            &self,
        ) -> ::core::result::Result<
            ::docspec::__private::Request,
            ::docspec::Error<super::SearchItemsError>,
        > {
            if let ::core::option::Option::Some(value) = self.limit {
                ::docspec::__private::QueryRule {
                    name: "limit",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(100i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("search_items", value)?;
            }
            if let ::core::option::Option::Some(value) = &self.q {
                ::docspec::__private::QueryRule {
                    name: "q",
                    minimum: ::core::option::Option::None,
                    maximum: ::core::option::Option::None,
                    min_length: ::core::option::Option::Some(2),
                    max_length: ::core::option::Option::Some(10),
                }
                    .check_str("search_items", value)?;
            }
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "version", &self.version);
            ::docspec::__private::push_query(&mut query, "sort", &self.sort);
            ::docspec::__private::push_query(&mut query, "limit", &self.limit);
            ::docspec::__private::push_query(&mut query, "q", &self.q);
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "search_items",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/items",),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &[],
            })
        }
    }
    ::docspec::__private::request_common!(
        SearchItems, super::models::ItemList, super::SearchItemsError
    );
}
