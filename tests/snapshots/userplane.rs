/// Every error code of the Userplane API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `API_KEY_REQUIRED` | 401 | Authentication errors | API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;. |
/// | `API_KEY_INVALID` | 401 | Authentication errors | The provided API key is not valid. Verify the key and try again. |
/// | `API_KEY_EXPIRED` | 401 | Authentication errors | The API key has expired. Rotate or create a new key. |
/// | `API_KEY_DISABLED` | 403 | Authorization errors | The API key is disabled. Enable it or create a new key. |
/// | `NOT_A_MEMBER` | 403 | Authorization errors | The API key owner is not a member of this workspace. |
/// | `LINK_DELETE_FORBIDDEN` | 403 | Authorization errors | You do not have permission to delete this link. |
/// | `RECORDING_DELETE_FORBIDDEN` | 403 | Authorization errors | You do not have permission to delete this recording. |
/// | `RECORDING_WORKSPACE_MISMATCH` | 403 | Authorization errors | Recording does not belong to this workspace. |
/// | `RATE_LIMITED` | 429 | Rate limiting | Rate limit exceeded. Wait and retry with exponential backoff. |
/// | `SERVICE_UNAVAILABLE` | 503 | Service errors | API key verification service is temporarily unavailable. Please try again later. |
/// | `LINK_NOT_FOUND` | 404 | Resource errors | Link not found |
/// | `RECORDING_NOT_FOUND` | 404 | Resource errors | Recording not found |
/// | `PROJECT_NOT_FOUND` | 404 | Resource errors | Project not found |
/// | `WORKSPACE_NOT_FOUND` | 404 | Resource errors | Workspace not found |
/// | `LINK_GONE` | 410 | Resource errors | Link has been deleted |
/// | `RECORDING_GONE` | 410 | Resource errors | Recording has already been deleted |
/// | `PROJECT_GONE` | 410 | Resource errors | Project has been deleted |
/// | `LINK_PROJECT_DELETED` | 410 | Resource errors | Project has been deleted |
/// | `LINK_CREATE_FAILED` | 500 | Mutation errors | Failed to create link |
/// | `LINK_UPDATE_FAILED` | 500 | Mutation errors | Failed to update link |
/// | `LINK_DELETE_FAILED` | 500 | Mutation errors | Failed to delete link |
/// | `RECORDING_DELETE_FAILED` | 500 | Mutation errors | Failed to delete recording |
/// | `LINK_DEFAULT_PROJECT_NOT_FOUND` | 404 | Mutation errors | No default project found for workspace |
/// | `PLAN_LIMIT_EXCEEDED` | 403 | Mutation errors | Plan limit exceeded |
/// | `UNAUTHORIZED` | 401 | API key management errors | You must be logged in to manage API keys. |
/// | `API_KEY_ALREADY_EXISTS` | 409 | API key management errors | You already have an API key. Revoke or rotate it instead. |
/// | `API_KEY_NOT_FOUND` | 404 | API key management errors | No API key found. |
/// | `API_KEY_CREATE_FAILED` | 500 | API key management errors | Failed to create API key. |
/// | `API_KEY_REVOKE_FAILED` | 500 | API key management errors | Failed to revoke API key. |
/// | `API_KEY_ROTATE_FAILED` | 500 | API key management errors | Failed to rotate API key. |
/// | `FORBIDDEN` | 403 | Authorization errors | Insufficient permissions |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `API_KEY_REQUIRED` · 401 Unauthorized · Authentication errors
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired,
    /// `API_KEY_INVALID` · 401 Unauthorized · Authentication errors
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid,
    /// `API_KEY_EXPIRED` · 401 Unauthorized · Authentication errors
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired,
    /// `API_KEY_DISABLED` · 403 Forbidden · Authorization errors
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled,
    /// `NOT_A_MEMBER` · 403 Forbidden · Authorization errors
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember,
    /// `LINK_DELETE_FORBIDDEN` · 403 Forbidden · Authorization errors
    ///
    /// You do not have permission to delete this link.
    LinkDeleteForbidden,
    /// `RECORDING_DELETE_FORBIDDEN` · 403 Forbidden · Authorization errors
    ///
    /// You do not have permission to delete this recording.
    RecordingDeleteForbidden,
    /// `RECORDING_WORKSPACE_MISMATCH` · 403 Forbidden · Authorization errors
    ///
    /// Recording does not belong to this workspace.
    RecordingWorkspaceMismatch,
    /// `RATE_LIMITED` · 429 Too Many Requests · Rate limiting
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited,
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable · Service errors
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable,
    /// `LINK_NOT_FOUND` · 404 Not Found · Resource errors
    ///
    /// Link not found
    LinkNotFound,
    /// `RECORDING_NOT_FOUND` · 404 Not Found · Resource errors
    ///
    /// Recording not found
    RecordingNotFound,
    /// `PROJECT_NOT_FOUND` · 404 Not Found · Resource errors
    ///
    /// Project not found
    ProjectNotFound,
    /// `WORKSPACE_NOT_FOUND` · 404 Not Found · Resource errors
    ///
    /// Workspace not found
    WorkspaceNotFound,
    /// `LINK_GONE` · 410 Gone · Resource errors
    ///
    /// Link has been deleted
    LinkGone,
    /// `RECORDING_GONE` · 410 Gone · Resource errors
    ///
    /// Recording has already been deleted
    RecordingGone,
    /// `PROJECT_GONE` · 410 Gone · Resource errors
    ///
    /// Project has been deleted
    ProjectGone,
    /// `LINK_PROJECT_DELETED` · 410 Gone · Resource errors
    ///
    /// Project has been deleted
    LinkProjectDeleted,
    /// `LINK_CREATE_FAILED` · 500 Internal Server Error · Mutation errors
    ///
    /// Failed to create link
    LinkCreateFailed,
    /// `LINK_UPDATE_FAILED` · 500 Internal Server Error · Mutation errors
    ///
    /// Failed to update link
    LinkUpdateFailed,
    /// `LINK_DELETE_FAILED` · 500 Internal Server Error · Mutation errors
    ///
    /// Failed to delete link
    LinkDeleteFailed,
    /// `RECORDING_DELETE_FAILED` · 500 Internal Server Error · Mutation errors
    ///
    /// Failed to delete recording
    RecordingDeleteFailed,
    /// `LINK_DEFAULT_PROJECT_NOT_FOUND` · 404 Not Found · Mutation errors
    ///
    /// No default project found for workspace
    LinkDefaultProjectNotFound,
    /// `PLAN_LIMIT_EXCEEDED` · 403 Forbidden · Mutation errors
    ///
    /// Plan limit exceeded
    PlanLimitExceeded,
    /// `UNAUTHORIZED` · 401 Unauthorized · API key management errors
    ///
    /// You must be logged in to manage API keys.
    Unauthorized,
    /// `API_KEY_ALREADY_EXISTS` · 409 Conflict · API key management errors
    ///
    /// You already have an API key. Revoke or rotate it instead.
    ApiKeyAlreadyExists,
    /// `API_KEY_NOT_FOUND` · 404 Not Found · API key management errors
    ///
    /// No API key found.
    ApiKeyNotFound,
    /// `API_KEY_CREATE_FAILED` · 500 Internal Server Error · API key management errors
    ///
    /// Failed to create API key.
    ApiKeyCreateFailed,
    /// `API_KEY_REVOKE_FAILED` · 500 Internal Server Error · API key management errors
    ///
    /// Failed to revoke API key.
    ApiKeyRevokeFailed,
    /// `API_KEY_ROTATE_FAILED` · 500 Internal Server Error · API key management errors
    ///
    /// Failed to rotate API key.
    ApiKeyRotateFailed,
    /// `FORBIDDEN` · 403 Forbidden · Authorization errors
    ///
    /// Insufficient permissions
    ///
    /// Documented on an endpoint page, not in the error table.
    Forbidden,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[
        Self::ApiKeyRequired,
        Self::ApiKeyInvalid,
        Self::ApiKeyExpired,
        Self::ApiKeyDisabled,
        Self::NotAMember,
        Self::LinkDeleteForbidden,
        Self::RecordingDeleteForbidden,
        Self::RecordingWorkspaceMismatch,
        Self::RateLimited,
        Self::ServiceUnavailable,
        Self::LinkNotFound,
        Self::RecordingNotFound,
        Self::ProjectNotFound,
        Self::WorkspaceNotFound,
        Self::LinkGone,
        Self::RecordingGone,
        Self::ProjectGone,
        Self::LinkProjectDeleted,
        Self::LinkCreateFailed,
        Self::LinkUpdateFailed,
        Self::LinkDeleteFailed,
        Self::RecordingDeleteFailed,
        Self::LinkDefaultProjectNotFound,
        Self::PlanLimitExceeded,
        Self::Unauthorized,
        Self::ApiKeyAlreadyExists,
        Self::ApiKeyNotFound,
        Self::ApiKeyCreateFailed,
        Self::ApiKeyRevokeFailed,
        Self::ApiKeyRotateFailed,
        Self::Forbidden,
    ];
    /// How many codes the spec defines.
    pub const COUNT: usize = 31;
    const CODES: [&'static str; 31] = [
        "API_KEY_REQUIRED",
        "API_KEY_INVALID",
        "API_KEY_EXPIRED",
        "API_KEY_DISABLED",
        "NOT_A_MEMBER",
        "LINK_DELETE_FORBIDDEN",
        "RECORDING_DELETE_FORBIDDEN",
        "RECORDING_WORKSPACE_MISMATCH",
        "RATE_LIMITED",
        "SERVICE_UNAVAILABLE",
        "LINK_NOT_FOUND",
        "RECORDING_NOT_FOUND",
        "PROJECT_NOT_FOUND",
        "WORKSPACE_NOT_FOUND",
        "LINK_GONE",
        "RECORDING_GONE",
        "PROJECT_GONE",
        "LINK_PROJECT_DELETED",
        "LINK_CREATE_FAILED",
        "LINK_UPDATE_FAILED",
        "LINK_DELETE_FAILED",
        "RECORDING_DELETE_FAILED",
        "LINK_DEFAULT_PROJECT_NOT_FOUND",
        "PLAN_LIMIT_EXCEEDED",
        "UNAUTHORIZED",
        "API_KEY_ALREADY_EXISTS",
        "API_KEY_NOT_FOUND",
        "API_KEY_CREATE_FAILED",
        "API_KEY_REVOKE_FAILED",
        "API_KEY_ROTATE_FAILED",
        "FORBIDDEN",
    ];
    const STATUSES: [u16; 31] = [
        401, 401, 401, 403, 403, 403, 403, 403, 429, 503, 404, 404, 404, 404, 410, 410,
        410, 410, 500, 500, 500, 500, 404, 403, 401, 409, 404, 500, 500, 500, 403,
    ];
    const MESSAGES: [::core::option::Option<&'static str>; 31] = [
        ::core::option::Option::Some(
            "API key is required. Include it as Authorization: Bearer <your-api-key>.",
        ),
        ::core::option::Option::Some(
            "The provided API key is not valid. Verify the key and try again.",
        ),
        ::core::option::Option::Some(
            "The API key has expired. Rotate or create a new key.",
        ),
        ::core::option::Option::Some(
            "The API key is disabled. Enable it or create a new key.",
        ),
        ::core::option::Option::Some(
            "The API key owner is not a member of this workspace.",
        ),
        ::core::option::Option::Some("You do not have permission to delete this link."),
        ::core::option::Option::Some(
            "You do not have permission to delete this recording.",
        ),
        ::core::option::Option::Some("Recording does not belong to this workspace."),
        ::core::option::Option::Some(
            "Rate limit exceeded. Wait and retry with exponential backoff.",
        ),
        ::core::option::Option::Some(
            "API key verification service is temporarily unavailable. Please try again later.",
        ),
        ::core::option::Option::Some("Link not found"),
        ::core::option::Option::Some("Recording not found"),
        ::core::option::Option::Some("Project not found"),
        ::core::option::Option::Some("Workspace not found"),
        ::core::option::Option::Some("Link has been deleted"),
        ::core::option::Option::Some("Recording has already been deleted"),
        ::core::option::Option::Some("Project has been deleted"),
        ::core::option::Option::Some("Project has been deleted"),
        ::core::option::Option::Some("Failed to create link"),
        ::core::option::Option::Some("Failed to update link"),
        ::core::option::Option::Some("Failed to delete link"),
        ::core::option::Option::Some("Failed to delete recording"),
        ::core::option::Option::Some("No default project found for workspace"),
        ::core::option::Option::Some("Plan limit exceeded"),
        ::core::option::Option::Some("You must be logged in to manage API keys."),
        ::core::option::Option::Some(
            "You already have an API key. Revoke or rotate it instead.",
        ),
        ::core::option::Option::Some("No API key found."),
        ::core::option::Option::Some("Failed to create API key."),
        ::core::option::Option::Some("Failed to revoke API key."),
        ::core::option::Option::Some("Failed to rotate API key."),
        ::core::option::Option::Some("Insufficient permissions"),
    ];
    /// Each code's category, as a position in `Category::ALL`.
    const CATEGORIES: [u32; 31] = [
        0, 0, 0, 1, 1, 1, 1, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 6,
        6, 6, 6, 1,
    ];
    /// Open-addressing hash table of the codes, built at compile
    /// time by the runtime's one lookup implementation.
    const BY_HASH: [u32; 64] = ::docspec::__private::code_table(&Self::CODES);
    /// Bit 1: retryable; bit 2: unprocessed.
    const FLAGS: [u8; 31] = [
        0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        1, 1, 1, 0,
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
            401 => {
                &[
                    Self::ApiKeyRequired,
                    Self::ApiKeyInvalid,
                    Self::ApiKeyExpired,
                    Self::Unauthorized,
                ]
            }
            403 => {
                &[
                    Self::ApiKeyDisabled,
                    Self::NotAMember,
                    Self::LinkDeleteForbidden,
                    Self::RecordingDeleteForbidden,
                    Self::RecordingWorkspaceMismatch,
                    Self::PlanLimitExceeded,
                    Self::Forbidden,
                ]
            }
            404 => {
                &[
                    Self::LinkNotFound,
                    Self::RecordingNotFound,
                    Self::ProjectNotFound,
                    Self::WorkspaceNotFound,
                    Self::LinkDefaultProjectNotFound,
                    Self::ApiKeyNotFound,
                ]
            }
            409 => &[Self::ApiKeyAlreadyExists],
            410 => {
                &[
                    Self::LinkGone,
                    Self::RecordingGone,
                    Self::ProjectGone,
                    Self::LinkProjectDeleted,
                ]
            }
            429 => &[Self::RateLimited],
            500 => {
                &[
                    Self::LinkCreateFailed,
                    Self::LinkUpdateFailed,
                    Self::LinkDeleteFailed,
                    Self::RecordingDeleteFailed,
                    Self::ApiKeyCreateFailed,
                    Self::ApiKeyRevokeFailed,
                    Self::ApiKeyRotateFailed,
                ]
            }
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
        code: &["error"],
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
/// The sections of the Userplane API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Authentication errors (`authentication`)
    ///
    /// Returned when the API key is missing, invalid, or expired.
    ///
    /// Codes: [`ApiKeyRequired`](ErrorCode::ApiKeyRequired), [`ApiKeyInvalid`](ErrorCode::ApiKeyInvalid), [`ApiKeyExpired`](ErrorCode::ApiKeyExpired).
    Authentication,
    /// Authorization errors (`authorization`)
    ///
    /// Returned when the authenticated user lacks access to the requested resource.
    ///
    /// Codes: [`ApiKeyDisabled`](ErrorCode::ApiKeyDisabled), [`NotAMember`](ErrorCode::NotAMember), [`LinkDeleteForbidden`](ErrorCode::LinkDeleteForbidden), [`RecordingDeleteForbidden`](ErrorCode::RecordingDeleteForbidden), [`RecordingWorkspaceMismatch`](ErrorCode::RecordingWorkspaceMismatch), [`Forbidden`](ErrorCode::Forbidden).
    Authorization,
    /// Rate limiting (`rate_limiting`)
    ///
    /// Codes: [`RateLimited`](ErrorCode::RateLimited).
    RateLimiting,
    /// Service errors (`service`)
    ///
    /// Codes: [`ServiceUnavailable`](ErrorCode::ServiceUnavailable).
    Service,
    /// Resource errors (`resource`)
    ///
    /// Returned when the requested resource does not exist or has been deleted.
    ///
    /// Codes: [`LinkNotFound`](ErrorCode::LinkNotFound), [`RecordingNotFound`](ErrorCode::RecordingNotFound), [`ProjectNotFound`](ErrorCode::ProjectNotFound), [`WorkspaceNotFound`](ErrorCode::WorkspaceNotFound), [`LinkGone`](ErrorCode::LinkGone), [`RecordingGone`](ErrorCode::RecordingGone), [`ProjectGone`](ErrorCode::ProjectGone), [`LinkProjectDeleted`](ErrorCode::LinkProjectDeleted).
    Resource,
    /// Mutation errors (`mutation`)
    ///
    /// Returned when a create, update, or delete operation fails.
    ///
    /// Codes: [`LinkCreateFailed`](ErrorCode::LinkCreateFailed), [`LinkUpdateFailed`](ErrorCode::LinkUpdateFailed), [`LinkDeleteFailed`](ErrorCode::LinkDeleteFailed), [`RecordingDeleteFailed`](ErrorCode::RecordingDeleteFailed), [`LinkDefaultProjectNotFound`](ErrorCode::LinkDefaultProjectNotFound), [`PlanLimitExceeded`](ErrorCode::PlanLimitExceeded).
    Mutation,
    /// API key management errors (`api_key_management`)
    ///
    /// These errors apply to the API Key Management endpoints, which use session authentication.
    ///
    /// Codes: [`Unauthorized`](ErrorCode::Unauthorized), [`ApiKeyAlreadyExists`](ErrorCode::ApiKeyAlreadyExists), [`ApiKeyNotFound`](ErrorCode::ApiKeyNotFound), [`ApiKeyCreateFailed`](ErrorCode::ApiKeyCreateFailed), [`ApiKeyRevokeFailed`](ErrorCode::ApiKeyRevokeFailed), [`ApiKeyRotateFailed`](ErrorCode::ApiKeyRotateFailed).
    ApiKeyManagement,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[
        Self::Authentication,
        Self::Authorization,
        Self::RateLimiting,
        Self::Service,
        Self::Resource,
        Self::Mutation,
        Self::ApiKeyManagement,
    ];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Authentication => "authentication",
            Self::Authorization => "authorization",
            Self::RateLimiting => "rate_limiting",
            Self::Service => "service",
            Self::Resource => "resource",
            Self::Mutation => "mutation",
            Self::ApiKeyManagement => "api_key_management",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::Authentication => "Authentication errors",
            Self::Authorization => "Authorization errors",
            Self::RateLimiting => "Rate limiting",
            Self::Service => "Service errors",
            Self::Resource => "Resource errors",
            Self::Mutation => "Mutation errors",
            Self::ApiKeyManagement => "API key management errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::Authentication => {
                ::core::option::Option::Some(
                    "Returned when the API key is missing, invalid, or expired.",
                )
            }
            Self::Authorization => {
                ::core::option::Option::Some(
                    "Returned when the authenticated user lacks access to the requested resource.",
                )
            }
            Self::RateLimiting => ::core::option::Option::None,
            Self::Service => ::core::option::Option::None,
            Self::Resource => {
                ::core::option::Option::Some(
                    "Returned when the requested resource does not exist or has been deleted.",
                )
            }
            Self::Mutation => {
                ::core::option::Option::Some(
                    "Returned when a create, update, or delete operation fails.",
                )
            }
            Self::ApiKeyManagement => {
                ::core::option::Option::Some(
                    "These errors apply to the API Key Management endpoints, which use session authentication.",
                )
            }
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::Authentication => {
                &[
                    ErrorCode::ApiKeyRequired,
                    ErrorCode::ApiKeyInvalid,
                    ErrorCode::ApiKeyExpired,
                ]
            }
            Self::Authorization => {
                &[
                    ErrorCode::ApiKeyDisabled,
                    ErrorCode::NotAMember,
                    ErrorCode::LinkDeleteForbidden,
                    ErrorCode::RecordingDeleteForbidden,
                    ErrorCode::RecordingWorkspaceMismatch,
                    ErrorCode::Forbidden,
                ]
            }
            Self::RateLimiting => &[ErrorCode::RateLimited],
            Self::Service => &[ErrorCode::ServiceUnavailable],
            Self::Resource => {
                &[
                    ErrorCode::LinkNotFound,
                    ErrorCode::RecordingNotFound,
                    ErrorCode::ProjectNotFound,
                    ErrorCode::WorkspaceNotFound,
                    ErrorCode::LinkGone,
                    ErrorCode::RecordingGone,
                    ErrorCode::ProjectGone,
                    ErrorCode::LinkProjectDeleted,
                ]
            }
            Self::Mutation => {
                &[
                    ErrorCode::LinkCreateFailed,
                    ErrorCode::LinkUpdateFailed,
                    ErrorCode::LinkDeleteFailed,
                    ErrorCode::RecordingDeleteFailed,
                    ErrorCode::LinkDefaultProjectNotFound,
                    ErrorCode::PlanLimitExceeded,
                ]
            }
            Self::ApiKeyManagement => {
                &[
                    ErrorCode::Unauthorized,
                    ErrorCode::ApiKeyAlreadyExists,
                    ErrorCode::ApiKeyNotFound,
                    ErrorCode::ApiKeyCreateFailed,
                    ErrorCode::ApiKeyRevokeFailed,
                    ErrorCode::ApiKeyRotateFailed,
                ]
            }
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "authentication" => ::core::option::Option::Some(Self::Authentication),
            "authorization" => ::core::option::Option::Some(Self::Authorization),
            "rate_limiting" => ::core::option::Option::Some(Self::RateLimiting),
            "service" => ::core::option::Option::Some(Self::Service),
            "resource" => ::core::option::Option::Some(Self::Resource),
            "mutation" => ::core::option::Option::Some(Self::Mutation),
            "api_key_management" => ::core::option::Option::Some(Self::ApiKeyManagement),
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
/// An error response of the Userplane API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Userplane API document without an error code.
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
/// The errors of `get_me` (`GET /public/me`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetMeError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetMeError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid, ApiKeyExpired,
    RateLimited, ServiceUnavailable], DocumentedStatus, []
);
/// The errors of `list_workspaces` (`GET /public/workspaces`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListWorkspacesError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListWorkspacesError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, RateLimited, ServiceUnavailable], DocumentedStatus, []
);
/// The errors of `get_workspace` (`GET /public/workspace/{workspaceId}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetWorkspaceError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `WORKSPACE_NOT_FOUND` · 404 Not Found
    ///
    /// Workspace does not exist
    WorkspaceNotFound(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetWorkspaceError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    WorkspaceNotFound], DocumentedStatus, []
);
/// The errors of `get_workspace_invite_url` (`GET /public/workspace/{workspaceId}/invite-url`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetWorkspaceInviteUrlError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `WORKSPACE_NOT_FOUND` · 404 Not Found
    ///
    /// Workspace does not exist
    WorkspaceNotFound(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetWorkspaceInviteUrlError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    WorkspaceNotFound], DocumentedStatus, []
);
/// The errors of `list_projects` (`GET /public/workspace/{workspaceId}/projects`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListProjectsError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `FORBIDDEN` · 403 Forbidden
    ///
    /// Insufficient permissions
    Forbidden(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListProjectsError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    Forbidden], DocumentedStatus, []
);
/// The errors of `get_project` (`GET /public/workspace/{workspaceId}/projects/{projectId}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetProjectError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `PROJECT_NOT_FOUND` · 404 Not Found
    ///
    /// Project does not exist
    ProjectNotFound(ApiError),
    /// `PROJECT_GONE` · 410 Gone
    ///
    /// Project has been deleted
    ProjectGone(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetProjectError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid, ApiKeyExpired,
    ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable, ProjectNotFound,
    ProjectGone], DocumentedStatus, []
);
/// The errors of `list_links` (`GET /public/workspace/{workspaceId}/links`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListLinksError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListLinksError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid, ApiKeyExpired,
    ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable], DocumentedStatus, []
);
/// The errors of `create_link` (`POST /public/workspace/{workspaceId}/links`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum CreateLinkError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `LINK_PROJECT_DELETED` · 410 Gone
    ///
    /// The specified project has been deleted
    LinkProjectDeleted(ApiError),
    /// `LINK_CREATE_FAILED` · 500 Internal Server Error
    ///
    /// Failed to create the link
    LinkCreateFailed(ApiError),
    /// `LINK_DEFAULT_PROJECT_NOT_FOUND` · 404 Not Found
    ///
    /// No default project found for workspace
    LinkDefaultProjectNotFound(ApiError),
    /// `PLAN_LIMIT_EXCEEDED` · 403 Forbidden
    ///
    /// Workspace plan limit exceeded
    PlanLimitExceeded(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    CreateLinkError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid, ApiKeyExpired,
    ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable, LinkProjectDeleted,
    LinkCreateFailed, LinkDefaultProjectNotFound, PlanLimitExceeded], DocumentedStatus,
    []
);
/// The errors of `get_link` (`GET /public/workspace/{workspaceId}/links/{linkId}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetLinkError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `LINK_NOT_FOUND` · 404 Not Found
    ///
    /// Link does not exist
    LinkNotFound(ApiError),
    /// `LINK_GONE` · 410 Gone
    ///
    /// Link has been deleted
    LinkGone(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetLinkError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid, ApiKeyExpired,
    ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable, LinkNotFound, LinkGone],
    DocumentedStatus, []
);
/// The errors of `update_link` (`PUT /public/workspace/{workspaceId}/links/{linkId}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum UpdateLinkError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `LINK_NOT_FOUND` · 404 Not Found
    ///
    /// Link does not exist
    LinkNotFound(ApiError),
    /// `LINK_GONE` · 410 Gone
    ///
    /// Link has been deleted
    LinkGone(ApiError),
    /// `LINK_UPDATE_FAILED` · 500 Internal Server Error
    ///
    /// Failed to update the link
    LinkUpdateFailed(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    UpdateLinkError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid, ApiKeyExpired,
    ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable, LinkNotFound, LinkGone,
    LinkUpdateFailed], DocumentedStatus, []
);
/// The errors of `delete_link` (`DELETE /public/workspace/{workspaceId}/links/{linkId}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum DeleteLinkError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `LINK_DELETE_FORBIDDEN` · 403 Forbidden
    ///
    /// You do not have permission to delete this link.
    LinkDeleteForbidden(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `LINK_NOT_FOUND` · 404 Not Found
    ///
    /// Link does not exist
    LinkNotFound(ApiError),
    /// `LINK_GONE` · 410 Gone
    ///
    /// Link has already been deleted
    LinkGone(ApiError),
    /// `LINK_DELETE_FAILED` · 500 Internal Server Error
    ///
    /// Failed to delete the link
    LinkDeleteFailed(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    DeleteLinkError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid, ApiKeyExpired,
    ApiKeyDisabled, NotAMember, LinkDeleteForbidden, RateLimited, ServiceUnavailable,
    LinkNotFound, LinkGone, LinkDeleteFailed], DocumentedStatus, []
);
/// The errors of `list_recordings` (`GET /public/workspace/{workspaceId}/recordings`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum ListRecordingsError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    ListRecordingsError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable],
    DocumentedStatus, []
);
/// The errors of `get_recording` (`GET /public/workspace/{workspaceId}/recordings/{recordingId}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetRecordingError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `RECORDING_NOT_FOUND` · 404 Not Found
    ///
    /// Recording does not exist
    RecordingNotFound(ApiError),
    /// `RECORDING_GONE` · 410 Gone
    ///
    /// Recording has already been deleted
    RecordingGone(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetRecordingError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    RecordingNotFound, RecordingGone], DocumentedStatus, []
);
/// The errors of `delete_recording` (`DELETE /public/workspace/{workspaceId}/recordings/{recordingId}`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum DeleteRecordingError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RECORDING_DELETE_FORBIDDEN` · 403 Forbidden
    ///
    /// You do not have permission to delete this recording.
    RecordingDeleteForbidden(ApiError),
    /// `RECORDING_WORKSPACE_MISMATCH` · 403 Forbidden
    ///
    /// Recording does not belong to this workspace.
    RecordingWorkspaceMismatch(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `RECORDING_NOT_FOUND` · 404 Not Found
    ///
    /// Recording does not exist
    RecordingNotFound(ApiError),
    /// `RECORDING_GONE` · 410 Gone
    ///
    /// Recording has already been deleted
    RecordingGone(ApiError),
    /// `RECORDING_DELETE_FAILED` · 500 Internal Server Error
    ///
    /// Failed to delete the recording
    RecordingDeleteFailed(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    DeleteRecordingError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RecordingDeleteForbidden,
    RecordingWorkspaceMismatch, RateLimited, ServiceUnavailable, RecordingNotFound,
    RecordingGone, RecordingDeleteFailed], DocumentedStatus, []
);
/// The errors of `get_recording_video` (`GET /public/workspace/{workspaceId}/recordings/{recordingId}/video`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetRecordingVideoError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `RECORDING_NOT_FOUND` · 404 Not Found
    ///
    /// Recording does not exist
    RecordingNotFound(ApiError),
    /// `RECORDING_GONE` · 410 Gone
    ///
    /// Recording has already been deleted
    RecordingGone(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetRecordingVideoError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    RecordingNotFound, RecordingGone], DocumentedStatus, []
);
/// The errors of `get_recording_thumbnail` (`GET /public/workspace/{workspaceId}/recordings/{recordingId}/thumbnail`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetRecordingThumbnailError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `RECORDING_NOT_FOUND` · 404 Not Found
    ///
    /// Recording does not exist
    RecordingNotFound(ApiError),
    /// `RECORDING_GONE` · 410 Gone
    ///
    /// Recording has already been deleted
    RecordingGone(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetRecordingThumbnailError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    RecordingNotFound, RecordingGone], DocumentedStatus, []
);
/// The errors of `get_recording_console_log` (`GET /public/workspace/{workspaceId}/recordings/{recordingId}/console-log`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetRecordingConsoleLogError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `RECORDING_NOT_FOUND` · 404 Not Found
    ///
    /// Recording does not exist
    RecordingNotFound(ApiError),
    /// `RECORDING_GONE` · 410 Gone
    ///
    /// Recording has already been deleted
    RecordingGone(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetRecordingConsoleLogError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    RecordingNotFound, RecordingGone], DocumentedStatus, []
);
/// The errors of `get_recording_network_log` (`GET /public/workspace/{workspaceId}/recordings/{recordingId}/network-log`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetRecordingNetworkLogError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `RECORDING_NOT_FOUND` · 404 Not Found
    ///
    /// Recording does not exist
    RecordingNotFound(ApiError),
    /// `RECORDING_GONE` · 410 Gone
    ///
    /// Recording has already been deleted
    RecordingGone(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetRecordingNetworkLogError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    RecordingNotFound, RecordingGone], DocumentedStatus, []
);
/// The errors of `get_recording_action` (`GET /public/workspace/{workspaceId}/recordings/{recordingId}/action`).
///
/// One variant per code the endpoint can return, and per documented status without a code it lists, each holding the decoded [`ApiError`]; `Unknown` holds any other error response.
#[derive(Clone, Debug, PartialEq)]
pub enum GetRecordingActionError {
    /// `API_KEY_REQUIRED` · 401 Unauthorized
    ///
    /// API key is required. Include it as Authorization: Bearer &lt;your-api-key&gt;.
    ApiKeyRequired(ApiError),
    /// `API_KEY_INVALID` · 401 Unauthorized
    ///
    /// The provided API key is not valid. Verify the key and try again.
    ApiKeyInvalid(ApiError),
    /// `API_KEY_EXPIRED` · 401 Unauthorized
    ///
    /// The API key has expired. Rotate or create a new key.
    ApiKeyExpired(ApiError),
    /// `API_KEY_DISABLED` · 403 Forbidden
    ///
    /// The API key is disabled. Enable it or create a new key.
    ApiKeyDisabled(ApiError),
    /// `NOT_A_MEMBER` · 403 Forbidden
    ///
    /// The API key owner is not a member of this workspace.
    NotAMember(ApiError),
    /// `RATE_LIMITED` · 429 Too Many Requests
    ///
    /// Rate limit exceeded. Wait and retry with exponential backoff.
    RateLimited(ApiError),
    /// `SERVICE_UNAVAILABLE` · 503 Service Unavailable
    ///
    /// API key verification service is temporarily unavailable. Please try again later.
    ServiceUnavailable(ApiError),
    /// `RECORDING_NOT_FOUND` · 404 Not Found
    ///
    /// Recording does not exist
    RecordingNotFound(ApiError),
    /// `RECORDING_GONE` · 410 Gone
    ///
    /// Recording has already been deleted
    RecordingGone(ApiError),
    /// Any other error response: a code this endpoint is not documented to
    /// return, a code newer than the spec, or a body without a code.
    Unknown(ApiError),
}
::docspec::__private::endpoint_error!(
    GetRecordingActionError, ApiError, ErrorCode, [ApiKeyRequired, ApiKeyInvalid,
    ApiKeyExpired, ApiKeyDisabled, NotAMember, RateLimited, ServiceUnavailable,
    RecordingNotFound, RecordingGone], DocumentedStatus, []
);
/// Request bodies, response data and query parameter values of the Userplane API.
pub mod models {
    /// Where a page sits in a list. Every list response has one.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Pagination {
        /// The 1-based page number. Always present.
        #[serde(rename = "page")]
        pub page: i64,
        /// Items per page. Always present.
        #[serde(rename = "perPage")]
        pub per_page: i64,
        /// Items in the whole list. Always present.
        #[serde(rename = "total")]
        pub total: i64,
        /// Pages in the whole list. Always present.
        #[serde(rename = "totalPages")]
        pub total_pages: i64,
        /// Whether a later page exists. Always present.
        #[serde(rename = "hasMore")]
        pub has_more: bool,
    }
    /// The user who owns the API key.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct User {
        /// `id`. Always present.
        #[serde(rename = "id")]
        pub id: ::std::string::String,
        /// `name`.
        #[serde(
            rename = "name",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub name: ::core::option::Option<::std::string::String>,
        /// `email`.
        #[serde(
            rename = "email",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub email: ::core::option::Option<::std::string::String>,
        /// `emailVerified`.
        #[serde(
            rename = "emailVerified",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub email_verified: ::core::option::Option<bool>,
        /// Avatar URL.
        #[serde(
            rename = "image",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub image: ::core::option::Option<::std::string::String>,
        /// `createdAt`.
        #[serde(
            rename = "createdAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub created_at: ::core::option::Option<::std::string::String>,
    }
    /// Counts across the user's workspaces.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct UserStats {
        /// `workspaces`.
        #[serde(
            rename = "workspaces",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspaces: ::core::option::Option<i64>,
        /// `recordings`.
        #[serde(
            rename = "recordings",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub recordings: ::core::option::Option<i64>,
        /// `links`.
        #[serde(
            rename = "links",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub links: ::core::option::Option<i64>,
    }
    /// The \`data\` of get\_me.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct MeData {
        /// `user`. Always present.
        #[serde(rename = "user")]
        pub user: User,
        /// `stats`.
        #[serde(
            rename = "stats",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub stats: ::core::option::Option<UserStats>,
    }
    /// The key owner's membership of a workspace.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct WorkspaceMembership {
        /// `workspaceMemberId`. Always present.
        #[serde(rename = "workspaceMemberId")]
        pub workspace_member_id: ::std::string::String,
        /// The member's role, e.g. \`owner\`. Absent from one copy of the docs.
        #[serde(
            rename = "workspaceRole",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspace_role: ::core::option::Option<::std::string::String>,
        /// `workspaceJoinedAt`.
        #[serde(
            rename = "workspaceJoinedAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspace_joined_at: ::core::option::Option<::std::string::String>,
    }
    /// A workspace.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Workspace {
        /// `workspaceId`. Always present.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::std::string::String,
        /// `workspaceName`.
        #[serde(
            rename = "workspaceName",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspace_name: ::core::option::Option<::std::string::String>,
        /// `createdAt`.
        #[serde(
            rename = "createdAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub created_at: ::core::option::Option<::std::string::String>,
        /// `updatedAt`.
        #[serde(
            rename = "updatedAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub updated_at: ::core::option::Option<::std::string::String>,
        /// Present when \`include\_workspace\_membership\` is set.
        #[serde(
            rename = "workspaceMembership",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspace_membership: ::core::option::Option<WorkspaceMembership>,
    }
    /// The \`data\` of list\_workspaces.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ListWorkspacesData {
        /// `workspaces`. Always present.
        #[serde(rename = "workspaces")]
        pub workspaces: ::std::vec::Vec<Workspace>,
        /// Workspaces in the whole list.
        #[serde(
            rename = "total",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub total: ::core::option::Option<i64>,
        /// `pagination`. Always present.
        #[serde(rename = "pagination")]
        pub pagination: Pagination,
    }
    /// The \`data\` of get\_workspace.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct WorkspaceData {
        /// `workspace`. Always present.
        #[serde(rename = "workspace")]
        pub workspace: Workspace,
    }
    /// The \`data\` of get\_workspace\_invite\_url.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct InviteUrlData {
        /// `inviteUrl`. Always present.
        #[serde(rename = "inviteUrl")]
        pub invite_url: ::std::string::String,
        /// `workspaceId`. Always present.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::std::string::String,
    }
    /// A project: the \`{projectId, title}\` shape used wherever a project appears.
    ///
    /// Inferred, not documented: The project endpoints' response schemas are truncated in the docs; this is the project shape links and recordings embed.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Project {
        /// `projectId`. Always present.
        #[serde(rename = "projectId")]
        pub project_id: ::std::string::String,
        /// `title`.
        #[serde(
            rename = "title",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub title: ::core::option::Option<::std::string::String>,
    }
    /// The \`data\` of list\_projects.
    ///
    /// Inferred, not documented: The response schema is truncated in the docs.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ListProjectsData {
        /// `workspaceId`.
        ///
        /// Inferred, not documented: Like the other list responses.
        #[serde(
            rename = "workspaceId",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspace_id: ::core::option::Option<::std::string::String>,
        /// `projects`. Always present.
        ///
        /// Inferred, not documented: The item key is truncated in the docs; named like the other lists.
        #[serde(rename = "projects")]
        pub projects: ::std::vec::Vec<Project>,
        /// `pagination`. Always present.
        #[serde(rename = "pagination")]
        pub pagination: Pagination,
    }
    /// The \`data\` of get\_project.
    ///
    /// Inferred, not documented: The response schema is truncated in the docs; shaped like get\_workspace's.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ProjectData {
        /// `workspaceId`.
        #[serde(
            rename = "workspaceId",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspace_id: ::core::option::Option<::std::string::String>,
        /// `project`. Always present.
        #[serde(rename = "project")]
        pub project: Project,
    }
    /// The workspace member who created a link or recording.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Creator {
        /// `workspaceMemberId`. Always present.
        #[serde(rename = "workspaceMemberId")]
        pub workspace_member_id: ::std::string::String,
        /// `name`.
        #[serde(
            rename = "name",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub name: ::core::option::Option<::std::string::String>,
    }
    /// A verified domain links are served from.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Domain {
        /// `domainId`. Always present.
        #[serde(rename = "domainId")]
        pub domain_id: ::std::string::String,
        /// `url`.
        #[serde(
            rename = "url",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub url: ::core::option::Option<::std::string::String>,
        /// e.g. \`pending\`, \`verified\`, \`revoked\`.
        #[serde(
            rename = "status",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub status: ::core::option::Option<::std::string::String>,
    }
    /// A recording link.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Link {
        /// `linkId`. Always present.
        #[serde(rename = "linkId")]
        pub link_id: ::std::string::String,
        /// `linkTitle`.
        #[serde(
            rename = "linkTitle",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_title: ::core::option::Option<::std::string::String>,
        /// e.g. \`file\`.
        #[serde(
            rename = "linkType",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_type: ::core::option::Option<::std::string::String>,
        /// `linkReusable`.
        #[serde(
            rename = "linkReusable",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_reusable: ::core::option::Option<bool>,
        /// e.g. \`intercom\`.
        #[serde(
            rename = "linkProviderType",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_provider_type: ::core::option::Option<::std::string::String>,
        /// `linkProviderId`.
        #[serde(
            rename = "linkProviderId",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_provider_id: ::core::option::Option<::std::string::String>,
        /// Sent as \`linkProviderRef\` in requests.
        #[serde(
            rename = "linkProviderReference",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_provider_reference: ::core::option::Option<::std::string::String>,
        /// The URL to share.
        #[serde(
            rename = "linkURL",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_url: ::core::option::Option<::std::string::String>,
        /// `meta`.
        #[serde(
            rename = "meta",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub meta: ::core::option::Option<::docspec::__private::serde_json::Value>,
        /// `createdAt`.
        #[serde(
            rename = "createdAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub created_at: ::core::option::Option<::std::string::String>,
        /// `project`.
        #[serde(
            rename = "project",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub project: ::core::option::Option<Project>,
        /// `creator`.
        #[serde(
            rename = "creator",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub creator: ::core::option::Option<Creator>,
        /// `domain`.
        #[serde(
            rename = "domain",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub domain: ::core::option::Option<Domain>,
    }
    /// The \`data\` of list\_links.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ListLinksData {
        /// `workspaceId`. Always present.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::std::string::String,
        /// `links`. Always present.
        #[serde(rename = "links")]
        pub links: ::std::vec::Vec<Link>,
        /// `pagination`. Always present.
        #[serde(rename = "pagination")]
        pub pagination: Pagination,
    }
    /// The \`data\` of create\_link, get\_link and update\_link.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct LinkData {
        /// `workspaceId`. Always present.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::std::string::String,
        /// `link`. Always present.
        #[serde(rename = "link")]
        pub link: Link,
    }
    /// The body of create\_link.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct CreateLinkBody {
        /// A verified domain of the workspace. Always present.
        #[serde(rename = "domainId")]
        pub domain_id: ::std::string::String,
        /// The project; without it the workspace's default project.
        ///
        /// Inferred, not documented: Whether it is required is not visible in the docs; LINK\_DEFAULT\_PROJECT\_NOT\_FOUND implies a default-project fallback.
        #[serde(
            rename = "projectId",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub project_id: ::core::option::Option<::std::string::String>,
        /// Your own reference for the link.
        #[serde(
            rename = "linkReference",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_reference: ::core::option::Option<::std::string::String>,
        /// `linkReusable`.
        #[serde(
            rename = "linkReusable",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_reusable: ::core::option::Option<bool>,
        /// Free-form metadata.
        #[serde(
            rename = "meta",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub meta: ::core::option::Option<::docspec::__private::serde_json::Value>,
    }
    impl CreateLinkBody {
        /// A body with the required fields set and the others left out.
        pub fn new(domain_id: ::std::string::String) -> Self {
            Self {
                domain_id,
                project_id: ::core::option::Option::None,
                link_reference: ::core::option::Option::None,
                link_reusable: ::core::option::Option::None,
                meta: ::core::option::Option::None,
            }
        }
    }
    /// The body of update\_link. Send only what changes.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct UpdateLinkBody {
        /// `linkTitle`.
        #[serde(
            rename = "linkTitle",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_title: ::core::option::Option<::std::string::String>,
        /// `linkReusable`.
        #[serde(
            rename = "linkReusable",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_reusable: ::core::option::Option<bool>,
        /// e.g. \`intercom\`.
        #[serde(
            rename = "linkProviderType",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_provider_type: ::core::option::Option<::std::string::String>,
        /// `linkProviderId`.
        #[serde(
            rename = "linkProviderId",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_provider_id: ::core::option::Option<::std::string::String>,
        /// `linkProviderRef`.
        #[serde(
            rename = "linkProviderRef",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link_provider_ref: ::core::option::Option<::std::string::String>,
        /// `meta`.
        #[serde(
            rename = "meta",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub meta: ::core::option::Option<::docspec::__private::serde_json::Value>,
    }
    impl UpdateLinkBody {
        /// A body with the required fields set and the others left out.
        pub fn new() -> Self {
            Self {
                link_title: ::core::option::Option::None,
                link_reusable: ::core::option::Option::None,
                link_provider_type: ::core::option::Option::None,
                link_provider_id: ::core::option::Option::None,
                link_provider_ref: ::core::option::Option::None,
                meta: ::core::option::Option::None,
            }
        }
    }
    /// The \`data\` of delete\_link.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct DeletedLinkData {
        /// `workspaceId`. Always present.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::std::string::String,
        /// `linkId`. Always present.
        #[serde(rename = "linkId")]
        pub link_id: ::std::string::String,
    }
    /// The link a recording was made through.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct RecordingLink {
        /// `linkId`. Always present.
        #[serde(rename = "linkId")]
        pub link_id: ::std::string::String,
        /// `title`.
        #[serde(
            rename = "title",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub title: ::core::option::Option<::std::string::String>,
        /// `providerType`.
        #[serde(
            rename = "providerType",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub provider_type: ::core::option::Option<::std::string::String>,
        /// `providerId`.
        #[serde(
            rename = "providerId",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub provider_id: ::core::option::Option<::std::string::String>,
        /// `providerRef`.
        #[serde(
            rename = "providerRef",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub provider_ref: ::core::option::Option<::std::string::String>,
        /// `createdAt`.
        #[serde(
            rename = "createdAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub created_at: ::core::option::Option<::std::string::String>,
        /// `providerData`.
        #[serde(
            rename = "providerData",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub provider_data: ::core::option::Option<
            ::docspec::__private::serde_json::Value,
        >,
    }
    /// What is known about a recording.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct RecordingMeta {
        /// `link`.
        #[serde(
            rename = "link",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub link: ::core::option::Option<RecordingLink>,
        /// `creator`.
        #[serde(
            rename = "creator",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub creator: ::core::option::Option<Creator>,
        /// `project`.
        #[serde(
            rename = "project",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub project: ::core::option::Option<Project>,
        /// `domain`.
        #[serde(
            rename = "domain",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub domain: ::core::option::Option<Domain>,
        /// `workspaceId`.
        #[serde(
            rename = "workspaceId",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspace_id: ::core::option::Option<::std::string::String>,
        /// e.g. \`pending\`.
        #[serde(
            rename = "status",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub status: ::core::option::Option<::std::string::String>,
        /// `systemMeta`.
        #[serde(
            rename = "systemMeta",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub system_meta: ::core::option::Option<::docspec::__private::serde_json::Value>,
        /// `customMeta`.
        #[serde(
            rename = "customMeta",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub custom_meta: ::core::option::Option<::docspec::__private::serde_json::Value>,
        /// `notes`.
        #[serde(
            rename = "notes",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub notes: ::core::option::Option<::std::string::String>,
        /// `expiresAt`.
        #[serde(
            rename = "expiresAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub expires_at: ::core::option::Option<::std::string::String>,
        /// `createdAt`.
        #[serde(
            rename = "createdAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub created_at: ::core::option::Option<::std::string::String>,
        /// `updatedAt`.
        #[serde(
            rename = "updatedAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub updated_at: ::core::option::Option<::std::string::String>,
    }
    /// A recording.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct Recording {
        /// `recordingId`. Always present.
        #[serde(rename = "recordingId")]
        pub recording_id: ::std::string::String,
        /// `recordingDurationMs`.
        #[serde(
            rename = "recordingDurationMs",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub recording_duration_ms: ::core::option::Option<f64>,
        /// `recordingStartedAt`.
        #[serde(
            rename = "recordingStartedAt",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub recording_started_at: ::core::option::Option<::std::string::String>,
        /// `meta`.
        #[serde(
            rename = "meta",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub meta: ::core::option::Option<RecordingMeta>,
    }
    /// The \`data\` of list\_recordings.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ListRecordingsData {
        /// `workspaceId`.
        #[serde(
            rename = "workspaceId",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub workspace_id: ::core::option::Option<::std::string::String>,
        /// `recordings`. Always present.
        ///
        /// Inferred, not documented: The docs' pagination sample shows only \`links\`; named like it.
        #[serde(rename = "recordings")]
        pub recordings: ::std::vec::Vec<Recording>,
        /// `pagination`. Always present.
        #[serde(rename = "pagination")]
        pub pagination: Pagination,
    }
    /// The \`data\` of get\_recording.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct RecordingData {
        /// `workspaceId`. Always present.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::std::string::String,
        /// `recording`. Always present.
        #[serde(rename = "recording")]
        pub recording: Recording,
    }
    /// The \`data\` of delete\_recording.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct DeletedRecordingData {
        /// `workspaceId`. Always present.
        #[serde(rename = "workspaceId")]
        pub workspace_id: ::std::string::String,
        /// `recordingId`. Always present.
        #[serde(rename = "recordingId")]
        pub recording_id: ::std::string::String,
    }
    /// One source of a video.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct ResourceSource {
        /// `url`. Always present.
        #[serde(rename = "url")]
        pub url: ::std::string::String,
        /// `type`.
        #[serde(
            rename = "type",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub type_: ::core::option::Option<::std::string::String>,
    }
    /// A recording's video, thumbnail, logs or action data.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct RecordingResource {
        /// A presigned URL, or null when the resource is not available. It expires: fetch it when needed, do not store it.
        #[serde(
            rename = "url",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub url: ::core::option::Option<::std::string::String>,
        /// Availability, e.g. \`Video available\`.
        #[serde(
            rename = "message",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub message: ::core::option::Option<::std::string::String>,
        /// MIME type, e.g. \`video/webm\`.
        #[serde(
            rename = "type",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub type_: ::core::option::Option<::std::string::String>,
        /// Video only.
        #[serde(
            rename = "sources",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub sources: ::core::option::Option<::std::vec::Vec<ResourceSource>>,
        /// `size`.
        #[serde(
            rename = "size",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub size: ::core::option::Option<i64>,
        /// Video only.
        #[serde(
            rename = "durationMs",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub duration_ms: ::core::option::Option<f64>,
        /// `captureEnabled`.
        #[serde(
            rename = "captureEnabled",
            default,
            skip_serializing_if = "::core::option::Option::is_none"
        )]
        pub capture_enabled: ::core::option::Option<bool>,
    }
    /// The \`data\` of the recording resource endpoints.
    #[derive(
        Clone,
        Debug,
        Default,
        PartialEq,
        ::docspec::__private::serde::Serialize,
        ::docspec::__private::serde::Deserialize
    )]
    #[serde(crate = "::docspec::__private::serde")]
    pub struct RecordingResourceData {
        /// `recordingId`. Always present.
        #[serde(rename = "recordingId")]
        pub recording_id: ::std::string::String,
        /// `resource`. Always present.
        #[serde(rename = "resource")]
        pub resource: RecordingResource,
    }
    impl ::docspec::Page for ListWorkspacesData {
        type Item = Workspace;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            match at {
                ::docspec::PagePosition::Number(n) if self.pagination.has_more => {
                    ::core::option::Option::Some(::docspec::PagePosition::Number(n + 1))
                }
                _ => ::core::option::Option::None,
            }
        }
        fn item_count(&self) -> usize {
            self.workspaces.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.workspaces
        }
    }
    impl ::docspec::Page for ListProjectsData {
        type Item = Project;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            match at {
                ::docspec::PagePosition::Number(n) if self.pagination.has_more => {
                    ::core::option::Option::Some(::docspec::PagePosition::Number(n + 1))
                }
                _ => ::core::option::Option::None,
            }
        }
        fn item_count(&self) -> usize {
            self.projects.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.projects
        }
    }
    impl ::docspec::Page for ListLinksData {
        type Item = Link;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            match at {
                ::docspec::PagePosition::Number(n) if self.pagination.has_more => {
                    ::core::option::Option::Some(::docspec::PagePosition::Number(n + 1))
                }
                _ => ::core::option::Option::None,
            }
        }
        fn item_count(&self) -> usize {
            self.links.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.links
        }
    }
    impl ::docspec::Page for ListRecordingsData {
        type Item = Recording;
        fn next(
            &self,
            at: &::docspec::PagePosition,
        ) -> ::core::option::Option<::docspec::PagePosition> {
            match at {
                ::docspec::PagePosition::Number(n) if self.pagination.has_more => {
                    ::core::option::Option::Some(::docspec::PagePosition::Number(n + 1))
                }
                _ => ::core::option::Option::None,
            }
        }
        fn item_count(&self) -> usize {
            self.recordings.len()
        }
        fn into_items(self) -> ::std::vec::Vec<Self::Item> {
            self.recordings
        }
    }
}
/// A client for the Userplane API: one method per endpoint.
///
/// Cheap to clone; clones share the connection pool and settings.
#[derive(Clone, Debug)]
pub struct Client {
    transport: ::docspec::Transport,
}
impl Client {
    /// The base URL the spec gives.
    pub const DEFAULT_BASE_URL: &'static str = "https://api.userplane.io/api/v1";
    /// Starts configuring a client.
    pub fn builder() -> ::docspec::ClientBuilder<Client> {
        ::docspec::ClientBuilder::new(
                "Userplane",
                ::core::option::Option::Some(Self::DEFAULT_BASE_URL),
            )
            .expected_key_prefix("uspl_")
            .quota(
                ::docspec::Pacing::new()
                    .limit(120u32, ::core::time::Duration::from_secs(60u64))
                    .limit(10000u32, ::core::time::Duration::from_secs(86400u64)),
            )
    }
    /// The connection and settings this client sends through.
    pub fn transport(&self) -> &::docspec::Transport {
        &self.transport
    }
    /// Get the key owner's profile and usage counts.
    ///
    /// `GET /public/me`
    ///
    /// Only the key's validity is checked.
    ///
    /// Errors: [`GetMeError`].
    pub fn get_me(&self) -> requests::GetMe {
        requests::GetMe::new(::core::clone::Clone::clone(self))
    }
    /// List the key owner's workspaces.
    ///
    /// `GET /public/workspaces`
    ///
    /// Errors: [`ListWorkspacesError`].
    pub fn list_workspaces(&self) -> requests::ListWorkspaces {
        requests::ListWorkspaces::new(::core::clone::Clone::clone(self))
    }
    /// Get a workspace.
    ///
    /// `GET /public/workspace/{workspaceId}`
    ///
    /// - `workspaceId`: The workspace's id.
    ///
    /// Errors: [`GetWorkspaceError`].
    pub fn get_workspace(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetWorkspace {
        requests::GetWorkspace::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
        )
    }
    /// Get a workspace's invite URL.
    ///
    /// `GET /public/workspace/{workspaceId}/invite-url`
    ///
    /// - `workspaceId`: The workspace's id.
    ///
    /// Errors: [`GetWorkspaceInviteUrlError`].
    pub fn get_workspace_invite_url(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetWorkspaceInviteUrl {
        requests::GetWorkspaceInviteUrl::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
        )
    }
    /// List a workspace's projects.
    ///
    /// `GET /public/workspace/{workspaceId}/projects`
    ///
    /// - `workspaceId`: The workspace's id.
    ///
    /// Errors: [`ListProjectsError`].
    pub fn list_projects(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::ListProjects {
        requests::ListProjects::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
        )
    }
    /// Get a project.
    ///
    /// `GET /public/workspace/{workspaceId}/projects/{projectId}`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `projectId`: The project's id.
    ///
    /// Errors: [`GetProjectError`].
    pub fn get_project(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        project_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetProject {
        requests::GetProject::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(project_id),
        )
    }
    /// List a workspace's links.
    ///
    /// `GET /public/workspace/{workspaceId}/links`
    ///
    /// - `workspaceId`: The workspace's id.
    ///
    /// Errors: [`ListLinksError`].
    pub fn list_links(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::ListLinks {
        requests::ListLinks::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
        )
    }
    /// Create a recording link.
    ///
    /// `POST /public/workspace/{workspaceId}/links`
    ///
    /// - `workspaceId`: The workspace's id.
    ///
    /// Errors: [`CreateLinkError`].
    pub fn create_link(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        body: models::CreateLinkBody,
    ) -> requests::CreateLink {
        requests::CreateLink::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            body,
        )
    }
    /// Get a link.
    ///
    /// `GET /public/workspace/{workspaceId}/links/{linkId}`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `linkId`: The link's id.
    ///
    /// Errors: [`GetLinkError`].
    ///
    /// Inferred, not documented: The get-link page is linked from five pages but could not be read: method and path follow update\_link and delete\_link, the response follows update\_link's, and the errors are the link codes of its siblings.
    ///
    /// See <https://docs.userplane.io/api/links/get-link>.
    pub fn get_link(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        link_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetLink {
        requests::GetLink::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(link_id),
        )
    }
    /// Update a link; send only what changes.
    ///
    /// `PUT /public/workspace/{workspaceId}/links/{linkId}`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `linkId`: The link's id.
    ///
    /// Errors: [`UpdateLinkError`].
    pub fn update_link(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        link_id: impl ::core::convert::Into<::std::string::String>,
        body: models::UpdateLinkBody,
    ) -> requests::UpdateLink {
        requests::UpdateLink::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(link_id),
            body,
        )
    }
    /// Delete a link (soft delete: it then answers 410).
    ///
    /// `DELETE /public/workspace/{workspaceId}/links/{linkId}`
    ///
    /// Only the link's creator or a workspace admin or owner may delete it.
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `linkId`: The link's id.
    ///
    /// Errors: [`DeleteLinkError`].
    pub fn delete_link(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        link_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::DeleteLink {
        requests::DeleteLink::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(link_id),
        )
    }
    /// List a workspace's recordings.
    ///
    /// `GET /public/workspace/{workspaceId}/recordings`
    ///
    /// - `workspaceId`: The workspace's id.
    ///
    /// Errors: [`ListRecordingsError`].
    pub fn list_recordings(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::ListRecordings {
        requests::ListRecordings::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
        )
    }
    /// Get a recording.
    ///
    /// `GET /public/workspace/{workspaceId}/recordings/{recordingId}`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `recordingId`: The recording's id.
    ///
    /// Errors: [`GetRecordingError`].
    pub fn get_recording(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        recording_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetRecording {
        requests::GetRecording::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(recording_id),
        )
    }
    /// Delete a recording (soft delete: it then answers 410).
    ///
    /// `DELETE /public/workspace/{workspaceId}/recordings/{recordingId}`
    ///
    /// Only the creator of the recording's link or a workspace admin or owner may delete it.
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `recordingId`: The recording's id.
    ///
    /// Errors: [`DeleteRecordingError`].
    pub fn delete_recording(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        recording_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::DeleteRecording {
        requests::DeleteRecording::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(recording_id),
        )
    }
    /// Get a recording's video.
    ///
    /// `GET /public/workspace/{workspaceId}/recordings/{recordingId}/video`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `recordingId`: The recording's id.
    ///
    /// Errors: [`GetRecordingVideoError`].
    pub fn get_recording_video(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        recording_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetRecordingVideo {
        requests::GetRecordingVideo::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(recording_id),
        )
    }
    /// Get a recording's thumbnail.
    ///
    /// `GET /public/workspace/{workspaceId}/recordings/{recordingId}/thumbnail`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `recordingId`: The recording's id.
    ///
    /// Errors: [`GetRecordingThumbnailError`].
    pub fn get_recording_thumbnail(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        recording_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetRecordingThumbnail {
        requests::GetRecordingThumbnail::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(recording_id),
        )
    }
    /// Get a recording's console log.
    ///
    /// `GET /public/workspace/{workspaceId}/recordings/{recordingId}/console-log`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `recordingId`: The recording's id.
    ///
    /// Errors: [`GetRecordingConsoleLogError`].
    pub fn get_recording_console_log(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        recording_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetRecordingConsoleLog {
        requests::GetRecordingConsoleLog::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(recording_id),
        )
    }
    /// Get a recording's network log.
    ///
    /// `GET /public/workspace/{workspaceId}/recordings/{recordingId}/network-log`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `recordingId`: The recording's id.
    ///
    /// Errors: [`GetRecordingNetworkLogError`].
    pub fn get_recording_network_log(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        recording_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetRecordingNetworkLog {
        requests::GetRecordingNetworkLog::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(recording_id),
        )
    }
    /// Get a recording's action replay data.
    ///
    /// `GET /public/workspace/{workspaceId}/recordings/{recordingId}/action`
    ///
    /// - `workspaceId`: The workspace's id.
    /// - `recordingId`: The recording's id.
    ///
    /// Errors: [`GetRecordingActionError`].
    pub fn get_recording_action(
        &self,
        workspace_id: impl ::core::convert::Into<::std::string::String>,
        recording_id: impl ::core::convert::Into<::std::string::String>,
    ) -> requests::GetRecordingAction {
        requests::GetRecordingAction::new(
            ::core::clone::Clone::clone(self),
            ::core::convert::Into::into(workspace_id),
            ::core::convert::Into::into(recording_id),
        )
    }
}
impl ::docspec::__private::FromTransport for Client {
    fn from_transport(transport: ::docspec::Transport) -> Self {
        Client { transport }
    }
}
/// One request builder per endpoint of the Userplane API.
pub mod requests {
    /// A `get_me` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetMe {
        client: super::Client,
        options: ::docspec::CallOptions,
    }
    impl GetMe {
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
            super::models::MeData,
            ::docspec::Error<super::GetMeError>,
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
            ::docspec::Error<super::GetMeError>,
        > {
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_me",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/me",),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetMe, super::models::MeData, super::GetMeError
    );
    /// A `list_workspaces` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListWorkspaces {
        client: super::Client,
        page: ::core::option::Option<i64>,
        per_page: ::core::option::Option<i64>,
        include_workspace_membership: ::core::option::Option<bool>,
        options: ::docspec::CallOptions,
    }
    impl ListWorkspaces {
        pub(super) fn new(client: super::Client) -> Self {
            Self {
                client,
                page: ::core::option::Option::None,
                per_page: ::core::option::Option::None,
                include_workspace_membership: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// The 1-based page to return. From 1 to 9007199254740991. A value outside it is refused before sending. The server's default is `1`.
        pub fn page(mut self, value: i64) -> Self {
            self.page = ::core::option::Option::Some(value);
            self
        }
        /// Items per page. From 1 to 20. A value outside it is refused before sending. The server's default is `10`.
        pub fn per_page(mut self, value: i64) -> Self {
            self.per_page = ::core::option::Option::Some(value);
            self
        }
        /// Include the key owner's membership of each workspace. The server's default is `false`.
        pub fn include_workspace_membership(mut self, value: bool) -> Self {
            self.include_workspace_membership = ::core::option::Option::Some(value);
            self
        }
        /// Sends the request and decodes the response's data.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::ListWorkspacesData,
            ::docspec::Error<super::ListWorkspacesError>,
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
            ::docspec::Error<super::ListWorkspacesError>,
        > {
            if let ::core::option::Option::Some(value) = self.page {
                ::docspec::__private::QueryRule {
                    name: "page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(9007199254740991i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_workspaces", value)?;
            }
            if let ::core::option::Option::Some(value) = self.per_page {
                ::docspec::__private::QueryRule {
                    name: "per_page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(20i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_workspaces", value)?;
            }
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "page", &self.page);
            ::docspec::__private::push_query(&mut query, "per_page", &self.per_page);
            ::docspec::__private::push_query(
                &mut query,
                "include_workspace_membership",
                &self.include_workspace_membership,
            );
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_workspaces",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/workspaces",),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
        /// Every page from the current one (the first by default) until the
        /// last, fetched one after another as the stream is polled. The
        /// stream also ends when the server sends back a page already
        /// fetched, and fails after `MAX_PAGES` pages.
        pub fn pages(
            self,
        ) -> ::docspec::BoxStream<
            super::models::ListWorkspacesData,
            super::ListWorkspacesError,
        > {
            let first = ::docspec::PagePosition::Number(self.page.unwrap_or(1));
            ::docspec::__private::paginate(
                "list_workspaces",
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
                super::models::ListWorkspacesData,
                ::core::option::Option<::std::string::String>,
            ),
            ::docspec::Error<super::ListWorkspacesError>,
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
        ) -> ::docspec::BoxStream<super::models::Workspace, super::ListWorkspacesError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListWorkspaces, super::models::ListWorkspacesData, super::ListWorkspacesError
    );
    /// A `get_workspace` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetWorkspace {
        client: super::Client,
        workspace_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetWorkspace {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::WorkspaceData,
            ::docspec::Error<super::GetWorkspaceError>,
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
            ::docspec::Error<super::GetWorkspaceError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_workspace", &self.workspace_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_workspace",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/workspace/{}", path_0),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetWorkspace, super::models::WorkspaceData, super::GetWorkspaceError
    );
    /// A `get_workspace_invite_url` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetWorkspaceInviteUrl {
        client: super::Client,
        workspace_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetWorkspaceInviteUrl {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::InviteUrlData,
            ::docspec::Error<super::GetWorkspaceInviteUrlError>,
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
            ::docspec::Error<super::GetWorkspaceInviteUrlError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_workspace_invite_url", &self.workspace_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_workspace_invite_url",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/workspace/{}/invite-url", path_0),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetWorkspaceInviteUrl, super::models::InviteUrlData,
        super::GetWorkspaceInviteUrlError
    );
    /// A `list_projects` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListProjects {
        client: super::Client,
        workspace_id: ::std::string::String,
        page: ::core::option::Option<i64>,
        per_page: ::core::option::Option<i64>,
        options: ::docspec::CallOptions,
    }
    impl ListProjects {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                page: ::core::option::Option::None,
                per_page: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// The 1-based page to return. From 1 to 9007199254740991. A value outside it is refused before sending. The server's default is `1`.
        pub fn page(mut self, value: i64) -> Self {
            self.page = ::core::option::Option::Some(value);
            self
        }
        /// Items per page. From 1 to 10. A value outside it is refused before sending. The server's default is `5`.
        pub fn per_page(mut self, value: i64) -> Self {
            self.per_page = ::core::option::Option::Some(value);
            self
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::ListProjectsData,
            ::docspec::Error<super::ListProjectsError>,
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
            ::docspec::Error<super::ListProjectsError>,
        > {
            if let ::core::option::Option::Some(value) = self.page {
                ::docspec::__private::QueryRule {
                    name: "page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(9007199254740991i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_projects", value)?;
            }
            if let ::core::option::Option::Some(value) = self.per_page {
                ::docspec::__private::QueryRule {
                    name: "per_page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(10i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_projects", value)?;
            }
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("list_projects", &self.workspace_id)?;
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "page", &self.page);
            ::docspec::__private::push_query(&mut query, "per_page", &self.per_page);
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_projects",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/workspace/{}/projects", path_0),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
        /// Every page from the current one (the first by default) until the
        /// last, fetched one after another as the stream is polled. The
        /// stream also ends when the server sends back a page already
        /// fetched, and fails after `MAX_PAGES` pages.
        pub fn pages(
            self,
        ) -> ::docspec::BoxStream<
            super::models::ListProjectsData,
            super::ListProjectsError,
        > {
            let first = ::docspec::PagePosition::Number(self.page.unwrap_or(1));
            ::docspec::__private::paginate(
                "list_projects",
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
                super::models::ListProjectsData,
                ::core::option::Option<::std::string::String>,
            ),
            ::docspec::Error<super::ListProjectsError>,
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
        ) -> ::docspec::BoxStream<super::models::Project, super::ListProjectsError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListProjects, super::models::ListProjectsData, super::ListProjectsError
    );
    /// A `get_project` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetProject {
        client: super::Client,
        workspace_id: ::std::string::String,
        project_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetProject {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            project_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                project_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::ProjectData,
            ::docspec::Error<super::GetProjectError>,
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
            ::docspec::Error<super::GetProjectError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_project", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "projectId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_project", &self.project_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_project",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/workspace/{}/projects/{}", path_0, path_1),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetProject, super::models::ProjectData, super::GetProjectError
    );
    /// A `list_links` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListLinks {
        client: super::Client,
        workspace_id: ::std::string::String,
        page: ::core::option::Option<i64>,
        per_page: ::core::option::Option<i64>,
        options: ::docspec::CallOptions,
    }
    impl ListLinks {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                page: ::core::option::Option::None,
                per_page: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// The 1-based page to return. From 1 to 9007199254740991. A value outside it is refused before sending. The server's default is `1`.
        pub fn page(mut self, value: i64) -> Self {
            self.page = ::core::option::Option::Some(value);
            self
        }
        /// Items per page. From 1 to 20. A value outside it is refused before sending. The server's default is `10`.
        pub fn per_page(mut self, value: i64) -> Self {
            self.per_page = ::core::option::Option::Some(value);
            self
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::ListLinksData,
            ::docspec::Error<super::ListLinksError>,
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
            ::docspec::Error<super::ListLinksError>,
        > {
            if let ::core::option::Option::Some(value) = self.page {
                ::docspec::__private::QueryRule {
                    name: "page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(9007199254740991i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_links", value)?;
            }
            if let ::core::option::Option::Some(value) = self.per_page {
                ::docspec::__private::QueryRule {
                    name: "per_page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(20i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_links", value)?;
            }
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("list_links", &self.workspace_id)?;
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "page", &self.page);
            ::docspec::__private::push_query(&mut query, "per_page", &self.per_page);
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_links",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/workspace/{}/links", path_0),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
        /// Every page from the current one (the first by default) until the
        /// last, fetched one after another as the stream is polled. The
        /// stream also ends when the server sends back a page already
        /// fetched, and fails after `MAX_PAGES` pages.
        pub fn pages(
            self,
        ) -> ::docspec::BoxStream<super::models::ListLinksData, super::ListLinksError> {
            let first = ::docspec::PagePosition::Number(self.page.unwrap_or(1));
            ::docspec::__private::paginate(
                "list_links",
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
                super::models::ListLinksData,
                ::core::option::Option<::std::string::String>,
            ),
            ::docspec::Error<super::ListLinksError>,
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
        ) -> ::docspec::BoxStream<super::models::Link, super::ListLinksError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListLinks, super::models::ListLinksData, super::ListLinksError
    );
    /// A `create_link` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct CreateLink {
        client: super::Client,
        workspace_id: ::std::string::String,
        body: super::models::CreateLinkBody,
        options: ::docspec::CallOptions,
    }
    impl CreateLink {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            body: super::models::CreateLinkBody,
        ) -> Self {
            Self {
                client,
                workspace_id,
                body,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::LinkData,
            ::docspec::Error<super::CreateLinkError>,
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
            ::docspec::Error<super::CreateLinkError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("create_link", &self.workspace_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "create_link",
                method: ::docspec::__private::http::Method::POST,
                path: ::std::format!("/public/workspace/{}/links", path_0),
                query,
                body: ::core::option::Option::Some(
                    ::docspec::__private::json_body::<
                        _,
                        super::CreateLinkError,
                    >(&self.body)?,
                ),
                idempotent: false,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        CreateLink, super::models::LinkData, super::CreateLinkError
    );
    /// A `get_link` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetLink {
        client: super::Client,
        workspace_id: ::std::string::String,
        link_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetLink {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            link_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                link_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::LinkData,
            ::docspec::Error<super::GetLinkError>,
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
            ::docspec::Error<super::GetLinkError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_link", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "linkId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_link", &self.link_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_link",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/workspace/{}/links/{}", path_0, path_1),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetLink, super::models::LinkData, super::GetLinkError
    );
    /// A `update_link` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct UpdateLink {
        client: super::Client,
        workspace_id: ::std::string::String,
        link_id: ::std::string::String,
        body: super::models::UpdateLinkBody,
        options: ::docspec::CallOptions,
    }
    impl UpdateLink {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            link_id: ::std::string::String,
            body: super::models::UpdateLinkBody,
        ) -> Self {
            Self {
                client,
                workspace_id,
                link_id,
                body,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::LinkData,
            ::docspec::Error<super::UpdateLinkError>,
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
            ::docspec::Error<super::UpdateLinkError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("update_link", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "linkId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("update_link", &self.link_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "update_link",
                method: ::docspec::__private::http::Method::PUT,
                path: ::std::format!("/public/workspace/{}/links/{}", path_0, path_1),
                query,
                body: ::core::option::Option::Some(
                    ::docspec::__private::json_body::<
                        _,
                        super::UpdateLinkError,
                    >(&self.body)?,
                ),
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        UpdateLink, super::models::LinkData, super::UpdateLinkError
    );
    /// A `delete_link` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct DeleteLink {
        client: super::Client,
        workspace_id: ::std::string::String,
        link_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl DeleteLink {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            link_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                link_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::DeletedLinkData,
            ::docspec::Error<super::DeleteLinkError>,
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
            ::docspec::Error<super::DeleteLinkError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("delete_link", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "linkId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("delete_link", &self.link_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "delete_link",
                method: ::docspec::__private::http::Method::DELETE,
                path: ::std::format!("/public/workspace/{}/links/{}", path_0, path_1),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        DeleteLink, super::models::DeletedLinkData, super::DeleteLinkError
    );
    /// A `list_recordings` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct ListRecordings {
        client: super::Client,
        workspace_id: ::std::string::String,
        page: ::core::option::Option<i64>,
        per_page: ::core::option::Option<i64>,
        options: ::docspec::CallOptions,
    }
    impl ListRecordings {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                page: ::core::option::Option::None,
                per_page: ::core::option::Option::None,
                options: ::core::default::Default::default(),
            }
        }
        /// The 1-based page to return. From 1 to 9007199254740991. A value outside it is refused before sending. The server's default is `1`.
        pub fn page(mut self, value: i64) -> Self {
            self.page = ::core::option::Option::Some(value);
            self
        }
        /// Items per page. From 1 to 20. A value outside it is refused before sending. The server's default is `10`.
        pub fn per_page(mut self, value: i64) -> Self {
            self.per_page = ::core::option::Option::Some(value);
            self
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::ListRecordingsData,
            ::docspec::Error<super::ListRecordingsError>,
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
            ::docspec::Error<super::ListRecordingsError>,
        > {
            if let ::core::option::Option::Some(value) = self.page {
                ::docspec::__private::QueryRule {
                    name: "page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(9007199254740991i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_recordings", value)?;
            }
            if let ::core::option::Option::Some(value) = self.per_page {
                ::docspec::__private::QueryRule {
                    name: "per_page",
                    minimum: ::core::option::Option::Some(1i64),
                    maximum: ::core::option::Option::Some(20i64),
                    min_length: ::core::option::Option::None,
                    max_length: ::core::option::Option::None,
                }
                    .check_int("list_recordings", value)?;
            }
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("list_recordings", &self.workspace_id)?;
            let mut query = ::std::vec::Vec::new();
            ::docspec::__private::push_query(&mut query, "page", &self.page);
            ::docspec::__private::push_query(&mut query, "per_page", &self.per_page);
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "list_recordings",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!("/public/workspace/{}/recordings", path_0),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
        /// Every page from the current one (the first by default) until the
        /// last, fetched one after another as the stream is polled. The
        /// stream also ends when the server sends back a page already
        /// fetched, and fails after `MAX_PAGES` pages.
        pub fn pages(
            self,
        ) -> ::docspec::BoxStream<
            super::models::ListRecordingsData,
            super::ListRecordingsError,
        > {
            let first = ::docspec::PagePosition::Number(self.page.unwrap_or(1));
            ::docspec::__private::paginate(
                "list_recordings",
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
                super::models::ListRecordingsData,
                ::core::option::Option<::std::string::String>,
            ),
            ::docspec::Error<super::ListRecordingsError>,
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
        ) -> ::docspec::BoxStream<super::models::Recording, super::ListRecordingsError> {
            ::docspec::__private::flatten_pages(self.pages())
        }
    }
    ::docspec::__private::request_common!(
        ListRecordings, super::models::ListRecordingsData, super::ListRecordingsError
    );
    /// A `get_recording` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetRecording {
        client: super::Client,
        workspace_id: ::std::string::String,
        recording_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetRecording {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            recording_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                recording_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::RecordingData,
            ::docspec::Error<super::GetRecordingError>,
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
            ::docspec::Error<super::GetRecordingError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "recordingId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording", &self.recording_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_recording",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!(
                    "/public/workspace/{}/recordings/{}", path_0, path_1
                ),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetRecording, super::models::RecordingData, super::GetRecordingError
    );
    /// A `delete_recording` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct DeleteRecording {
        client: super::Client,
        workspace_id: ::std::string::String,
        recording_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl DeleteRecording {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            recording_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                recording_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::DeletedRecordingData,
            ::docspec::Error<super::DeleteRecordingError>,
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
            ::docspec::Error<super::DeleteRecordingError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("delete_recording", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "recordingId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("delete_recording", &self.recording_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "delete_recording",
                method: ::docspec::__private::http::Method::DELETE,
                path: ::std::format!(
                    "/public/workspace/{}/recordings/{}", path_0, path_1
                ),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        DeleteRecording, super::models::DeletedRecordingData, super::DeleteRecordingError
    );
    /// A `get_recording_video` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetRecordingVideo {
        client: super::Client,
        workspace_id: ::std::string::String,
        recording_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetRecordingVideo {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            recording_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                recording_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::RecordingResourceData,
            ::docspec::Error<super::GetRecordingVideoError>,
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
            ::docspec::Error<super::GetRecordingVideoError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_video", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "recordingId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_video", &self.recording_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_recording_video",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!(
                    "/public/workspace/{}/recordings/{}/video", path_0, path_1
                ),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetRecordingVideo, super::models::RecordingResourceData,
        super::GetRecordingVideoError
    );
    /// A `get_recording_thumbnail` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetRecordingThumbnail {
        client: super::Client,
        workspace_id: ::std::string::String,
        recording_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetRecordingThumbnail {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            recording_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                recording_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::RecordingResourceData,
            ::docspec::Error<super::GetRecordingThumbnailError>,
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
            ::docspec::Error<super::GetRecordingThumbnailError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_thumbnail", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "recordingId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_thumbnail", &self.recording_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_recording_thumbnail",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!(
                    "/public/workspace/{}/recordings/{}/thumbnail", path_0, path_1
                ),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetRecordingThumbnail, super::models::RecordingResourceData,
        super::GetRecordingThumbnailError
    );
    /// A `get_recording_console_log` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetRecordingConsoleLog {
        client: super::Client,
        workspace_id: ::std::string::String,
        recording_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetRecordingConsoleLog {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            recording_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                recording_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::RecordingResourceData,
            ::docspec::Error<super::GetRecordingConsoleLogError>,
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
            ::docspec::Error<super::GetRecordingConsoleLogError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_console_log", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "recordingId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_console_log", &self.recording_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_recording_console_log",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!(
                    "/public/workspace/{}/recordings/{}/console-log", path_0, path_1
                ),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetRecordingConsoleLog, super::models::RecordingResourceData,
        super::GetRecordingConsoleLogError
    );
    /// A `get_recording_network_log` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetRecordingNetworkLog {
        client: super::Client,
        workspace_id: ::std::string::String,
        recording_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetRecordingNetworkLog {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            recording_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                recording_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::RecordingResourceData,
            ::docspec::Error<super::GetRecordingNetworkLogError>,
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
            ::docspec::Error<super::GetRecordingNetworkLogError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_network_log", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "recordingId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_network_log", &self.recording_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_recording_network_log",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!(
                    "/public/workspace/{}/recordings/{}/network-log", path_0, path_1
                ),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetRecordingNetworkLog, super::models::RecordingResourceData,
        super::GetRecordingNetworkLogError
    );
    /// A `get_recording_action` request, sent by `.send()` or by awaiting it.
    #[derive(Clone, Debug)]
    #[must_use = "a request does nothing until it is sent or awaited"]
    pub struct GetRecordingAction {
        client: super::Client,
        workspace_id: ::std::string::String,
        recording_id: ::std::string::String,
        options: ::docspec::CallOptions,
    }
    impl GetRecordingAction {
        pub(super) fn new(
            client: super::Client,
            workspace_id: ::std::string::String,
            recording_id: ::std::string::String,
        ) -> Self {
            Self {
                client,
                workspace_id,
                recording_id,
                options: ::core::default::Default::default(),
            }
        }
        /// Sends the request and decodes the response's data. A path parameter that is empty, `.`, `..` or outside the spec's limits is refused with `Error::InvalidArgument` before anything is sent.
        pub async fn send(
            self,
        ) -> ::core::result::Result<
            super::models::RecordingResourceData,
            ::docspec::Error<super::GetRecordingActionError>,
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
            ::docspec::Error<super::GetRecordingActionError>,
        > {
            let path_0 = ::docspec::__private::PathParam {
                name: "workspaceId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_action", &self.workspace_id)?;
            let path_1 = ::docspec::__private::PathParam {
                name: "recordingId",
                min_length: 1,
                max_length: ::core::option::Option::None,
            }
                .encode("get_recording_action", &self.recording_id)?;
            let query = ::std::vec::Vec::new();
            ::core::result::Result::Ok(::docspec::__private::Request {
                endpoint: "get_recording_action",
                method: ::docspec::__private::http::Method::GET,
                path: ::std::format!(
                    "/public/workspace/{}/recordings/{}/action", path_0, path_1
                ),
                query,
                body: ::core::option::Option::None,
                idempotent: true,
                data: &["data"],
            })
        }
    }
    ::docspec::__private::request_common!(
        GetRecordingAction, super::models::RecordingResourceData,
        super::GetRecordingActionError
    );
}
