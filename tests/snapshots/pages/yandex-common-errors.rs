/// Every error code of the Common errors API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `AccessDeniedException` | 400 | Common errors | No permission to perform the requested operation. |
/// | `IncompleteSignature` | 400 | Common errors | The request signature does not conform to the standards. |
/// | `InternalFailure` | 500 | Common errors | Unknown internal error. |
/// | `InvalidAction` | 400 | Common errors | Invalid method. Check if the method name is written correctly. |
/// | `InvalidClientTokenId` | 403 | Common errors | X.509 certificate or access key not found. |
/// | `InvalidParameterCombination` | 400 | Common errors | Parameters that can't be used simultaneously are specified. |
/// | `InvalidParameterValue` | 400 | Common errors | Invalid parameter value. |
/// | `InvalidQueryParameter` | 400 | Common errors | Invalid query string format. |
/// | `MalformedQueryString` | 404 | Common errors | Syntax error in a query string. |
/// | `MissingAction` | 400 | Common errors | Missing query method or required parameter. |
/// | `MissingAuthenticationToken` | 403 | Common errors | The query must contain a valid access key ID or an X.509 certificate. |
/// | `MissingParameter` | 400 | Common errors | Required parameter missing. |
/// | `NotAuthorized` | 400 | Common errors | No permission to perform this action. |
/// | `OptInRequired` | 403 | Common errors | The specified access key is not subscribed to this service. |
/// | `RequestExpired` | 400 | Common errors | The request was received more than 15 minutes after the date specified in it, or more than 15 minutes after the request expired, or the specified date is 15 or more minutes ahead. |
/// | `ServiceUnavailable` | 503 | Common errors | Temporary failure on the server side. |
/// | `ThrottlingException` | 400 | Common errors | The request was denied due to request throttling. |
/// | `ValidationError` | 400 | Common errors | Input data doesn't meet the restrictions. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `AccessDeniedException` · 400 Bad Request · Common errors
    ///
    /// No permission to perform the requested operation.
    AccessDeniedException,
    /// `IncompleteSignature` · 400 Bad Request · Common errors
    ///
    /// The request signature does not conform to the standards.
    IncompleteSignature,
    /// `InternalFailure` · 500 Internal Server Error · Common errors
    ///
    /// Unknown internal error.
    InternalFailure,
    /// `InvalidAction` · 400 Bad Request · Common errors
    ///
    /// Invalid method. Check if the method name is written correctly.
    InvalidAction,
    /// `InvalidClientTokenId` · 403 Forbidden · Common errors
    ///
    /// X.509 certificate or access key not found.
    InvalidClientTokenId,
    /// `InvalidParameterCombination` · 400 Bad Request · Common errors
    ///
    /// Parameters that can't be used simultaneously are specified.
    InvalidParameterCombination,
    /// `InvalidParameterValue` · 400 Bad Request · Common errors
    ///
    /// Invalid parameter value.
    InvalidParameterValue,
    /// `InvalidQueryParameter` · 400 Bad Request · Common errors
    ///
    /// Invalid query string format.
    InvalidQueryParameter,
    /// `MalformedQueryString` · 404 Not Found · Common errors
    ///
    /// Syntax error in a query string.
    MalformedQueryString,
    /// `MissingAction` · 400 Bad Request · Common errors
    ///
    /// Missing query method or required parameter.
    MissingAction,
    /// `MissingAuthenticationToken` · 403 Forbidden · Common errors
    ///
    /// The query must contain a valid access key ID or an X.509 certificate.
    MissingAuthenticationToken,
    /// `MissingParameter` · 400 Bad Request · Common errors
    ///
    /// Required parameter missing.
    MissingParameter,
    /// `NotAuthorized` · 400 Bad Request · Common errors
    ///
    /// No permission to perform this action.
    NotAuthorized,
    /// `OptInRequired` · 403 Forbidden · Common errors
    ///
    /// The specified access key is not subscribed to this service.
    OptInRequired,
    /// `RequestExpired` · 400 Bad Request · Common errors
    ///
    /// The request was received more than 15 minutes after the date specified in it, or more than 15 minutes after the request expired, or the specified date is 15 or more minutes ahead.
    RequestExpired,
    /// `ServiceUnavailable` · 503 Service Unavailable · Common errors
    ///
    /// Temporary failure on the server side.
    ServiceUnavailable,
    /// `ThrottlingException` · 400 Bad Request · Common errors
    ///
    /// The request was denied due to request throttling.
    ThrottlingException,
    /// `ValidationError` · 400 Bad Request · Common errors
    ///
    /// Input data doesn't meet the restrictions.
    ValidationError,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[
        Self::AccessDeniedException,
        Self::IncompleteSignature,
        Self::InternalFailure,
        Self::InvalidAction,
        Self::InvalidClientTokenId,
        Self::InvalidParameterCombination,
        Self::InvalidParameterValue,
        Self::InvalidQueryParameter,
        Self::MalformedQueryString,
        Self::MissingAction,
        Self::MissingAuthenticationToken,
        Self::MissingParameter,
        Self::NotAuthorized,
        Self::OptInRequired,
        Self::RequestExpired,
        Self::ServiceUnavailable,
        Self::ThrottlingException,
        Self::ValidationError,
    ];
    /// How many codes the spec defines.
    pub const COUNT: usize = 18;
    const CODES: [&'static str; 18] = [
        "AccessDeniedException",
        "IncompleteSignature",
        "InternalFailure",
        "InvalidAction",
        "InvalidClientTokenId",
        "InvalidParameterCombination",
        "InvalidParameterValue",
        "InvalidQueryParameter",
        "MalformedQueryString",
        "MissingAction",
        "MissingAuthenticationToken",
        "MissingParameter",
        "NotAuthorized",
        "OptInRequired",
        "RequestExpired",
        "ServiceUnavailable",
        "ThrottlingException",
        "ValidationError",
    ];
    const STATUSES: [u16; 18] = [
        400, 400, 500, 400, 403, 400, 400, 400, 404, 400, 403, 400, 400, 403, 400, 503,
        400, 400,
    ];
    const MESSAGES: [::core::option::Option<&'static str>; 18] = [
        ::core::option::Option::Some(
            "No permission to perform the requested operation.",
        ),
        ::core::option::Option::Some(
            "The request signature does not conform to the standards.",
        ),
        ::core::option::Option::Some("Unknown internal error."),
        ::core::option::Option::Some(
            "Invalid method. Check if the method name is written correctly.",
        ),
        ::core::option::Option::Some("X.509 certificate or access key not found."),
        ::core::option::Option::Some(
            "Parameters that can't be used simultaneously are specified.",
        ),
        ::core::option::Option::Some("Invalid parameter value."),
        ::core::option::Option::Some("Invalid query string format."),
        ::core::option::Option::Some("Syntax error in a query string."),
        ::core::option::Option::Some("Missing query method or required parameter."),
        ::core::option::Option::Some(
            "The query must contain a valid access key ID or an X.509 certificate.",
        ),
        ::core::option::Option::Some("Required parameter missing."),
        ::core::option::Option::Some("No permission to perform this action."),
        ::core::option::Option::Some(
            "The specified access key is not subscribed to this service.",
        ),
        ::core::option::Option::Some(
            "The request was received more than 15 minutes after the date specified in it, or more than 15 minutes after the request expired, or the specified date is 15 or more minutes ahead.",
        ),
        ::core::option::Option::Some("Temporary failure on the server side."),
        ::core::option::Option::Some(
            "The request was denied due to request throttling.",
        ),
        ::core::option::Option::Some("Input data doesn't meet the restrictions."),
    ];
    /// Each code's category, as a position in `Category::ALL`.
    const CATEGORIES: [u32; 18] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    /// Open-addressing hash table of the codes, built at compile
    /// time by the runtime's one lookup implementation.
    const BY_HASH: [u32; 64] = ::docspec::__private::code_table(&Self::CODES);
    /// Bit 1: retryable; bit 2: unprocessed.
    const FLAGS: [u8; 18] = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0];
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
                    Self::AccessDeniedException,
                    Self::IncompleteSignature,
                    Self::InvalidAction,
                    Self::InvalidParameterCombination,
                    Self::InvalidParameterValue,
                    Self::InvalidQueryParameter,
                    Self::MissingAction,
                    Self::MissingParameter,
                    Self::NotAuthorized,
                    Self::RequestExpired,
                    Self::ThrottlingException,
                    Self::ValidationError,
                ]
            }
            403 => {
                &[
                    Self::InvalidClientTokenId,
                    Self::MissingAuthenticationToken,
                    Self::OptInRequired,
                ]
            }
            404 => &[Self::MalformedQueryString],
            500 => &[Self::InternalFailure],
            503 => &[Self::ServiceUnavailable],
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
        code: &["__type"],
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
/// The sections of the Common errors API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Common errors (`common`)
    ///
    /// In case of an error, the corresponding HTTP response code and data in JSON format are returned:
    ///
    /// Codes: [`AccessDeniedException`](ErrorCode::AccessDeniedException), [`IncompleteSignature`](ErrorCode::IncompleteSignature), [`InternalFailure`](ErrorCode::InternalFailure), [`InvalidAction`](ErrorCode::InvalidAction), [`InvalidClientTokenId`](ErrorCode::InvalidClientTokenId), [`InvalidParameterCombination`](ErrorCode::InvalidParameterCombination), [`InvalidParameterValue`](ErrorCode::InvalidParameterValue), [`InvalidQueryParameter`](ErrorCode::InvalidQueryParameter), [`MalformedQueryString`](ErrorCode::MalformedQueryString), [`MissingAction`](ErrorCode::MissingAction), [`MissingAuthenticationToken`](ErrorCode::MissingAuthenticationToken), [`MissingParameter`](ErrorCode::MissingParameter), [`NotAuthorized`](ErrorCode::NotAuthorized), [`OptInRequired`](ErrorCode::OptInRequired), [`RequestExpired`](ErrorCode::RequestExpired), [`ServiceUnavailable`](ErrorCode::ServiceUnavailable), [`ThrottlingException`](ErrorCode::ThrottlingException), [`ValidationError`](ErrorCode::ValidationError).
    Common,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[Self::Common];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Common => "common",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Common => "Common errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::Common => {
                ::core::option::Option::Some(
                    "In case of an error, the corresponding HTTP response code and data in JSON format are returned:",
                )
            }
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::Common => {
                &[
                    ErrorCode::AccessDeniedException,
                    ErrorCode::IncompleteSignature,
                    ErrorCode::InternalFailure,
                    ErrorCode::InvalidAction,
                    ErrorCode::InvalidClientTokenId,
                    ErrorCode::InvalidParameterCombination,
                    ErrorCode::InvalidParameterValue,
                    ErrorCode::InvalidQueryParameter,
                    ErrorCode::MalformedQueryString,
                    ErrorCode::MissingAction,
                    ErrorCode::MissingAuthenticationToken,
                    ErrorCode::MissingParameter,
                    ErrorCode::NotAuthorized,
                    ErrorCode::OptInRequired,
                    ErrorCode::RequestExpired,
                    ErrorCode::ServiceUnavailable,
                    ErrorCode::ThrottlingException,
                    ErrorCode::ValidationError,
                ]
            }
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "common" => ::core::option::Option::Some(Self::Common),
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
/// An error response of the Common errors API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Common errors API document without an error code.
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
