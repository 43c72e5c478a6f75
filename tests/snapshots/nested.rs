/// Every error code of the Acme Billing API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `card_declined` | 402 | Payment errors | The card was declined. |
/// | `insufficient_funds` | 402 | Payment errors | The account has insufficient funds. |
/// | `expired_card` | 402 | Payment errors | The card has expired. |
/// | `invalid_amount` | 422 | Validation errors | Amount must be a positive integer. |
/// | `missing_currency` | 422 | Validation errors | A currency is required. |
/// | `processor_unavailable` | 503 | Server errors | The payment processor is unavailable. |
/// | `ledger_conflict` | 500 | Server errors | The ledger changed; do not retry blindly. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `card_declined` · 402 Payment Required · Payment errors
    ///
    /// The card was declined.
    CardDeclined,
    /// `insufficient_funds` · 402 Payment Required · Payment errors
    ///
    /// The account has insufficient funds.
    InsufficientFunds,
    /// `expired_card` · 402 Payment Required · Payment errors
    ///
    /// The card has expired.
    ExpiredCard,
    /// `invalid_amount` · 422 Unprocessable Entity · Validation errors
    ///
    /// Amount must be a positive integer.
    InvalidAmount,
    /// `missing_currency` · 422 Unprocessable Entity · Validation errors
    ///
    /// A currency is required.
    MissingCurrency,
    /// `processor_unavailable` · 503 Service Unavailable · Server errors
    ///
    /// The payment processor is unavailable.
    ProcessorUnavailable,
    /// `ledger_conflict` · 500 Internal Server Error · Server errors
    ///
    /// The ledger changed; do not retry blindly.
    LedgerConflict,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[
        Self::CardDeclined,
        Self::InsufficientFunds,
        Self::ExpiredCard,
        Self::InvalidAmount,
        Self::MissingCurrency,
        Self::ProcessorUnavailable,
        Self::LedgerConflict,
    ];
    /// How many codes the spec defines.
    pub const COUNT: usize = 7;
    const CODES: [&'static str; 7] = [
        "card_declined",
        "insufficient_funds",
        "expired_card",
        "invalid_amount",
        "missing_currency",
        "processor_unavailable",
        "ledger_conflict",
    ];
    const STATUSES: [u16; 7] = [402, 402, 402, 422, 422, 503, 500];
    const MESSAGES: [::core::option::Option<&'static str>; 7] = [
        ::core::option::Option::Some("The card was declined."),
        ::core::option::Option::Some("The account has insufficient funds."),
        ::core::option::Option::Some("The card has expired."),
        ::core::option::Option::Some("Amount must be a positive integer."),
        ::core::option::Option::Some("A currency is required."),
        ::core::option::Option::Some("The payment processor is unavailable."),
        ::core::option::Option::Some("The ledger changed; do not retry blindly."),
    ];
    /// Each code's category, as a position in `Category::ALL`.
    const CATEGORIES: [u32; 7] = [0, 0, 0, 1, 1, 2, 2];
    /// Open-addressing hash table of the codes, built at compile
    /// time by the runtime's one lookup implementation.
    const BY_HASH: [u32; 16] = ::docspec::__private::code_table(&Self::CODES);
    /// Bit 1: retryable; bit 2: unprocessed.
    const FLAGS: [u8; 7] = [0, 0, 0, 0, 0, 1, 0];
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
            402 => &[Self::CardDeclined, Self::InsufficientFunds, Self::ExpiredCard],
            422 => &[Self::InvalidAmount, Self::MissingCurrency],
            500 => &[Self::LedgerConflict],
            503 => &[Self::ProcessorUnavailable],
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
/// The sections of the Acme Billing API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Payment errors (`payment`)
    ///
    /// The payment could not be taken.
    ///
    /// Codes: [`CardDeclined`](ErrorCode::CardDeclined), [`InsufficientFunds`](ErrorCode::InsufficientFunds), [`ExpiredCard`](ErrorCode::ExpiredCard).
    Payment,
    /// Validation errors (`validation`)
    ///
    /// Codes: [`InvalidAmount`](ErrorCode::InvalidAmount), [`MissingCurrency`](ErrorCode::MissingCurrency).
    Validation,
    /// Server errors (`server`)
    ///
    /// Codes: [`ProcessorUnavailable`](ErrorCode::ProcessorUnavailable), [`LedgerConflict`](ErrorCode::LedgerConflict).
    Server,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[
        Self::Payment,
        Self::Validation,
        Self::Server,
    ];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Payment => "payment",
            Self::Validation => "validation",
            Self::Server => "server",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Payment => "Payment errors",
            Self::Validation => "Validation errors",
            Self::Server => "Server errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::Payment => {
                ::core::option::Option::Some("The payment could not be taken.")
            }
            Self::Validation => ::core::option::Option::None,
            Self::Server => ::core::option::Option::None,
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::Payment => {
                &[
                    ErrorCode::CardDeclined,
                    ErrorCode::InsufficientFunds,
                    ErrorCode::ExpiredCard,
                ]
            }
            Self::Validation => &[ErrorCode::InvalidAmount, ErrorCode::MissingCurrency],
            Self::Server => &[ErrorCode::ProcessorUnavailable, ErrorCode::LedgerConflict],
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "payment" => ::core::option::Option::Some(Self::Payment),
            "validation" => ::core::option::Option::Some(Self::Validation),
            "server" => ::core::option::Option::Some(Self::Server),
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
/// An error response of the Acme Billing API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Acme Billing API document without an error code.
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
/// The errors of `create_charge` (`POST /charges`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum CreateChargeError {
    /// `card_declined` · 402 Payment Required
    ///
    /// The card was declined.
    CardDeclined(ApiError),
    /// `insufficient_funds` · 402 Payment Required
    ///
    /// The account has insufficient funds.
    InsufficientFunds(ApiError),
    /// `expired_card` · 402 Payment Required
    ///
    /// The card has expired.
    ExpiredCard(ApiError),
    /// `invalid_amount` · 422 Unprocessable Entity
    ///
    /// Amount must be a positive integer.
    InvalidAmount(ApiError),
    /// `missing_currency` · 422 Unprocessable Entity
    ///
    /// A currency is required.
    MissingCurrency(ApiError),
    /// `processor_unavailable` · 503 Service Unavailable
    ///
    /// The payment processor is unavailable.
    ProcessorUnavailable(ApiError),
    /// `ledger_conflict` · 500 Internal Server Error
    ///
    /// The ledger changed; do not retry blindly.
    LedgerConflict(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    CreateChargeError, ApiError, ErrorCode, [CardDeclined, InsufficientFunds,
    ExpiredCard, InvalidAmount, MissingCurrency, ProcessorUnavailable, LedgerConflict],
    DocumentedStatus, []
);
/// The errors of `get_charge` (`GET /charges/{chargeId}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetChargeError {
    /// `processor_unavailable` · 503 Service Unavailable
    ///
    /// The payment processor is unavailable.
    ProcessorUnavailable(ApiError),
    /// `ledger_conflict` · 500 Internal Server Error
    ///
    /// The ledger changed; do not retry blindly.
    LedgerConflict(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetChargeError, ApiError, ErrorCode, [ProcessorUnavailable, LedgerConflict],
    DocumentedStatus, []
);
/// The errors of `list_charges` (`GET /charges`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListChargesError {
    /// `processor_unavailable` · 503 Service Unavailable
    ///
    /// The payment processor is unavailable.
    ProcessorUnavailable(ApiError),
    /// `ledger_conflict` · 500 Internal Server Error
    ///
    /// The ledger changed; do not retry blindly.
    LedgerConflict(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListChargesError, ApiError, ErrorCode, [ProcessorUnavailable, LedgerConflict],
    DocumentedStatus, []
);
/// Request bodies, response data and query parameter values of the Acme Billing API.
pub mod models {
    /// The `ChargeRequest` object of the Acme Billing API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ChargeRequest {
        /// In cents. Always present.
        #[serde(rename = "amount")]
        pub amount: i64,
        /// `currency`. Always present.
        #[serde(rename = "currency")]
        pub currency: ::std::string::String,
        /// `description`.
        #[serde(
            rename = "description",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub description: ::core::option::Option<::std::string::String>,
    }
    impl ChargeRequest {
        /// A body with the required fields set and the others left out.
        pub fn new(amount: i64, currency: ::std::string::String) -> Self {
            Self {
                amount,
                currency,
                description: ::core::option::Option::None,
            }
        }
    }
    /// The `Charge` object of the Acme Billing API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Charge {
        /// `id`. Always present.
        #[serde(rename = "id")]
        pub id: ::std::string::String,
        /// `amount`. Always present.
        #[serde(rename = "amount")]
        pub amount: i64,
        /// `currency`. Always present.
        #[serde(rename = "currency")]
        pub currency: ::std::string::String,
        /// `refunded`.
        #[serde(
            rename = "refunded",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub refunded: ::core::option::Option<bool>,
        /// `metadata`.
        #[serde(
            rename = "metadata",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub metadata: ::core::option::Option<::docspec::__private::serde_json::Value>,
    }
    /// The `Cursor` object of the Acme Billing API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Cursor {
        /// `hasMore`.
        #[serde(
            rename = "hasMore",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub has_more: ::core::option::Option<bool>,
    }
    /// The `ChargeList` object of the Acme Billing API.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ChargeList {
        /// `charges`. Always present.
        #[serde(rename = "charges")]
        pub charges: ::std::vec::Vec<Charge>,
        /// `pagination`.
        #[serde(
            rename = "pagination",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub pagination: ::core::option::Option<Cursor>,
    }
    impl ::docspec::Page for ChargeList {
        type Item = Charge;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            match at {
                ::docspec::PagePosition::Number(
                    n,
                ) if self
                    .pagination
                    .as_ref()
                    .and_then(|v| v.has_more.as_ref())
                    .copied()
                    .unwrap_or(false) => {
                    ::core::option::Option::Some(::docspec::PagePosition::Number(n + 1))
                }
                _ => ::core::option::Option::None,
            }
        }
        fn item_count(&self) -> usize {
            self.charges.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.charges
        }
    }
}
/// A client for the Acme Billing API: one method per endpoint.
///
/// Cheap to clone; clones share the connection pool and settings.
#[derive(Clone, Debug)]
pub struct Client {
    transport: ::docspec::Transport,
}
impl Client {
    /// The base URL the spec gives.
    pub const DEFAULT_BASE_URL: &'static str = "https://billing.acme.example/v1";
    /// Starts configuring a client.
    pub fn builder() -> ::docspec::ClientBuilder<Client> {
        ::docspec::ClientBuilder::new(
            "Acme Billing",
            ::core::option::Option::Some(Self::DEFAULT_BASE_URL),
        )
    }
    /// The connection and settings this client sends through.
    pub fn transport(&self) -> &::docspec::Transport {
        &self.transport
    }
    /// `create_charge`.
    ///
    /// `POST /charges`
    ///
    /// Errors: [`CreateChargeError`].
    pub fn create_charge(&self, body: models::ChargeRequest) -> requests::CreateCharge {
        requests::CreateCharge::new(::core::clone::Clone::clone(self), body)
    }
    /// `get_charge`.
    ///
    /// `GET /charges/{chargeId}`
    ///
    /// Errors: [`GetChargeError`].
    pub fn get_charge(
        &self,
        charge_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetCharge {
        requests::GetCharge::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(charge_id),
        )
    }
    /// `list_charges`.
    ///
    /// `GET /charges`
    ///
    /// Errors: [`ListChargesError`].
    pub fn list_charges(&self) -> requests::ListCharges {
        requests::ListCharges::new(::core::clone::Clone::clone(self))
    }
}
impl ::docspec::__private::FromTransport for Client {
    fn from_transport(transport: ::docspec::Transport) -> Self {
        Client { transport }
    }
}
/// One request builder per endpoint of the Acme Billing API.
pub mod requests {
    /// A `create_charge` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct CreateCharge {
        client: super::Client,
        body: super::models::ChargeRequest,
        options: ::docspec::CallOptions,
    }
    impl CreateCharge {
        pub(super) fn new(
            client: super::Client,
            body: super::models::ChargeRequest,
        ) -> Self {
            Self {
                client,
                body,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::Charge,
            ::docspec::Error<super::CreateChargeError>,
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
            ::docspec::Error<super::CreateChargeError>,
        > {
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "create_charge",
                method: ::docspec::__private::http::Method::POST,
                path: ::std::format!("/charges",),
                query,
                body: ::core::option::Option::Some(
                    ::docspec::__private::json_body::<
                        _,
                        super::CreateChargeError,
                    >(&self.body)?,
                ),
                idempotent: false,
                data: &[],
            })
        }
    }
    ::docspec::__private::request_common!(
        CreateCharge, super::models::Charge, super::CreateChargeError
    );
    /// A `get_charge` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetCharge {
        client: super::Client,
        charge_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetCharge {
        pub(super) fn new(
            client: super::Client,
            charge_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                charge_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::Charge,
            ::docspec::Error<super::GetChargeError>,
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
            ::docspec::Error<super::GetChargeError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "chargeId",
                min_length: 0,
                max_length: ::core::option::Option::None,
            }
                .encode("get_charge", &self.charge_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_charge",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/charges/{}", path_0),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &[],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetCharge, super::models::Charge, super::GetChargeError
    );
    /// A `list_charges` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListCharges {
        client: super::Client,
        page: ::core::option::Option<i64>,
        per_page: ::core::option::Option<i64>,
        currency: ::core::option::Option<::std::string::String>,
        options: ::docspec::CallOptions,
    }
    impl ListCharges {
        pub(super) fn new(client: super::Client) -> Self {
            Self {
                client,
                page: ::core::option::Option::None,
                per_page: ::core::option::Option::None,
                currency: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// Sets `page`. At least 1. A value outside it is refused before sending.
        pub fn page(mut self, value: i64) -> Self {
            self.page = ::core::option::Option::Some(value);
            self
        }
        /// Sets `per_page`. At most 2. A value outside it is refused before sending. The server's default is `2`.
        pub fn per_page(mut self, value: i64) -> Self {
            self.per_page = ::core::option::Option::Some(value);
            self
        }
        /// Sets `currency`.
        pub fn currency(
            mut self,
            value: impl ::core::convert::Into<::std::string::String>,
        ) -> Self {
            self.currency = ::core::option::Option::Some(
                ::core::convert::Into::into(value),
            );
            self
        }
        /// Sends the request and decodes the response's data.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::ChargeList,
            ::docspec::Error<super::ListChargesError>,
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
            ::docspec::Error<super::ListChargesError>,
        > {
            if let ::core::option::Option::Some(value) = self.page {
                ::docspec::__private::QueryRule {
                    name: "page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::None,
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_charges", value)?;
            }
            if let ::core::option::Option::Some(value) = self.per_page {
                ::docspec::__private::QueryRule {
                    name: "per_page",
                    minimum: ::core::option::Option::None,
                    maximum: ::core::option::Option::Some(2i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_charges", value)?;
            }
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "page", &self.page);
            ::docspec::__private::push_query(&mut query, "per_page", &self.per_page);
            ::docspec::__private::push_query(&mut query, "currency", &self.currency);
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_charges",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/charges",),
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
        ) -> ::docspec::BoxStream<super::models::ChargeList, super::ListChargesError> {
            let first = ::docspec::PagePosition::Number(self.page.unwrap_or(1));
            ::docspec::__private::paginate(
                "list_charges",
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
            (super::models::ChargeList, ::core::option::Option<::std::string::String>),
            ::docspec::Error<super::ListChargesError>,
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
        ) -> ::docspec::BoxStream<super::models::Charge, super::ListChargesError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListCharges, super::models::ChargeList, super::ListChargesError
    );
}
