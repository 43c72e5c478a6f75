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
    /// The code as the API sends it in error bodies.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::ApiKeyRequired => "API_KEY_REQUIRED",
            Self::ApiKeyInvalid => "API_KEY_INVALID",
            Self::ApiKeyExpired => "API_KEY_EXPIRED",
            Self::ApiKeyDisabled => "API_KEY_DISABLED",
            Self::NotAMember => "NOT_A_MEMBER",
            Self::LinkDeleteForbidden => "LINK_DELETE_FORBIDDEN",
            Self::RecordingDeleteForbidden => "RECORDING_DELETE_FORBIDDEN",
            Self::RecordingWorkspaceMismatch => "RECORDING_WORKSPACE_MISMATCH",
            Self::RateLimited => "RATE_LIMITED",
            Self::ServiceUnavailable => "SERVICE_UNAVAILABLE",
            Self::LinkNotFound => "LINK_NOT_FOUND",
            Self::RecordingNotFound => "RECORDING_NOT_FOUND",
            Self::ProjectNotFound => "PROJECT_NOT_FOUND",
            Self::WorkspaceNotFound => "WORKSPACE_NOT_FOUND",
            Self::LinkGone => "LINK_GONE",
            Self::RecordingGone => "RECORDING_GONE",
            Self::ProjectGone => "PROJECT_GONE",
            Self::LinkProjectDeleted => "LINK_PROJECT_DELETED",
            Self::LinkCreateFailed => "LINK_CREATE_FAILED",
            Self::LinkUpdateFailed => "LINK_UPDATE_FAILED",
            Self::LinkDeleteFailed => "LINK_DELETE_FAILED",
            Self::RecordingDeleteFailed => "RECORDING_DELETE_FAILED",
            Self::LinkDefaultProjectNotFound => "LINK_DEFAULT_PROJECT_NOT_FOUND",
            Self::PlanLimitExceeded => "PLAN_LIMIT_EXCEEDED",
            Self::Unauthorized => "UNAUTHORIZED",
            Self::ApiKeyAlreadyExists => "API_KEY_ALREADY_EXISTS",
            Self::ApiKeyNotFound => "API_KEY_NOT_FOUND",
            Self::ApiKeyCreateFailed => "API_KEY_CREATE_FAILED",
            Self::ApiKeyRevokeFailed => "API_KEY_REVOKE_FAILED",
            Self::ApiKeyRotateFailed => "API_KEY_ROTATE_FAILED",
            Self::Forbidden => "FORBIDDEN",
        }
    }
    /// The HTTP status this code comes with, as a number.
    pub const fn status_u16(self) -> u16 {
        match self {
            Self::ApiKeyRequired => 401,
            Self::ApiKeyInvalid => 401,
            Self::ApiKeyExpired => 401,
            Self::ApiKeyDisabled => 403,
            Self::NotAMember => 403,
            Self::LinkDeleteForbidden => 403,
            Self::RecordingDeleteForbidden => 403,
            Self::RecordingWorkspaceMismatch => 403,
            Self::RateLimited => 429,
            Self::ServiceUnavailable => 503,
            Self::LinkNotFound => 404,
            Self::RecordingNotFound => 404,
            Self::ProjectNotFound => 404,
            Self::WorkspaceNotFound => 404,
            Self::LinkGone => 410,
            Self::RecordingGone => 410,
            Self::ProjectGone => 410,
            Self::LinkProjectDeleted => 410,
            Self::LinkCreateFailed => 500,
            Self::LinkUpdateFailed => 500,
            Self::LinkDeleteFailed => 500,
            Self::RecordingDeleteFailed => 500,
            Self::LinkDefaultProjectNotFound => 404,
            Self::PlanLimitExceeded => 403,
            Self::Unauthorized => 401,
            Self::ApiKeyAlreadyExists => 409,
            Self::ApiKeyNotFound => 404,
            Self::ApiKeyCreateFailed => 500,
            Self::ApiKeyRevokeFailed => 500,
            Self::ApiKeyRotateFailed => 500,
            Self::Forbidden => 403,
        }
    }
    /// The HTTP status this code comes with.
    pub const fn status(self) -> ::userplane::__private::http::StatusCode {
        ::userplane::__private::status(self.status_u16())
    }
    /// The documented default message.
    pub const fn message(self) -> &'static str {
        match self {
            Self::ApiKeyRequired => {
                "API key is required. Include it as Authorization: Bearer <your-api-key>."
            }
            Self::ApiKeyInvalid => {
                "The provided API key is not valid. Verify the key and try again."
            }
            Self::ApiKeyExpired => "The API key has expired. Rotate or create a new key.",
            Self::ApiKeyDisabled => {
                "The API key is disabled. Enable it or create a new key."
            }
            Self::NotAMember => "The API key owner is not a member of this workspace.",
            Self::LinkDeleteForbidden => {
                "You do not have permission to delete this link."
            }
            Self::RecordingDeleteForbidden => {
                "You do not have permission to delete this recording."
            }
            Self::RecordingWorkspaceMismatch => {
                "Recording does not belong to this workspace."
            }
            Self::RateLimited => {
                "Rate limit exceeded. Wait and retry with exponential backoff."
            }
            Self::ServiceUnavailable => {
                "API key verification service is temporarily unavailable. Please try again later."
            }
            Self::LinkNotFound => "Link not found",
            Self::RecordingNotFound => "Recording not found",
            Self::ProjectNotFound => "Project not found",
            Self::WorkspaceNotFound => "Workspace not found",
            Self::LinkGone => "Link has been deleted",
            Self::RecordingGone => "Recording has already been deleted",
            Self::ProjectGone => "Project has been deleted",
            Self::LinkProjectDeleted => "Project has been deleted",
            Self::LinkCreateFailed => "Failed to create link",
            Self::LinkUpdateFailed => "Failed to update link",
            Self::LinkDeleteFailed => "Failed to delete link",
            Self::RecordingDeleteFailed => "Failed to delete recording",
            Self::LinkDefaultProjectNotFound => "No default project found for workspace",
            Self::PlanLimitExceeded => "Plan limit exceeded",
            Self::Unauthorized => "You must be logged in to manage API keys.",
            Self::ApiKeyAlreadyExists => {
                "You already have an API key. Revoke or rotate it instead."
            }
            Self::ApiKeyNotFound => "No API key found.",
            Self::ApiKeyCreateFailed => "Failed to create API key.",
            Self::ApiKeyRevokeFailed => "Failed to revoke API key.",
            Self::ApiKeyRotateFailed => "Failed to rotate API key.",
            Self::Forbidden => "Insufficient permissions",
        }
    }
    /// The documentation section this code belongs to.
    pub const fn category(self) -> Category {
        match self {
            Self::ApiKeyRequired => Category::Authentication,
            Self::ApiKeyInvalid => Category::Authentication,
            Self::ApiKeyExpired => Category::Authentication,
            Self::ApiKeyDisabled => Category::Authorization,
            Self::NotAMember => Category::Authorization,
            Self::LinkDeleteForbidden => Category::Authorization,
            Self::RecordingDeleteForbidden => Category::Authorization,
            Self::RecordingWorkspaceMismatch => Category::Authorization,
            Self::RateLimited => Category::RateLimiting,
            Self::ServiceUnavailable => Category::Service,
            Self::LinkNotFound => Category::Resource,
            Self::RecordingNotFound => Category::Resource,
            Self::ProjectNotFound => Category::Resource,
            Self::WorkspaceNotFound => Category::Resource,
            Self::LinkGone => Category::Resource,
            Self::RecordingGone => Category::Resource,
            Self::ProjectGone => Category::Resource,
            Self::LinkProjectDeleted => Category::Resource,
            Self::LinkCreateFailed => Category::Mutation,
            Self::LinkUpdateFailed => Category::Mutation,
            Self::LinkDeleteFailed => Category::Mutation,
            Self::RecordingDeleteFailed => Category::Mutation,
            Self::LinkDefaultProjectNotFound => Category::Mutation,
            Self::PlanLimitExceeded => Category::Mutation,
            Self::Unauthorized => Category::ApiKeyManagement,
            Self::ApiKeyAlreadyExists => Category::ApiKeyManagement,
            Self::ApiKeyNotFound => Category::ApiKeyManagement,
            Self::ApiKeyCreateFailed => Category::ApiKeyManagement,
            Self::ApiKeyRevokeFailed => Category::ApiKeyManagement,
            Self::ApiKeyRotateFailed => Category::ApiKeyManagement,
            Self::Forbidden => Category::Authorization,
        }
    }
    /// Whether a request that failed with this code may succeed if retried
    /// (429 and 5xx unless the spec says otherwise).
    pub const fn is_retryable(self) -> bool {
        match self {
            Self::ApiKeyRequired => false,
            Self::ApiKeyInvalid => false,
            Self::ApiKeyExpired => false,
            Self::ApiKeyDisabled => false,
            Self::NotAMember => false,
            Self::LinkDeleteForbidden => false,
            Self::RecordingDeleteForbidden => false,
            Self::RecordingWorkspaceMismatch => false,
            Self::RateLimited => true,
            Self::ServiceUnavailable => true,
            Self::LinkNotFound => false,
            Self::RecordingNotFound => false,
            Self::ProjectNotFound => false,
            Self::WorkspaceNotFound => false,
            Self::LinkGone => false,
            Self::RecordingGone => false,
            Self::ProjectGone => false,
            Self::LinkProjectDeleted => false,
            Self::LinkCreateFailed => true,
            Self::LinkUpdateFailed => true,
            Self::LinkDeleteFailed => true,
            Self::RecordingDeleteFailed => true,
            Self::LinkDefaultProjectNotFound => false,
            Self::PlanLimitExceeded => false,
            Self::Unauthorized => false,
            Self::ApiKeyAlreadyExists => false,
            Self::ApiKeyNotFound => false,
            Self::ApiKeyCreateFailed => true,
            Self::ApiKeyRevokeFailed => true,
            Self::ApiKeyRotateFailed => true,
            Self::Forbidden => false,
        }
    }
    /// The code for a string sent by the API, if the spec knows it.
    pub fn from_code(code: &str) -> ::core::option::Option<Self> {
        match code {
            "API_KEY_REQUIRED" => ::core::option::Option::Some(Self::ApiKeyRequired),
            "API_KEY_INVALID" => ::core::option::Option::Some(Self::ApiKeyInvalid),
            "API_KEY_EXPIRED" => ::core::option::Option::Some(Self::ApiKeyExpired),
            "API_KEY_DISABLED" => ::core::option::Option::Some(Self::ApiKeyDisabled),
            "NOT_A_MEMBER" => ::core::option::Option::Some(Self::NotAMember),
            "LINK_DELETE_FORBIDDEN" => {
                ::core::option::Option::Some(Self::LinkDeleteForbidden)
            }
            "RECORDING_DELETE_FORBIDDEN" => {
                ::core::option::Option::Some(Self::RecordingDeleteForbidden)
            }
            "RECORDING_WORKSPACE_MISMATCH" => {
                ::core::option::Option::Some(Self::RecordingWorkspaceMismatch)
            }
            "RATE_LIMITED" => ::core::option::Option::Some(Self::RateLimited),
            "SERVICE_UNAVAILABLE" => {
                ::core::option::Option::Some(Self::ServiceUnavailable)
            }
            "LINK_NOT_FOUND" => ::core::option::Option::Some(Self::LinkNotFound),
            "RECORDING_NOT_FOUND" => {
                ::core::option::Option::Some(Self::RecordingNotFound)
            }
            "PROJECT_NOT_FOUND" => ::core::option::Option::Some(Self::ProjectNotFound),
            "WORKSPACE_NOT_FOUND" => {
                ::core::option::Option::Some(Self::WorkspaceNotFound)
            }
            "LINK_GONE" => ::core::option::Option::Some(Self::LinkGone),
            "RECORDING_GONE" => ::core::option::Option::Some(Self::RecordingGone),
            "PROJECT_GONE" => ::core::option::Option::Some(Self::ProjectGone),
            "LINK_PROJECT_DELETED" => {
                ::core::option::Option::Some(Self::LinkProjectDeleted)
            }
            "LINK_CREATE_FAILED" => ::core::option::Option::Some(Self::LinkCreateFailed),
            "LINK_UPDATE_FAILED" => ::core::option::Option::Some(Self::LinkUpdateFailed),
            "LINK_DELETE_FAILED" => ::core::option::Option::Some(Self::LinkDeleteFailed),
            "RECORDING_DELETE_FAILED" => {
                ::core::option::Option::Some(Self::RecordingDeleteFailed)
            }
            "LINK_DEFAULT_PROJECT_NOT_FOUND" => {
                ::core::option::Option::Some(Self::LinkDefaultProjectNotFound)
            }
            "PLAN_LIMIT_EXCEEDED" => {
                ::core::option::Option::Some(Self::PlanLimitExceeded)
            }
            "UNAUTHORIZED" => ::core::option::Option::Some(Self::Unauthorized),
            "API_KEY_ALREADY_EXISTS" => {
                ::core::option::Option::Some(Self::ApiKeyAlreadyExists)
            }
            "API_KEY_NOT_FOUND" => ::core::option::Option::Some(Self::ApiKeyNotFound),
            "API_KEY_CREATE_FAILED" => {
                ::core::option::Option::Some(Self::ApiKeyCreateFailed)
            }
            "API_KEY_REVOKE_FAILED" => {
                ::core::option::Option::Some(Self::ApiKeyRevokeFailed)
            }
            "API_KEY_ROTATE_FAILED" => {
                ::core::option::Option::Some(Self::ApiKeyRotateFailed)
            }
            "FORBIDDEN" => ::core::option::Option::Some(Self::Forbidden),
            _ => ::core::option::Option::None,
        }
    }
    /// The codes documented with this HTTP status (empty if none).
    pub fn for_status(
        status: ::userplane::__private::http::StatusCode,
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
        code: &["error"],
        message: &["message"],
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
impl ::userplane::__private::serde::Serialize for Category {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::userplane::__private::serde::Serializer,
    {
        serializer.serialize_str(self.id())
    }
}
/// An error response of the Userplane API, decoded: status, code, message and raw body.
pub type ApiError = ::userplane::ApiError<ErrorCode>;
