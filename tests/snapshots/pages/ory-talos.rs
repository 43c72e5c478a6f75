/// Every error code of the Ory Talos API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `bad_request` | 400 | Application errors | The request was malformed or contained invalid parameters |
/// | `credential_required` | 400 | Application errors | A credential is required. |
/// | `derived_token_not_revocable` | 400 | Application errors | Derived tokens cannot be revoked. |
/// | `invalid_api_key_format` | 400 | Application errors | The API key format is invalid. |
/// | `invalid_token_type` | 400 | Application errors | The token type is invalid. |
/// | `unknown_credential` | 400 | Application errors | The credential type is not recognized. |
/// | `api_key_expired` | 401 | Application errors | The API key has expired. |
/// | `api_key_revoked` | 401 | Application errors | The API key has been revoked. |
/// | `parent_key_invalid` | 401 | Application errors | Parent key validation failed. |
/// | `signature_invalid` | 401 | Application errors | Signature verification failed. |
/// | `unauthorized` | 401 | Application errors | The request could not be authorized |
/// | `api_key_quota_exceeded` | 402 | Application errors | The API key quota for the current plan has been reached. |
/// | `forbidden` | 403 | Application errors | The requested action was forbidden |
/// | `ip_not_allowed` | 403 | Application errors | The request IP is not allowed for this API key. |
/// | `payment_required` | 403 | Application errors | The feature is not available and requires payment. |
/// | `api_key_not_found` | 404 | Application errors | The API key was not found. |
/// | `not_found` | 404 | Application errors | The requested resource could not be found |
/// | `api_key_exists` | 409 | Application errors | An API key with this identifier already exists. |
/// | `conflict` | 409 | Application errors | The request conflicts with the current state of the resource |
/// | `failed_precondition` | 409 | Application errors | The operation cannot be completed due to a failed precondition. |
/// | `too_many_requests` | 429 | Application errors | The request was throttled due to resource exhaustion. |
/// | `internal_server_error` | 500 | Application errors | An internal server error occurred, please contact the system administrator |
/// | `service_unavailable` | 503 | Application errors | The service is temporarily unavailable. |
/// | `gateway_timeout` | 504 | Application errors | The operation timed out. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `bad_request` · 400 Bad Request · Application errors
    ///
    /// The request was malformed or contained invalid parameters
    BadRequest,
    /// `credential_required` · 400 Bad Request · Application errors
    ///
    /// A credential is required.
    CredentialRequired,
    /// `derived_token_not_revocable` · 400 Bad Request · Application errors
    ///
    /// Derived tokens cannot be revoked.
    DerivedTokenNotRevocable,
    /// `invalid_api_key_format` · 400 Bad Request · Application errors
    ///
    /// The API key format is invalid.
    InvalidApiKeyFormat,
    /// `invalid_token_type` · 400 Bad Request · Application errors
    ///
    /// The token type is invalid.
    InvalidTokenType,
    /// `unknown_credential` · 400 Bad Request · Application errors
    ///
    /// The credential type is not recognized.
    UnknownCredential,
    /// `api_key_expired` · 401 Unauthorized · Application errors
    ///
    /// The API key has expired.
    ApiKeyExpired,
    /// `api_key_revoked` · 401 Unauthorized · Application errors
    ///
    /// The API key has been revoked.
    ApiKeyRevoked,
    /// `parent_key_invalid` · 401 Unauthorized · Application errors
    ///
    /// Parent key validation failed.
    ParentKeyInvalid,
    /// `signature_invalid` · 401 Unauthorized · Application errors
    ///
    /// Signature verification failed.
    SignatureInvalid,
    /// `unauthorized` · 401 Unauthorized · Application errors
    ///
    /// The request could not be authorized
    Unauthorized,
    /// `api_key_quota_exceeded` · 402 Payment Required · Application errors
    ///
    /// The API key quota for the current plan has been reached.
    ApiKeyQuotaExceeded,
    /// `forbidden` · 403 Forbidden · Application errors
    ///
    /// The requested action was forbidden
    Forbidden,
    /// `ip_not_allowed` · 403 Forbidden · Application errors
    ///
    /// The request IP is not allowed for this API key.
    IpNotAllowed,
    /// `payment_required` · 403 Forbidden · Application errors
    ///
    /// The feature is not available and requires payment.
    PaymentRequired,
    /// `api_key_not_found` · 404 Not Found · Application errors
    ///
    /// The API key was not found.
    ApiKeyNotFound,
    /// `not_found` · 404 Not Found · Application errors
    ///
    /// The requested resource could not be found
    NotFound,
    /// `api_key_exists` · 409 Conflict · Application errors
    ///
    /// An API key with this identifier already exists.
    ApiKeyExists,
    /// `conflict` · 409 Conflict · Application errors
    ///
    /// The request conflicts with the current state of the resource
    Conflict,
    /// `failed_precondition` · 409 Conflict · Application errors
    ///
    /// The operation cannot be completed due to a failed precondition.
    FailedPrecondition,
    /// `too_many_requests` · 429 Too Many Requests · Application errors
    ///
    /// The request was throttled due to resource exhaustion.
    TooManyRequests,
    /// `internal_server_error` · 500 Internal Server Error · Application errors
    ///
    /// An internal server error occurred, please contact the system administrator
    InternalServerError,
    /// `service_unavailable` · 503 Service Unavailable · Application errors
    ///
    /// The service is temporarily unavailable.
    ServiceUnavailable,
    /// `gateway_timeout` · 504 Gateway Timeout · Application errors
    ///
    /// The operation timed out.
    GatewayTimeout,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[
        Self::BadRequest,
        Self::CredentialRequired,
        Self::DerivedTokenNotRevocable,
        Self::InvalidApiKeyFormat,
        Self::InvalidTokenType,
        Self::UnknownCredential,
        Self::ApiKeyExpired,
        Self::ApiKeyRevoked,
        Self::ParentKeyInvalid,
        Self::SignatureInvalid,
        Self::Unauthorized,
        Self::ApiKeyQuotaExceeded,
        Self::Forbidden,
        Self::IpNotAllowed,
        Self::PaymentRequired,
        Self::ApiKeyNotFound,
        Self::NotFound,
        Self::ApiKeyExists,
        Self::Conflict,
        Self::FailedPrecondition,
        Self::TooManyRequests,
        Self::InternalServerError,
        Self::ServiceUnavailable,
        Self::GatewayTimeout,
    ];
    /// How many codes the spec defines.
    pub const COUNT: usize = 24;
    const CODES: [&'static str; 24] = [
        "bad_request",
        "credential_required",
        "derived_token_not_revocable",
        "invalid_api_key_format",
        "invalid_token_type",
        "unknown_credential",
        "api_key_expired",
        "api_key_revoked",
        "parent_key_invalid",
        "signature_invalid",
        "unauthorized",
        "api_key_quota_exceeded",
        "forbidden",
        "ip_not_allowed",
        "payment_required",
        "api_key_not_found",
        "not_found",
        "api_key_exists",
        "conflict",
        "failed_precondition",
        "too_many_requests",
        "internal_server_error",
        "service_unavailable",
        "gateway_timeout",
    ];
    const STATUSES: [u16; 24] = [
        400, 400, 400, 400, 400, 400, 401, 401, 401, 401, 401, 402, 403, 403, 403, 404,
        404, 409, 409, 409, 429, 500, 503, 504,
    ];
    const MESSAGES: [::core::option::Option<&'static str>; 24] = [
        ::core::option::Option::Some(
            "The request was malformed or contained invalid parameters",
        ),
        ::core::option::Option::Some("A credential is required."),
        ::core::option::Option::Some("Derived tokens cannot be revoked."),
        ::core::option::Option::Some("The API key format is invalid."),
        ::core::option::Option::Some("The token type is invalid."),
        ::core::option::Option::Some("The credential type is not recognized."),
        ::core::option::Option::Some("The API key has expired."),
        ::core::option::Option::Some("The API key has been revoked."),
        ::core::option::Option::Some("Parent key validation failed."),
        ::core::option::Option::Some("Signature verification failed."),
        ::core::option::Option::Some("The request could not be authorized"),
        ::core::option::Option::Some(
            "The API key quota for the current plan has been reached.",
        ),
        ::core::option::Option::Some("The requested action was forbidden"),
        ::core::option::Option::Some("The request IP is not allowed for this API key."),
        ::core::option::Option::Some(
            "The feature is not available and requires payment.",
        ),
        ::core::option::Option::Some("The API key was not found."),
        ::core::option::Option::Some("The requested resource could not be found"),
        ::core::option::Option::Some("An API key with this identifier already exists."),
        ::core::option::Option::Some(
            "The request conflicts with the current state of the resource",
        ),
        ::core::option::Option::Some(
            "The operation cannot be completed due to a failed precondition.",
        ),
        ::core::option::Option::Some(
            "The request was throttled due to resource exhaustion.",
        ),
        ::core::option::Option::Some(
            "An internal server error occurred, please contact the system administrator",
        ),
        ::core::option::Option::Some("The service is temporarily unavailable."),
        ::core::option::Option::Some("The operation timed out."),
    ];
    /// Each code's category, as a position in `Category::ALL`.
    const CATEGORIES: [u32; 24] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ];
    /// Open-addressing hash table of the codes, built at compile
    /// time by the runtime's one lookup implementation.
    const BY_HASH: [u32; 64] = ::docspec::__private::code_table(&Self::CODES);
    /// Bit 1: retryable; bit 2: unprocessed.
    const FLAGS: [u8; 24] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 1, 1,
    ];
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
            400 => {
                &[
                    Self::BadRequest,
                    Self::CredentialRequired,
                    Self::DerivedTokenNotRevocable,
                    Self::InvalidApiKeyFormat,
                    Self::InvalidTokenType,
                    Self::UnknownCredential,
                ]
            }
            401 => {
                &[
                    Self::ApiKeyExpired,
                    Self::ApiKeyRevoked,
                    Self::ParentKeyInvalid,
                    Self::SignatureInvalid,
                    Self::Unauthorized,
                ]
            }
            402 => &[Self::ApiKeyQuotaExceeded],
            403 => &[Self::Forbidden, Self::IpNotAllowed, Self::PaymentRequired],
            404 => &[Self::ApiKeyNotFound, Self::NotFound],
            409 => &[Self::ApiKeyExists, Self::Conflict, Self::FailedPrecondition],
            429 => &[Self::TooManyRequests],
            500 => &[Self::InternalServerError],
            503 => &[Self::ServiceUnavailable],
            504 => &[Self::GatewayTimeout],
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
        code: &["error", "id"],
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
/// The sections of the Ory Talos API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Application errors (`application`)
    ///
    /// Codes: [`BadRequest`](ErrorCode::BadRequest), [`CredentialRequired`](ErrorCode::CredentialRequired), [`DerivedTokenNotRevocable`](ErrorCode::DerivedTokenNotRevocable), [`InvalidApiKeyFormat`](ErrorCode::InvalidApiKeyFormat), [`InvalidTokenType`](ErrorCode::InvalidTokenType), [`UnknownCredential`](ErrorCode::UnknownCredential), [`ApiKeyExpired`](ErrorCode::ApiKeyExpired), [`ApiKeyRevoked`](ErrorCode::ApiKeyRevoked), [`ParentKeyInvalid`](ErrorCode::ParentKeyInvalid), [`SignatureInvalid`](ErrorCode::SignatureInvalid), [`Unauthorized`](ErrorCode::Unauthorized), [`ApiKeyQuotaExceeded`](ErrorCode::ApiKeyQuotaExceeded), [`Forbidden`](ErrorCode::Forbidden), [`IpNotAllowed`](ErrorCode::IpNotAllowed), [`PaymentRequired`](ErrorCode::PaymentRequired), [`ApiKeyNotFound`](ErrorCode::ApiKeyNotFound), [`NotFound`](ErrorCode::NotFound), [`ApiKeyExists`](ErrorCode::ApiKeyExists), [`Conflict`](ErrorCode::Conflict), [`FailedPrecondition`](ErrorCode::FailedPrecondition), [`TooManyRequests`](ErrorCode::TooManyRequests), [`InternalServerError`](ErrorCode::InternalServerError), [`ServiceUnavailable`](ErrorCode::ServiceUnavailable), [`GatewayTimeout`](ErrorCode::GatewayTimeout).
    Application,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[Self::Application];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Application => "application",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Application => "Application errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::Application => ::core::option::Option::None,
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::Application => {
                &[
                    ErrorCode::BadRequest,
                    ErrorCode::CredentialRequired,
                    ErrorCode::DerivedTokenNotRevocable,
                    ErrorCode::InvalidApiKeyFormat,
                    ErrorCode::InvalidTokenType,
                    ErrorCode::UnknownCredential,
                    ErrorCode::ApiKeyExpired,
                    ErrorCode::ApiKeyRevoked,
                    ErrorCode::ParentKeyInvalid,
                    ErrorCode::SignatureInvalid,
                    ErrorCode::Unauthorized,
                    ErrorCode::ApiKeyQuotaExceeded,
                    ErrorCode::Forbidden,
                    ErrorCode::IpNotAllowed,
                    ErrorCode::PaymentRequired,
                    ErrorCode::ApiKeyNotFound,
                    ErrorCode::NotFound,
                    ErrorCode::ApiKeyExists,
                    ErrorCode::Conflict,
                    ErrorCode::FailedPrecondition,
                    ErrorCode::TooManyRequests,
                    ErrorCode::InternalServerError,
                    ErrorCode::ServiceUnavailable,
                    ErrorCode::GatewayTimeout,
                ]
            }
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "application" => ::core::option::Option::Some(Self::Application),
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
/// An error response of the Ory Talos API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Ory Talos API document without an error code.
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
