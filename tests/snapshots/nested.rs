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
    /// The code as the API sends it in error bodies.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::CardDeclined => "card_declined",
            Self::InsufficientFunds => "insufficient_funds",
            Self::ExpiredCard => "expired_card",
            Self::InvalidAmount => "invalid_amount",
            Self::MissingCurrency => "missing_currency",
            Self::ProcessorUnavailable => "processor_unavailable",
            Self::LedgerConflict => "ledger_conflict",
        }
    }
    /// The HTTP status this code comes with, as a number.
    pub const fn status_u16(self) -> u16 {
        match self {
            Self::CardDeclined => 402,
            Self::InsufficientFunds => 402,
            Self::ExpiredCard => 402,
            Self::InvalidAmount => 422,
            Self::MissingCurrency => 422,
            Self::ProcessorUnavailable => 503,
            Self::LedgerConflict => 500,
        }
    }
    /// The HTTP status this code comes with.
    pub const fn status(self) -> ::userplane::__private::http::StatusCode {
        ::userplane::__private::status(self.status_u16())
    }
    /// The documented default message.
    pub const fn message(self) -> &'static str {
        match self {
            Self::CardDeclined => "The card was declined.",
            Self::InsufficientFunds => "The account has insufficient funds.",
            Self::ExpiredCard => "The card has expired.",
            Self::InvalidAmount => "Amount must be a positive integer.",
            Self::MissingCurrency => "A currency is required.",
            Self::ProcessorUnavailable => "The payment processor is unavailable.",
            Self::LedgerConflict => "The ledger changed; do not retry blindly.",
        }
    }
    /// The documentation section this code belongs to.
    pub const fn category(self) -> Category {
        match self {
            Self::CardDeclined => Category::Payment,
            Self::InsufficientFunds => Category::Payment,
            Self::ExpiredCard => Category::Payment,
            Self::InvalidAmount => Category::Validation,
            Self::MissingCurrency => Category::Validation,
            Self::ProcessorUnavailable => Category::Server,
            Self::LedgerConflict => Category::Server,
        }
    }
    /// Whether a request that failed with this code may succeed if retried
    /// (429 and 5xx unless the spec says otherwise).
    pub const fn is_retryable(self) -> bool {
        match self {
            Self::CardDeclined => false,
            Self::InsufficientFunds => false,
            Self::ExpiredCard => false,
            Self::InvalidAmount => false,
            Self::MissingCurrency => false,
            Self::ProcessorUnavailable => true,
            Self::LedgerConflict => false,
        }
    }
    /// The code for a string sent by the API, if the spec knows it.
    pub fn from_code(code: &str) -> ::core::option::Option<Self> {
        match code {
            "card_declined" => ::core::option::Option::Some(Self::CardDeclined),
            "insufficient_funds" => ::core::option::Option::Some(Self::InsufficientFunds),
            "expired_card" => ::core::option::Option::Some(Self::ExpiredCard),
            "invalid_amount" => ::core::option::Option::Some(Self::InvalidAmount),
            "missing_currency" => ::core::option::Option::Some(Self::MissingCurrency),
            "processor_unavailable" => {
                ::core::option::Option::Some(Self::ProcessorUnavailable)
            }
            "ledger_conflict" => ::core::option::Option::Some(Self::LedgerConflict),
            _ => ::core::option::Option::None,
        }
    }
    /// The codes documented with this HTTP status (empty if none).
    pub fn for_status(
        status: ::userplane::__private::http::StatusCode,
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
    type Err = ::userplane::UnknownErrorCode;
    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        Self::from_code(s).ok_or_else(|| ::userplane::UnknownErrorCode::new(s))
    }
}
impl ::userplane::__private::serde::Serialize for ErrorCode {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::userplane::__private::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::userplane::__private::serde::Deserialize<'de> for ErrorCode {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::userplane::__private::serde::Deserializer<'de>,
    {
        ::userplane::__private::deserialize_code(deserializer)
    }
}
impl ::userplane::ApiErrorCode for ErrorCode {
    const ALL: &'static [Self] = Self::ALL;
    const ERROR_BODY: ::userplane::ErrorBodyLayout = ::userplane::ErrorBodyLayout {
        code: &["error", "code"],
        message: &["error", "message"],
    };
    fn as_str(self) -> &'static str {
        ErrorCode::as_str(self)
    }
    fn from_code(code: &str) -> ::core::option::Option<Self> {
        ErrorCode::from_code(code)
    }
    fn status(self) -> ::userplane::__private::http::StatusCode {
        ErrorCode::status(self)
    }
    fn message(self) -> &'static str {
        ErrorCode::message(self)
    }
    fn is_retryable(self) -> bool {
        ErrorCode::is_retryable(self)
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
impl ::userplane::__private::serde::Serialize for Category {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::userplane::__private::serde::Serializer,
    {
        serializer.serialize_str(self.id())
    }
}
/// An error response of the Acme Billing API, decoded: status, code, message and raw body.
pub type ApiError = ::userplane::ApiError<ErrorCode>;
