/// Every error code of the Yandex Data Streams API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `InvalidArgumentException` | 400 | Errors | The argument is invalid. See the error message for details. |
/// | `ProvisionedThroughputExceededException` | 400 | Errors | Insufficient throughput to process the request. |
/// | `ResourceNotFoundException` | 400 | Errors | The requested resource was not found. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `InvalidArgumentException` · 400 Bad Request · Errors
    ///
    /// The argument is invalid. See the error message for details.
    InvalidArgumentException,
    /// `ProvisionedThroughputExceededException` · 400 Bad Request · Errors
    ///
    /// Insufficient throughput to process the request.
    ProvisionedThroughputExceededException,
    /// `ResourceNotFoundException` · 400 Bad Request · Errors
    ///
    /// The requested resource was not found.
    ResourceNotFoundException,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[
        Self::InvalidArgumentException,
        Self::ProvisionedThroughputExceededException,
        Self::ResourceNotFoundException,
    ];
    /// How many codes the spec defines.
    pub const COUNT: usize = 3;
    const CODES: [&'static str; 3] = [
        "InvalidArgumentException",
        "ProvisionedThroughputExceededException",
        "ResourceNotFoundException",
    ];
    const STATUSES: [u16; 3] = [400, 400, 400];
    const MESSAGES: [::core::option::Option<&'static str>; 3] = [
        ::core::option::Option::Some(
            "The argument is invalid. See the error message for details.",
        ),
        ::core::option::Option::Some("Insufficient throughput to process the request."),
        ::core::option::Option::Some("The requested resource was not found."),
    ];
    /// Each code's category, as a position in `Category::ALL`.
    const CATEGORIES: [u32; 3] = [0, 0, 0];
    /// Open-addressing hash table of the codes, built at compile
    /// time by the runtime's one lookup implementation.
    const BY_HASH: [u32; 8] = ::docspec::__private::code_table(&Self::CODES);
    /// Bit 1: retryable; bit 2: unprocessed.
    const FLAGS: [u8; 3] = [0, 0, 0];
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
                    Self::InvalidArgumentException,
                    Self::ProvisionedThroughputExceededException,
                    Self::ResourceNotFoundException,
                ]
            }
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
/// The sections of the Yandex Data Streams API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Errors (`errors`)
    ///
    /// Codes: [`InvalidArgumentException`](ErrorCode::InvalidArgumentException), [`ProvisionedThroughputExceededException`](ErrorCode::ProvisionedThroughputExceededException), [`ResourceNotFoundException`](ErrorCode::ResourceNotFoundException).
    Errors,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[Self::Errors];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Errors => "errors",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Errors => "Errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::Errors => ::core::option::Option::None,
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::Errors => {
                &[
                    ErrorCode::InvalidArgumentException,
                    ErrorCode::ProvisionedThroughputExceededException,
                    ErrorCode::ResourceNotFoundException,
                ]
            }
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "errors" => ::core::option::Option::Some(Self::Errors),
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
/// An error response of the Yandex Data Streams API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Yandex Data Streams API document without an error code.
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
