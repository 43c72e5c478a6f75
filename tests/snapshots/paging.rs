/// Every error code of the Ledger API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `bad_cursor` | 400 | Ledger errors | The cursor is not valid. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `bad_cursor` · 400 Bad Request · Ledger errors
    ///
    /// The cursor is not valid.
    BadCursor,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[Self::BadCursor];
    /// How many codes the spec defines.
    pub const COUNT: usize = 1;
    const CODES: [&'static str; 1] = ["bad_cursor"];
    const STATUSES: [u16; 1] = [400];
    const MESSAGES: [::core::option::Option<&'static str>; 1] = [
        ::core::option::Option::Some("The cursor is not valid."),
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
            400 => &[Self::BadCursor],
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
        code: &["error", "code"],
        message: &["error", "message"],
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
/// The sections of the Ledger API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Ledger errors (`ledger`)
    ///
    /// Codes: [`BadCursor`](ErrorCode::BadCursor).
    Ledger,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[Self::Ledger];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Ledger => "ledger",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Ledger => "Ledger errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::Ledger => ::core::option::Option::None,
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::Ledger => &[ErrorCode::BadCursor],
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "ledger" => ::core::option::Option::Some(Self::Ledger),
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
/// An error response of the Ledger API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Ledger API document without an error code.
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
/// The errors of `list_by_page` (`GET /entries/numbered`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListByPageError {
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListByPageError, ApiError, ErrorCode, [], DocumentedStatus, []
);
/// The errors of `list_by_offset` (`GET /entries/offset`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListByOffsetError {
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListByOffsetError, ApiError, ErrorCode, [], DocumentedStatus, []
);
/// The errors of `list_by_cursor` (`GET /entries/cursor`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListByCursorError {
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListByCursorError, ApiError, ErrorCode, [], DocumentedStatus, []
);
/// The errors of `list_by_link` (`GET /entries/linked`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListByLinkError {
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListByLinkError, ApiError, ErrorCode, [], DocumentedStatus, []
);
/// Request bodies, response data and query parameter values of the Ledger API.
pub mod models {
    /// The `Entry` object of the Ledger API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Entry {
        /// `id`. Always present.
        #[serde(rename = "id")]
        pub id: ::std::string::String,
    }
    /// The `Meta` object of the Ledger API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Meta {
        /// `totalPages`.
        #[serde(
            rename = "totalPages",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub total_pages: ::core::option::Option<i64>,
        /// `total`.
        #[serde(
            rename = "total",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub total: ::core::option::Option<i64>,
        /// `next`.
        #[serde(
            rename = "next",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub next: ::core::option::Option<::std::string::String>,
    }
    /// The `NumberedEntries` object of the Ledger API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct NumberedEntries {
        /// `entries`. Always present.
        #[serde(rename = "entries")]
        pub entries: ::std::vec::Vec<Entry>,
        /// `meta`. Always present.
        #[serde(rename = "meta")]
        pub meta: Meta,
    }
    /// The `OffsetEntries` object of the Ledger API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct OffsetEntries {
        /// `entries`. Always present.
        #[serde(rename = "entries")]
        pub entries: ::std::vec::Vec<Entry>,
        /// `meta`. Always present.
        #[serde(rename = "meta")]
        pub meta: Meta,
    }
    /// The `LinkedEntries` object of the Ledger API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct LinkedEntries {
        /// `entries`. Always present.
        #[serde(rename = "entries")]
        pub entries: ::std::vec::Vec<Entry>,
    }
    /// The `CursorEntries` object of the Ledger API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct CursorEntries {
        /// `entries`. Always present.
        #[serde(rename = "entries")]
        pub entries: ::std::vec::Vec<Entry>,
        /// `meta`.
        #[serde(
            rename = "meta",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub meta: ::core::option::Option<Meta>,
    }
    impl ::docspec::Page for NumberedEntries {
        type Item = Entry;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            match (at, self.meta.total_pages.as_ref().copied()) {
                (
                    ::docspec::PagePosition::Number(n),
                    ::core::option::Option::Some(total),
                ) if *n < total => {
                    ::core::option::Option::Some(::docspec::PagePosition::Number(n + 1))
                }
                _ => ::core::option::Option::None,
            }
        }
        fn item_count(&self) -> usize {
            self.entries.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.entries
        }
    }
    impl ::docspec::Page for OffsetEntries {
        type Item = Entry;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            let count = i64::try_from(self.entries.len()).unwrap_or(i64::MAX);
            match (at, self.meta.total.as_ref().copied()) {
                (
                    ::docspec::PagePosition::Offset(offset),
                    ::core::option::Option::Some(total),
                ) if offset.saturating_add(count) < total => {
                    ::core::option::Option::Some(
                        ::docspec::PagePosition::Offset(offset.saturating_add(count)),
                    )
                }
                _ => ::core::option::Option::None,
            }
        }
        fn item_count(&self) -> usize {
            self.entries.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.entries
        }
    }
    impl ::docspec::Page for CursorEntries {
        type Item = Entry;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            let _ = at;
            match self.meta.as_ref().and_then(|v| v.next.as_ref()) {
                ::core::option::Option::Some(c) if !c.is_empty() => {
                    ::core::option::Option::Some(
                        ::docspec::PagePosition::Cursor(
                            ::core::option::Option::Some(::core::clone::Clone::clone(c)),
                        ),
                    )
                }
                _ => ::core::option::Option::None,
            }
        }
        fn item_count(&self) -> usize {
            self.entries.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.entries
        }
    }
    impl ::docspec::Page for LinkedEntries {
        type Item = Entry;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            let _ = at;
            ::core::option::Option::None
        }
        fn item_count(&self) -> usize {
            self.entries.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.entries
        }
    }
}
/// A client for the Ledger API: one method per endpoint.
///
/// Cheap to clone; clones share the connection pool and settings.
#[derive(Clone, Debug)]
pub struct Client {
    transport: ::docspec::Transport,
}
impl Client {
    /// Starts configuring a client.
    pub fn builder() -> ::docspec::ClientBuilder<Client> {
        ::docspec::ClientBuilder::new("Ledger", ::core::option::Option::None)
    }
    /// The connection and settings this client sends through.
    pub fn transport(&self) -> &::docspec::Transport {
        &self.transport
    }
    /// `list_by_page`.
    ///
    /// `GET /entries/numbered`
    ///
    /// Errors: [`ListByPageError`].
    pub fn list_by_page(&self) -> requests::ListByPage {
        requests::ListByPage::new(::core::clone::Clone::clone(self))
    }
    /// `list_by_offset`.
    ///
    /// `GET /entries/offset`
    ///
    /// Errors: [`ListByOffsetError`].
    pub fn list_by_offset(&self) -> requests::ListByOffset {
        requests::ListByOffset::new(::core::clone::Clone::clone(self))
    }
    /// `list_by_cursor`.
    ///
    /// `GET /entries/cursor`
    ///
    /// Errors: [`ListByCursorError`].
    pub fn list_by_cursor(&self) -> requests::ListByCursor {
        requests::ListByCursor::new(::core::clone::Clone::clone(self))
    }
    /// `list_by_link`.
    ///
    /// `GET /entries/linked`
    ///
    /// Errors: [`ListByLinkError`].
    pub fn list_by_link(&self) -> requests::ListByLink {
        requests::ListByLink::new(::core::clone::Clone::clone(self))
    }
}
impl ::docspec::__private::FromTransport for Client {
    fn from_transport(transport: ::docspec::Transport) -> Self {
        Client { transport }
    }
}
/// One request builder per endpoint of the Ledger API.
pub mod requests {
    /// A `list_by_page` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListByPage {
        client: super::Client,
        page: ::core::option::Option<i64>,
        size: ::core::option::Option<i64>,
        options: ::docspec::CallOptions,
    }
    impl ListByPage {
        pub(super) fn new(client: super::Client) -> Self {
            Self {
                client,
                page: ::core::option::Option::None,
                size: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// Sets `page`. At least 1. A value outside it is refused before sending.
        pub fn page(mut self, value: i64) -> Self {
            self.page = ::core::option::Option::Some(value);
            self
        }
        /// Sets `size`. From 1 to 50. A value outside it is refused before sending.
        pub fn size(mut self, value: i64) -> Self {
            self.size = ::core::option::Option::Some(value);
            self
        }
        /// Sends the request and decodes the response's data.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::NumberedEntries,
            ::docspec::Error<super::ListByPageError>,
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
            ::docspec::Error<super::ListByPageError>,
        > {
            if let ::core::option::Option::Some(value) = self.page {
                ::docspec::__private::QueryRule {
                    name: "page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::None,
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_by_page", value)?;
            }
            if let ::core::option::Option::Some(value) = self.size {
                ::docspec::__private::QueryRule {
                    name: "size",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(50i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_by_page", value)?;
            }
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "page", &self.page);
            ::docspec::__private::push_query(&mut query, "size", &self.size);
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_by_page",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/entries/numbered",),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &[],
            })
        }
        /// Every page from the current one (the first by default) until the
        /// last, fetched one after another as the stream is polled. The
        /// stream also ends when the server sends back a page already
        /// fetched, and fails after `MAX_PAGES` pages.
        pub fn pages(
            self,
        ) -> ::docspec::BoxStream<
            super::models::NumberedEntries,
            super::ListByPageError,
        > {
            let first = ::docspec::PagePosition::Number(self.page.unwrap_or(1));
            ::docspec::__private::paginate(
                "list_by_page",
                first,
                move |at| {
                    let mut next = ::core::clone::Clone::clone(&self);
                    #[allow(unused_mut)]
                    let mut link: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                    if let ::docspec::PagePosition::Number(value) = at {
                        next.page = ::core::option::Option::Some(value);
                    }
                    next.send_page(link)
                },
            )
        }
        /// Sends the request for one page, at `link` (a `Link` header's
        /// next URL) when given: the page and the next `Link`, if any.
        async fn send_page(
            self,
            link: ::core::option::Option<::std::string::String>,
        ) -> ::core::result::Result<
            (
                super::models::NumberedEntries,
                ::core::option::Option<::std::string::String>,
            ),
            ::docspec::Error<super::ListByPageError>,
        > {
            let mut request = self.build()?;
            if let ::core::option::Option::Some(url) = link {
                ::docspec::__private::follow_link(
                    self.client.transport(),
                    &mut request,
                    &url,
                )?;
            }
            ::docspec::__private::send_paged(
                    self.client.transport(),
                    request,
                    &self.options,
                )
                .await
        }
        /// Every item of every page, in order; see [`pages`](Self::pages).
        pub fn items(
            self,
        ) -> ::docspec::BoxStream<super::models::Entry, super::ListByPageError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListByPage, super::models::NumberedEntries, super::ListByPageError
    );
    /// A `list_by_offset` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListByOffset {
        client: super::Client,
        offset: ::core::option::Option<i64>,
        limit: ::core::option::Option<i64>,
        options: ::docspec::CallOptions,
    }
    impl ListByOffset {
        pub(super) fn new(client: super::Client) -> Self {
            Self {
                client,
                offset: ::core::option::Option::None,
                limit: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// Sets `offset`. At least 0. A value outside it is refused before sending.
        pub fn offset(mut self, value: i64) -> Self {
            self.offset = ::core::option::Option::Some(value);
            self
        }
        /// Sets `limit`. At least 1. A value outside it is refused before sending.
        pub fn limit(mut self, value: i64) -> Self {
            self.limit = ::core::option::Option::Some(value);
            self
        }
        /// Sends the request and decodes the response's data.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::OffsetEntries,
            ::docspec::Error<super::ListByOffsetError>,
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
            ::docspec::Error<super::ListByOffsetError>,
        > {
            if let ::core::option::Option::Some(value) = self.offset {
                ::docspec::__private::QueryRule {
                    name: "offset",
                    minimum: ::core::option::Option::Some(0i64),
                    maximum: ::core::option::Option::None,
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_by_offset", value)?;
            }
            if let ::core::option::Option::Some(value) = self.limit {
                ::docspec::__private::QueryRule {
                    name: "limit",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::None,
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_by_offset", value)?;
            }
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "offset", &self.offset);
            ::docspec::__private::push_query(&mut query, "limit", &self.limit);
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_by_offset",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/entries/offset",),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &[],
            })
        }
        /// Every page from the current one (the first by default) until the
        /// last, fetched one after another as the stream is polled. The
        /// stream also ends when the server sends back a page already
        /// fetched, and fails after `MAX_PAGES` pages.
        pub fn pages(
            self,
        ) -> ::docspec::BoxStream<
            super::models::OffsetEntries,
            super::ListByOffsetError,
        > {
            let first = ::docspec::PagePosition::Offset(self.offset.unwrap_or(0));
            ::docspec::__private::paginate(
                "list_by_offset",
                first,
                move |at| {
                    let mut next = ::core::clone::Clone::clone(&self);
                    #[allow(unused_mut)]
                    let mut link: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                    if let ::docspec::PagePosition::Offset(value) = at {
                        next.offset = ::core::option::Option::Some(value);
                    }
                    next.send_page(link)
                },
            )
        }
        /// Sends the request for one page, at `link` (a `Link` header's
        /// next URL) when given: the page and the next `Link`, if any.
        async fn send_page(
            self,
            link: ::core::option::Option<::std::string::String>,
        ) -> ::core::result::Result<
            (
                super::models::OffsetEntries,
                ::core::option::Option<::std::string::String>,
            ),
            ::docspec::Error<super::ListByOffsetError>,
        > {
            let mut request = self.build()?;
            if let ::core::option::Option::Some(url) = link {
                ::docspec::__private::follow_link(
                    self.client.transport(),
                    &mut request,
                    &url,
                )?;
            }
            ::docspec::__private::send_paged(
                    self.client.transport(),
                    request,
                    &self.options,
                )
                .await
        }
        /// Every item of every page, in order; see [`pages`](Self::pages).
        pub fn items(
            self,
        ) -> ::docspec::BoxStream<super::models::Entry, super::ListByOffsetError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListByOffset, super::models::OffsetEntries, super::ListByOffsetError
    );
    /// A `list_by_cursor` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListByCursor {
        client: super::Client,
        after: ::core::option::Option<::std::string::String>,
        limit: ::core::option::Option<i64>,
        options: ::docspec::CallOptions,
    }
    impl ListByCursor {
        pub(super) fn new(client: super::Client) -> Self {
            Self {
                client,
                after: ::core::option::Option::None,
                limit: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// Sets `after`.
        pub fn after(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.after = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
        /// Sets `limit`. At least 1. A value outside it is refused before sending.
        pub fn limit(mut self, value: i64) -> Self {
            self.limit = ::core::option::Option::Some(value);
            self
        }
        /// Sends the request and decodes the response's data.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::CursorEntries,
            ::docspec::Error<super::ListByCursorError>,
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
            ::docspec::Error<super::ListByCursorError>,
        > {
            if let ::core::option::Option::Some(value) = self.limit {
                ::docspec::__private::QueryRule {
                    name: "limit",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::None,
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_by_cursor", value)?;
            }
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "after", &self.after);
            ::docspec::__private::push_query(&mut query, "limit", &self.limit);
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_by_cursor",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/entries/cursor",),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &[],
            })
        }
        /// Every page from the current one (the first by default) until the
        /// last, fetched one after another as the stream is polled. The
        /// stream also ends when the server sends back a page already
        /// fetched, and fails after `MAX_PAGES` pages.
        pub fn pages(
            self,
        ) -> ::docspec::BoxStream<
            super::models::CursorEntries,
            super::ListByCursorError,
        > {
            let first = ::docspec::PagePosition::Cursor(
                ::core::clone::Clone::clone(&self.after),
            );
            ::docspec::__private::paginate(
                "list_by_cursor",
                first,
                move |at| {
                    let mut next = ::core::clone::Clone::clone(&self);
                    #[allow(unused_mut)]
                    let mut link: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                    if let ::docspec::PagePosition::Cursor(value) = at {
                        next.after = value;
                    }
                    next.send_page(link)
                },
            )
        }
        /// Sends the request for one page, at `link` (a `Link` header's
        /// next URL) when given: the page and the next `Link`, if any.
        async fn send_page(
            self,
            link: ::core::option::Option<::std::string::String>,
        ) -> ::core::result::Result<
            (
                super::models::CursorEntries,
                ::core::option::Option<::std::string::String>,
            ),
            ::docspec::Error<super::ListByCursorError>,
        > {
            let mut request = self.build()?;
            if let ::core::option::Option::Some(url) = link {
                ::docspec::__private::follow_link(
                    self.client.transport(),
                    &mut request,
                    &url,
                )?;
            }
            ::docspec::__private::send_paged(
                    self.client.transport(),
                    request,
                    &self.options,
                )
                .await
        }
        /// Every item of every page, in order; see [`pages`](Self::pages).
        pub fn items(
            self,
        ) -> ::docspec::BoxStream<super::models::Entry, super::ListByCursorError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListByCursor, super::models::CursorEntries, super::ListByCursorError
    );
    /// A `list_by_link` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListByLink {
        client: super::Client,
        options: ::docspec::CallOptions,
    }
    impl ListByLink {
        pub(super) fn new(client: super::Client) -> Self {
            Self {
                client,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::LinkedEntries,
            ::docspec::Error<super::ListByLinkError>,
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
            ::docspec::Error<super::ListByLinkError>,
        > {
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_by_link",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/entries/linked",),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &[],
            })
        }
        /// Every page from the current one (the first by default) until the
        /// last, fetched one after another as the stream is polled. The
        /// stream also ends when the server sends back a page already
        /// fetched, and fails after `MAX_PAGES` pages.
        pub fn pages(
            self,
        ) -> ::docspec::BoxStream<super::models::LinkedEntries, super::ListByLinkError> {
            let first = ::docspec::PagePosition::Link(::core::option::Option::None);
            ::docspec::__private::paginate(
                "list_by_link",
                first,
                move |at| {
                    let mut next = ::core::clone::Clone::clone(&self);
                    #[allow(unused_mut)]
                    let mut link: ::core::option::Option<::std::string::String> = ::core::option::Option::None;
                    if let ::docspec::PagePosition::Link(value) = at {
                        link = value;
                    }
                    next.send_page(link)
                },
            )
        }
        /// Sends the request for one page, at `link` (a `Link` header's
        /// next URL) when given: the page and the next `Link`, if any.
        async fn send_page(
            self,
            link: ::core::option::Option<::std::string::String>,
        ) -> ::core::result::Result<
            (
                super::models::LinkedEntries,
                ::core::option::Option<::std::string::String>,
            ),
            ::docspec::Error<super::ListByLinkError>,
        > {
            let mut request = self.build()?;
            if let ::core::option::Option::Some(url) = link {
                ::docspec::__private::follow_link(
                    self.client.transport(),
                    &mut request,
                    &url,
                )?;
            }
            ::docspec::__private::send_paged(
                    self.client.transport(),
                    request,
                    &self.options,
                )
                .await
        }
        /// Every item of every page, in order; see [`pages`](Self::pages).
        pub fn items(
            self,
        ) -> ::docspec::BoxStream<super::models::Entry, super::ListByLinkError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListByLink, super::models::LinkedEntries, super::ListByLinkError
    );
}
