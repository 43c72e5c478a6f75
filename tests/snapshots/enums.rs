/// Every error code of the Helpdesk API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `ticket_not_found` | 404 | Ticket errors | No ticket has that id. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `ticket_not_found` · 404 Not Found · Ticket errors
    ///
    /// No ticket has that id.
    TicketNotFound,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[Self::TicketNotFound];
    /// How many codes the spec defines.
    pub const COUNT: usize = 1;
    const CODES: [&'static str; 1] = ["ticket_not_found"];
    const STATUSES: [u16; 1] = [404];
    const MESSAGES: [::core::option::Option<&'static str>; 1] = [
        ::core::option::Option::Some("No ticket has that id."),
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
            404 => &[Self::TicketNotFound],
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
/// The sections of the Helpdesk API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Ticket errors (`tickets`)
    ///
    /// Codes: [`TicketNotFound`](ErrorCode::TicketNotFound).
    Tickets,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[Self::Tickets];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Tickets => "tickets",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Tickets => "Ticket errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::Tickets => ::core::option::Option::None,
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::Tickets => &[ErrorCode::TicketNotFound],
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "tickets" => ::core::option::Option::Some(Self::Tickets),
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
/// An error response of the Helpdesk API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Helpdesk API document without an error code.
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
/// The errors of `get_ticket` (`GET /tickets/{id}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetTicketError {
    /// `ticket_not_found` · 404 Not Found
    ///
    /// No ticket has that id.
    TicketNotFound(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetTicketError, ApiError, ErrorCode, [TicketNotFound], DocumentedStatus, []
);
/// The errors of `update_ticket` (`PUT /tickets/{id}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum UpdateTicketError {
    /// `ticket_not_found` · 404 Not Found
    ///
    /// No ticket has that id.
    TicketNotFound(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    UpdateTicketError, ApiError, ErrorCode, [TicketNotFound], DocumentedStatus, []
);
/// Request bodies, response data and query parameter values of the Helpdesk API.
pub mod models {
    /// Where a ticket stands.
    #[derive(Clone, Debug, PartialEq, Eq, Hash)]
    pub enum TicketStatus {
        /// `open`
        Open,
        /// `on-hold`
        OnHold,
        /// `closed`
        Closed,
        /// A value the spec does not list, kept as sent.
        Other(::std::string::String),
    }
    impl TicketStatus {
        /// Every listed value, in the spec's order.
        pub const ALL: &'static [Self] = &[Self::Open, Self::OnHold, Self::Closed];
        /// The value as it is sent.
        pub fn as_str(&self) -> &str {
            match self {
                Self::Open => "open",
                Self::OnHold => "on-hold",
                Self::Closed => "closed",
                Self::Other(value) => value,
            }
        }
    }
    impl ::core::default::Default for TicketStatus {
        /// The first listed value.
        fn default() -> Self {
            Self::Open
        }
    }
    impl ::core::fmt::Display for TicketStatus {
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.write_str(self.as_str())
        }
    }
    impl ::core::str::FromStr for TicketStatus {
        type Err = ::core::convert::Infallible;
        fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
            ::core::result::Result::Ok(
                match s {
                    "open" => Self::Open,
                    "on-hold" => Self::OnHold,
                    "closed" => Self::Closed,
                    other => Self::Other(::std::string::ToString::to_string(other)),
                },
            )
        }
    }
    impl ::docspec::__private::serde::Serialize for TicketStatus {
        fn serialize<S: ::docspec::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            serializer.serialize_str(self.as_str())
        }
    }
    impl<'de> ::docspec::__private::serde::Deserialize<'de> for TicketStatus {
        fn deserialize<D: ::docspec::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let value = <::std::string::String as ::docspec::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            ::core::result::Result::Ok(
                match value.as_str() {
                    "open" => Self::Open,
                    "on-hold" => Self::OnHold,
                    "closed" => Self::Closed,
                    _ => Self::Other(value),
                },
            )
        }
    }
    /// The `Card` object of the Helpdesk API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Card {
        /// `type`. Always present.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        /// `last4`. Always present.
        #[serde(rename = "last4")]
        pub last4: ::std::string::String,
    }
    /// The `BankAccount` object of the Helpdesk API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct BankAccount {
        /// `type`. Always present.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
        /// `iban`. Always present.
        #[serde(rename = "iban")]
        pub iban: ::std::string::String,
    }
    /// How a ticket is paid for.
    #[derive(Clone, Debug, PartialEq)]
    pub enum PaymentMethod {
        /// `type` is `card`.
        Card(Card),
        /// `type` is `bank_account`.
        BankAccount(BankAccount),
        /// A tag the spec does not list, with the whole object as sent.
        Other(::docspec::__private::serde_json::Value),
    }
    impl PaymentMethod {
        /// The field that holds the tag.
        pub const TAG: &'static str = "type";
        /// The tag of this value.
        pub fn tag(&self) -> ::core::option::Option<&str> {
            match self {
                Self::Card(_) => ::core::option::Option::Some("card"),
                Self::BankAccount(_) => ::core::option::Option::Some("bank_account"),
                Self::Other(value) => {
                    value
                        .get("type")
                        .and_then(::docspec::__private::serde_json::Value::as_str)
                }
            }
        }
    }
    impl ::core::default::Default for PaymentMethod {
        /// The first variant, with its defaults.
        fn default() -> Self {
            Self::Card(::core::default::Default::default())
        }
    }
    impl ::docspec::__private::serde::Serialize for PaymentMethod {
        fn serialize<S: ::docspec::__private::serde::Serializer>(
            &self,
            serializer: S,
        ) -> ::core::result::Result<S::Ok, S::Error> {
            let (tag, mut value) = match self {
                Self::Card(inner) => {
                    (
                        "card",
                        ::docspec::__private::serde_json::to_value(inner)
                            .map_err(
                                <S::Error as ::docspec::__private::serde::ser::Error>::custom,
                            )?,
                    )
                }
                Self::BankAccount(inner) => {
                    (
                        "bank_account",
                        ::docspec::__private::serde_json::to_value(inner)
                            .map_err(
                                <S::Error as ::docspec::__private::serde::ser::Error>::custom,
                            )?,
                    )
                }
                Self::Other(value) => {
                    return ::docspec::__private::serde::Serialize::serialize(
                        value,
                        serializer,
                    );
                }
            };
            if let ::docspec::__private::serde_json::Value::Object(map) = &mut value {
                map.insert(
                    ::std::borrow::ToOwned::to_owned("type"),
                    ::docspec::__private::serde_json::Value::from(tag),
                );
            }
            ::docspec::__private::serde::Serialize::serialize(&value, serializer)
        }
    }
    impl<'de> ::docspec::__private::serde::Deserialize<'de> for PaymentMethod {
        fn deserialize<D: ::docspec::__private::serde::Deserializer<'de>>(
            deserializer: D,
        ) -> ::core::result::Result<Self, D::Error> {
            let value = <::docspec::__private::serde_json::Value as ::docspec::__private::serde::Deserialize>::deserialize(
                deserializer,
            )?;
            let tag = value
                .get("type")
                .and_then(::docspec::__private::serde_json::Value::as_str)
                .map(::std::borrow::ToOwned::to_owned);
            ::core::result::Result::Ok(
                match tag.as_deref() {
                    ::core::option::Option::Some("card") => {
                        Self::Card(
                            ::docspec::__private::serde_json::from_value(value)
                                .map_err(
                                    <D::Error as ::docspec::__private::serde::de::Error>::custom,
                                )?,
                        )
                    }
                    ::core::option::Option::Some("bank_account") => {
                        Self::BankAccount(
                            ::docspec::__private::serde_json::from_value(value)
                                .map_err(
                                    <D::Error as ::docspec::__private::serde::de::Error>::custom,
                                )?,
                        )
                    }
                    _ => Self::Other(value),
                },
            )
        }
    }
    /// The `Ticket` object of the Helpdesk API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Ticket {
        /// `id`. Always present.
        #[serde(rename = "id")]
        pub id: ::std::string::String,
        /// `status`. Always present.
        #[serde(rename = "status")]
        pub status: TicketStatus,
        /// `history`.
        #[serde(
            rename = "history",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub history: ::core::option::Option<::std::vec::Vec<TicketStatus>>,
        /// `payment`.
        #[serde(
            rename = "payment",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub payment: ::core::option::Option<PaymentMethod>,
    }
    impl Ticket {
        /// A body with the required fields set and the others left out.
        pub fn new(id: ::std::string::String, status: TicketStatus) -> Self {
            Self {
                id,
                status,
                history: ::core::option::Option::None,
                payment: ::core::option::Option::None,
            }
        }
    }
}
/// A client for the Helpdesk API: one method per endpoint.
///
/// Cheap to clone; clones share the connection pool and settings.
#[derive(Clone, Debug)]
pub struct Client {
    transport: ::docspec::Transport,
}
impl Client {
    /// The base URL the spec gives.
    pub const DEFAULT_BASE_URL: &'static str = "https://helpdesk.example/api";
    /// Starts configuring a client.
    pub fn builder() -> ::docspec::ClientBuilder<Client> {
        ::docspec::ClientBuilder::new(
            "Helpdesk",
            ::core::option::Option::Some(Self::DEFAULT_BASE_URL),
        )
    }
    /// The connection and settings this client sends through.
    pub fn transport(&self) -> &::docspec::Transport {
        &self.transport
    }
    /// `get_ticket`.
    ///
    /// `GET /tickets/{id}`
    ///
    /// Errors: [`GetTicketError`].
    pub fn get_ticket(
        &self,
        id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetTicket {
        requests::GetTicket::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(id),
        )
    }
    /// `update_ticket`.
    ///
    /// `PUT /tickets/{id}`
    ///
    /// Errors: [`UpdateTicketError`].
    pub fn update_ticket(
        &self,
        id: impl ::core::convert::Into<::std::string::String>,
        body: models::Ticket,
    ) -> requests::UpdateTicket {
        requests::UpdateTicket::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(id),
            body,
        )
    }
}
impl ::docspec::__private::FromTransport for Client {
    fn from_transport(transport: ::docspec::Transport) -> Self {
        Client { transport }
    }
}
/// One request builder per endpoint of the Helpdesk API.
pub mod requests {
    /// A `get_ticket` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetTicket {
        client: super::Client,
        id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetTicket {
        pub(super) fn new(client: super::Client, id: ::std::string::String) -> Self {
            Self {
                client,
                id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::Ticket,
            ::docspec::Error<super::GetTicketError>,
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
            ::docspec::Error<super::GetTicketError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "id",
                min_length: 0,
                max_length: ::core::option::Option::None,
            }
                .encode("get_ticket", &self.id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_ticket",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/tickets/{}", path_0),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &[],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetTicket, super::models::Ticket, super::GetTicketError
    );
    /// A `update_ticket` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct UpdateTicket {
        client: super::Client,
        id: ::std::string::String,
        body: super::models::Ticket,
        options: ::docspec::CallOptions,
    }
    impl UpdateTicket {
        pub(super) fn new(
            client: super::Client,
            id: ::std::string::String,
            body: super::models::Ticket,
        ) -> Self {
            Self {
                client,
                id,
                body,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::Ticket,
            ::docspec::Error<super::UpdateTicketError>,
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
            ::docspec::Error<super::UpdateTicketError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "id",
                min_length: 0,
                max_length: ::core::option::Option::None,
            }
                .encode("update_ticket", &self.id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "update_ticket",
                method: ::docspec::__private::http::Method::PUT,
                path: ::std::format!("/tickets/{}", path_0),
                query,
                body: ::core::option::Option::Some(
                    ::docspec::__private::json_body::<
                        _,
                        super::UpdateTicketError,
                    >(&self.body)?,
                ),
                idempotent: true,
                data: &[],
            })
        }
    }
    ::docspec::__private::request_common!(
        UpdateTicket, super::models::Ticket, super::UpdateTicketError
    );
}
