/// Every error code of the Response codes API.
///
/// The enum is exhaustive on purpose: a `match` without a wildcard arm stops compiling when the spec gains a code, and the compiler names the new code.
///
/// | Code | Status | Category | Message |
/// |---|---|---|---|
/// | `general_mock` | 400 | Platform errors | General errors thrown by the mock controller used for testing. |
/// | `general_argument_invalid` | 400 | Platform errors | The request contains one or more invalid arguments. Please refer to the endpoint documentation. |
/// | `general_query_limit_exceeded` | 400 | Platform errors | Query limit exceeded for the current attribute. Usage of more than 100 query values on a single attribute is prohibited. |
/// | `general_query_invalid` | 400 | Platform errors | The query's syntax is invalid. Please check the query and try again. |
/// | `general_cursor_not_found` | 400 | Platform errors | The cursor is invalid. This can happen if the item represented by the cursor has been deleted. |
/// | `general_provider_failure` | 400 | Platform errors | VCS (Version Control System) provider failed to process the request. We believe this is an error with the VCS provider. Try again, or contact support for more information. |
/// | `project_unknown` | 400 | Platform errors | The project ID is either missing or not valid. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used. |
/// | `project_invalid_success_url` | 400 | Platform errors | Invalid redirect URL for OAuth success. |
/// | `project_invalid_failure_url` | 400 | Platform errors | Invalid redirect URL for OAuth failure. |
/// | `project_reserved_project` | 400 | Platform errors | The project ID is reserved. Please choose another project ID. |
/// | `project_smtp_config_invalid` | 400 | Platform errors | Provided SMTP config is invalid. Please check the configured values and try again. |
/// | `project_key_expired` | 401 | Platform errors | The project key has expired. Please generate a new key using the Appwrite console. |
/// | `rule_verification_failed` | 401 | Platform errors | Domain verification failed. Please check if your DNS records are correct and try again. |
/// | `project_template_default_deletion` | 401 | Platform errors | You can't delete default template. If you are trying to reset your template changes, you can ignore this error as it's already been reset. |
/// | `general_unknown_origin` | 403 | Platform errors | The request originated from an unknown origin. If you trust this domain, please list it as a trusted platform in the Appwrite console. |
/// | `general_access_forbidden` | 401 | Platform errors | Access to this API is forbidden. |
/// | `general_unauthorized_scope` | 401 | Platform errors | The current user or API key does not have the required scopes to access the requested resource. |
/// | `general_route_not_found` | 404 | Platform errors | The requested route was not found. Please refer to the API docs and try again. |
/// | `webhook_not_found` | 404 | Platform errors | Webhook with the requested ID could not be found. |
/// | `rule_resource_not_found` | 404 | Platform errors | Resource could not be found. Please check if the resourceId and resourceType are correct, or if the resource actually exists. |
/// | `rule_not_found` | 404 | Platform errors | Rule with the requested ID could not be found. Please check if the ID provided is correct or if the rule actually exists. |
/// | `key_not_found` | 404 | Platform errors | Key with the requested ID could not be found. |
/// | `platform_not_found` | 404 | Platform errors | Platform with the requested ID could not be found. |
/// | `project_not_found` | 404 | Platform errors | Project with the requested ID could not be found. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used. |
/// | `router_host_not_found` | 404 | Platform errors | Host is not trusted. This could occur because you have not configured a custom domain. Add a custom domain to your project first and try again. |
/// | `general_not_implemented` | 405 | Platform errors | This method was not fully implemented yet. If you believe this is a mistake, please upgrade your Appwrite server version. |
/// | `project_already_exists` | 409 | Platform errors | Project with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID. |
/// | `rule_already_exists` | 409 | Platform errors | Domain is already used. Please try again with a different domain. |
/// | `project_provider_disabled` | 412 | Platform errors | The chosen OAuth provider is disabled. You can enable the OAuth provider using the Appwrite console. |
/// | `general_rate_limit_exceeded` | 429 | Platform errors | Rate limit for the current endpoint has been exceeded. Please try again after some time. |
/// | `general_unknown` | 500 | Platform errors | An unknown error has occurred. Please check the logs for more information. |
/// | `general_server_error` | 500 | Platform errors | An internal server error occurred. |
/// | `general_protocol_unsupported` | 500 | Platform errors | The request cannot be fulfilled with the current protocol. Please check the value of the \_APP\_OPTIONS\_FORCE\_HTTPS environment variable. |
/// | `general_codes_disabled` | 500 | Platform errors | Invitation codes are disabled on this server. Please contact the server administrator. |
/// | `router_domain_not_configured` | 500 | Platform errors | \_APP\_DOMAIN, \_APP\_DOMAIN\_TARGET, and \_APP\_DOMAIN\_FUNCTIONS environment variables have not been configured. Please configure the domain environment variables before accessing the Appwrite Console via any IP address or hostname other than localhost. This value could be an IP like 203.0.113.0 or a hostname like example.com. |
/// | `general_usage_disabled` | 501 | Platform errors | Usage stats is not configured. Please check the value of the \_APP\_USAGE\_STATS environment variable of your Appwrite server. |
/// | `project_provider_unsupported` | 501 | Platform errors | The chosen OAuth provider is unsupported. Please check the Create OAuth2 Session docs for the complete list of supported OAuth providers. |
/// | `general_service_disabled` | 503 | Platform errors | The requested service is disabled. You can enable the service from the Appwrite console. |
/// | `general_smtp_disabled` | 503 | Platform errors | SMTP is disabled on your Appwrite instance. You can learn more about setting up SMTP in our docs. |
/// | `general_phone_disabled` | 503 | Platform errors | Phone provider is not configured. Please check the \_APP\_SMS\_PROVIDER environment variable of your Appwrite server. |
/// | `user_password_mismatch` | 400 | Authentication errors | Passwords do not match. Please check the password and confirm password. |
/// | `password_recently_used` | 400 | Authentication errors | The password you are trying to use is similar to your previous password. For your security, please choose a different password and try again. |
/// | `password_personal_data` | 400 | Authentication errors | The password you are trying to use contains references to your name, email, phone or userID. For your security, please choose a different password and try again. |
/// | `user_phone_not_found` | 400 | Authentication errors | The current user does not have a phone number associated with their account. |
/// | `user_missing_id` | 400 | Authentication errors | Missing ID from OAuth2 provider. |
/// | `user_oauth2_bad_request` | 400 | Authentication errors | OAuth2 provider rejected the bad request. |
/// | `user_jwt_invalid` | 401 | Authentication errors | The JWT token is invalid. Please check the value of the X-Appwrite-JWT header to ensure the correct token is being used. |
/// | `user_blocked` | 401 | Authentication errors | The current user has been blocked. You can unblock the user by making a request to the User API's "Update User Status" endpoint or in the Appwrite Console's Auth section. |
/// | `user_invalid_token` | 401 | Authentication errors | Invalid token passed in the request. |
/// | `user_email_not_whitelisted` | 401 | Authentication errors | Console registration is restricted to specific emails. Contact your administrator for more information. |
/// | `user_invalid_code` | 401 | Authentication errors | The specified code is not valid. Contact your administrator for more information. |
/// | `user_ip_not_whitelisted` | 401 | Authentication errors | Console registration is restricted to specific IPs. Contact your administrator for more information. |
/// | `user_invalid_credentials` | 401 | Authentication errors | Invalid credentials. Please check the email and password. |
/// | `user_anonymous_console_prohibited` | 401 | Authentication errors | Anonymous users cannot be created for the console project. |
/// | `user_session_already_exists` | 401 | Authentication errors | Creation of anonymous users is prohibited when a session is active. |
/// | `user_unauthorized` | 401 | Authentication errors | The current user is not authorized to perform the requested action. |
/// | `user_oauth2_unauthorized` | 401 | Authentication errors | OAuth2 provider rejected the unauthorized request. |
/// | `team_invalid_secret` | 401 | Authentication errors | The team invitation secret is invalid. Please request a new invitation and try again. |
/// | `team_invite_mismatch` | 401 | Authentication errors | The invite does not belong to the current user. |
/// | `user_not_found` | 404 | Authentication errors | User with the requested ID could not be found. |
/// | `user_session_not_found` | 404 | Authentication errors | The current user session could not be found. |
/// | `user_identity_not_found` | 404 | Authentication errors | The identity could not be found. Please sign in with OAuth provider to create identity first. |
/// | `team_not_found` | 404 | Authentication errors | Team with the requested ID could not be found. |
/// | `team_invite_not_found` | 404 | Authentication errors | The requested team invitation could not be found. |
/// | `team_membership_mismatch` | 404 | Authentication errors | The membership ID does not belong to the team ID. |
/// | `membership_not_found` | 404 | Authentication errors | Membership with the requested ID could not be found. |
/// | `user_already_exists` | 409 | Authentication errors | A user with the same id, email, or phone already exists in this project. |
/// | `user_email_already_exists` | 409 | Authentication errors | A user with the same email already exists in the current project. |
/// | `user_phone_already_exists` | 409 | Authentication errors | A user with the same phone number already exists in the current project. |
/// | `team_invite_already_exists` | 409 | Authentication errors | User has already been invited or is already a member of this team |
/// | `team_already_exists` | 409 | Authentication errors | Team with requested ID already exists. Please choose a different ID and try again. |
/// | `membership_already_confirmed` | 409 | Authentication errors | Membership is already confirmed. |
/// | `user_password_reset_required` | 412 | Authentication errors | The current user requires a password reset. |
/// | `user_oauth2_provider_error` | 424 | Authentication errors | OAuth2 provider returned some error. |
/// | `user_count_exceeded` | 501 | Authentication errors | The current project has exceeded the maximum number of users. Please check your user limit in the Appwrite console. |
/// | `user_auth_method_unsupported` | 501 | Authentication errors | The requested authentication method is either disabled or unsupported. Please check the supported authentication methods in the Appwrite console. |
/// | `table_limit_exceeded` | 400 | Databases errors | The maximum number of tables has been reached. |
/// | `row_invalid_structure` | 400 | Databases errors | The row structure is invalid. Please ensure the attributes match the table definition. |
/// | `row_missing_data` | 400 | Databases errors | The row data is missing. Try again with row data populated. |
/// | `row_missing_payload` | 400 | Databases errors | The row data and permissions are missing. You must provide either row data or permissions to be updated. |
/// | `attribute_unknown` | 400 | Databases errors | The attribute required for the index could not be found. Please confirm all your attributes are in the available state. |
/// | `attribute_not_available` | 400 | Databases errors | The requested attribute is not yet available. Please try again later. |
/// | `attribute_format_unsupported` | 400 | Databases errors | The requested attribute format is not supported. |
/// | `attribute_default_unsupported` | 400 | Databases errors | Default values cannot be set for array or required attributes. |
/// | `attribute_limit_exceeded` | 400 | Databases errors | The maximum number of attributes has been reached. |
/// | `attribute_value_invalid` | 400 | Databases errors | The attribute value is invalid. Please check the type, range and value of the attribute. |
/// | `attribute_type_invalid` | 400 | Databases errors | The attribute type is invalid. |
/// | `index_limit_exceeded` | 400 | Databases errors | The maximum number of indexes has been reached. |
/// | `index_invalid` | 400 | Databases errors | Index invalid. |
/// | `row_delete_restricted` | 403 | Databases errors | Row cannot be deleted because it is referenced by another row. |
/// | `execution_not_found` | 404 | Databases errors | Execution with the requested ID could not be found. |
/// | `database_not_found` | 404 | Databases errors | Database not found |
/// | `table_not_found` | 404 | Databases errors | Table with the requested ID could not be found. |
/// | `row_not_found` | 404 | Databases errors | Row with the requested ID could not be found. |
/// | `attribute_not_found` | 404 | Databases errors | Attribute with the requested ID could not be found. |
/// | `index_not_found` | 404 | Databases errors | Index with the requested ID could not be found. |
/// | `database_already_exists` | 409 | Databases errors | Database already exists |
/// | `table_already_exists` | 409 | Databases errors | A table with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID. |
/// | `row_already_exists` | 409 | Databases errors | Row with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID. |
/// | `row_update_conflict` | 409 | Databases errors | Remote row is newer than local. |
/// | `attribute_already_exists` | 409 | Databases errors | Attribute with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID. |
/// | `index_already_exists` | 409 | Databases errors | Index with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID. |
/// | `storage_device_not_found` | 400 | Storage errors | The requested storage device could not be found. |
/// | `storage_file_empty` | 400 | Storage errors | Empty file passed to the endpoint. |
/// | `storage_file_type_unsupported` | 400 | Storage errors | The given file extension is not supported. |
/// | `storage_invalid_file_size` | 400 | Storage errors | The file size is either not valid or exceeds the maximum allowed size. Please check the file or the value of the \_APP\_STORAGE\_LIMIT environment variable. |
/// | `storage_invalid_content_range` | 400 | Storage errors | The content range is invalid. Please check the value of the Content-Range header. |
/// | `storage_invalid_appwrite_id` | 400 | Storage errors | The value for x-appwrite-id header is invalid. Please check the value of the x-appwrite-id header is a valid id and not unique(). |
/// | `storage_invalid_file` | 403 | Storage errors | The uploaded file is invalid. Please check the file and try again. |
/// | `storage_file_not_found` | 404 | Storage errors | The requested file could not be found. |
/// | `storage_bucket_not_found` | 404 | Storage errors | Storage bucket with the requested ID could not be found. |
/// | `storage_file_already_exists` | 409 | Storage errors | A storage file with the requested ID already exists. |
/// | `storage_bucket_already_exists` | 409 | Storage errors | A storage bucket with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID. |
/// | `storage_invalid_range` | 416 | Storage errors | The requested range is not satisfiable. Please check the value of the Range header. |
/// | `build_not_ready` | 400 | Functions errors | Build with the requested ID is building and not ready for execution. |
/// | `build_in_progress` | 400 | Functions errors | Build with the requested ID is already in progress. Please wait before you can retry. |
/// | `installation_not_found` | 404 | Functions errors | Installation with the requested ID could not be found. Check to see if the ID is correct, or create the installation. |
/// | `provider_repository_not_found` | 404 | Functions errors | VCS (Version Control System) repository with the requested ID could not be found. Check to see if the ID is correct, and if it belongs to installationId you provided. |
/// | `repository_not_found` | 404 | Functions errors | Repository with the requested ID could not be found. Check to see if the ID is correct, or create the repository. |
/// | `function_not_found` | 404 | Functions errors | Function with the requested ID could not be found. |
/// | `function_runtime_unsupported` | 404 | Functions errors | The requested runtime is either inactive or unsupported. Please check the value of the \_APP\_FUNCTIONS\_RUNTIMES environment variable. |
/// | `build_not_found` | 404 | Functions errors | Build with the requested ID could not be found. |
/// | `deployment_not_found` | 404 | Functions errors | Deployment with the requested ID could not be found. |
/// | `variable_not_found` | 404 | Functions errors | Variable with the requested ID could not be found. |
/// | `provider_contribution_conflict` | 409 | Functions errors | External contribution is already authorized. |
/// | `variable_already_exists` | 409 | Functions errors | Variable with the same ID already exists in this project. Try again with a different ID. |
/// | `migration_not_found` | 404 | Migrations errors | Migration with the requested ID could not be found. Please verify that the provided ID is correct and try again. |
/// | `migration_already_exists` | 409 | Migrations errors | Migration with the requested ID already exists. Try again with a different ID. |
/// | `migration_in_progress` | 409 | Migrations errors | Migration is already in progress. You can check the status of the migration in your Appwrite Console's "Settings" &gt; "Migrations". |
/// | `avatar_set_not_found` | 404 | Avatars errors | The requested avatar set could not be found. |
/// | `avatar_not_found` | 404 | Avatars errors | The request avatar could not be found. |
/// | `avatar_image_not_found` | 404 | Avatars errors | The requested image was not found at the URL. |
/// | `avatar_remote_url_failed` | 404 | Avatars errors | Failed to fetch favicon from the requested URL. |
/// | `avatar_icon_not_found` | 404 | Avatars errors | The requested favicon could not be found. |
/// | `graphql_no_query` | 400 | GraphQL errors | Param "query" is not optional. |
/// | `graphql_too_many_queries` | 400 | GraphQL errors | Too many queries. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// `general_mock` · 400 Bad Request · Platform errors
    ///
    /// General errors thrown by the mock controller used for testing.
    GeneralMock,
    /// `general_argument_invalid` · 400 Bad Request · Platform errors
    ///
    /// The request contains one or more invalid arguments. Please refer to the endpoint documentation.
    GeneralArgumentInvalid,
    /// `general_query_limit_exceeded` · 400 Bad Request · Platform errors
    ///
    /// Query limit exceeded for the current attribute. Usage of more than 100 query values on a single attribute is prohibited.
    GeneralQueryLimitExceeded,
    /// `general_query_invalid` · 400 Bad Request · Platform errors
    ///
    /// The query's syntax is invalid. Please check the query and try again.
    GeneralQueryInvalid,
    /// `general_cursor_not_found` · 400 Bad Request · Platform errors
    ///
    /// The cursor is invalid. This can happen if the item represented by the cursor has been deleted.
    GeneralCursorNotFound,
    /// `general_provider_failure` · 400 Bad Request · Platform errors
    ///
    /// VCS (Version Control System) provider failed to process the request. We believe this is an error with the VCS provider. Try again, or contact support for more information.
    GeneralProviderFailure,
    /// `project_unknown` · 400 Bad Request · Platform errors
    ///
    /// The project ID is either missing or not valid. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used.
    ProjectUnknown,
    /// `project_invalid_success_url` · 400 Bad Request · Platform errors
    ///
    /// Invalid redirect URL for OAuth success.
    ProjectInvalidSuccessUrl,
    /// `project_invalid_failure_url` · 400 Bad Request · Platform errors
    ///
    /// Invalid redirect URL for OAuth failure.
    ProjectInvalidFailureUrl,
    /// `project_reserved_project` · 400 Bad Request · Platform errors
    ///
    /// The project ID is reserved. Please choose another project ID.
    ProjectReservedProject,
    /// `project_smtp_config_invalid` · 400 Bad Request · Platform errors
    ///
    /// Provided SMTP config is invalid. Please check the configured values and try again.
    ProjectSmtpConfigInvalid,
    /// `project_key_expired` · 401 Unauthorized · Platform errors
    ///
    /// The project key has expired. Please generate a new key using the Appwrite console.
    ProjectKeyExpired,
    /// `rule_verification_failed` · 401 Unauthorized · Platform errors
    ///
    /// Domain verification failed. Please check if your DNS records are correct and try again.
    RuleVerificationFailed,
    /// `project_template_default_deletion` · 401 Unauthorized · Platform errors
    ///
    /// You can't delete default template. If you are trying to reset your template changes, you can ignore this error as it's already been reset.
    ProjectTemplateDefaultDeletion,
    /// `general_unknown_origin` · 403 Forbidden · Platform errors
    ///
    /// The request originated from an unknown origin. If you trust this domain, please list it as a trusted platform in the Appwrite console.
    GeneralUnknownOrigin,
    /// `general_access_forbidden` · 401 Unauthorized · Platform errors
    ///
    /// Access to this API is forbidden.
    GeneralAccessForbidden,
    /// `general_unauthorized_scope` · 401 Unauthorized · Platform errors
    ///
    /// The current user or API key does not have the required scopes to access the requested resource.
    GeneralUnauthorizedScope,
    /// `general_route_not_found` · 404 Not Found · Platform errors
    ///
    /// The requested route was not found. Please refer to the API docs and try again.
    GeneralRouteNotFound,
    /// `webhook_not_found` · 404 Not Found · Platform errors
    ///
    /// Webhook with the requested ID could not be found.
    WebhookNotFound,
    /// `rule_resource_not_found` · 404 Not Found · Platform errors
    ///
    /// Resource could not be found. Please check if the resourceId and resourceType are correct, or if the resource actually exists.
    RuleResourceNotFound,
    /// `rule_not_found` · 404 Not Found · Platform errors
    ///
    /// Rule with the requested ID could not be found. Please check if the ID provided is correct or if the rule actually exists.
    RuleNotFound,
    /// `key_not_found` · 404 Not Found · Platform errors
    ///
    /// Key with the requested ID could not be found.
    KeyNotFound,
    /// `platform_not_found` · 404 Not Found · Platform errors
    ///
    /// Platform with the requested ID could not be found.
    PlatformNotFound,
    /// `project_not_found` · 404 Not Found · Platform errors
    ///
    /// Project with the requested ID could not be found. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used.
    ProjectNotFound,
    /// `router_host_not_found` · 404 Not Found · Platform errors
    ///
    /// Host is not trusted. This could occur because you have not configured a custom domain. Add a custom domain to your project first and try again.
    RouterHostNotFound,
    /// `general_not_implemented` · 405 Method Not Allowed · Platform errors
    ///
    /// This method was not fully implemented yet. If you believe this is a mistake, please upgrade your Appwrite server version.
    GeneralNotImplemented,
    /// `project_already_exists` · 409 Conflict · Platform errors
    ///
    /// Project with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.
    ProjectAlreadyExists,
    /// `rule_already_exists` · 409 Conflict · Platform errors
    ///
    /// Domain is already used. Please try again with a different domain.
    RuleAlreadyExists,
    /// `project_provider_disabled` · 412 Precondition Failed · Platform errors
    ///
    /// The chosen OAuth provider is disabled. You can enable the OAuth provider using the Appwrite console.
    ProjectProviderDisabled,
    /// `general_rate_limit_exceeded` · 429 Too Many Requests · Platform errors
    ///
    /// Rate limit for the current endpoint has been exceeded. Please try again after some time.
    GeneralRateLimitExceeded,
    /// `general_unknown` · 500 Internal Server Error · Platform errors
    ///
    /// An unknown error has occurred. Please check the logs for more information.
    GeneralUnknown,
    /// `general_server_error` · 500 Internal Server Error · Platform errors
    ///
    /// An internal server error occurred.
    GeneralServerError,
    /// `general_protocol_unsupported` · 500 Internal Server Error · Platform errors
    ///
    /// The request cannot be fulfilled with the current protocol. Please check the value of the \_APP\_OPTIONS\_FORCE\_HTTPS environment variable.
    GeneralProtocolUnsupported,
    /// `general_codes_disabled` · 500 Internal Server Error · Platform errors
    ///
    /// Invitation codes are disabled on this server. Please contact the server administrator.
    GeneralCodesDisabled,
    /// `router_domain_not_configured` · 500 Internal Server Error · Platform errors
    ///
    /// \_APP\_DOMAIN, \_APP\_DOMAIN\_TARGET, and \_APP\_DOMAIN\_FUNCTIONS environment variables have not been configured. Please configure the domain environment variables before accessing the Appwrite Console via any IP address or hostname other than localhost. This value could be an IP like 203.0.113.0 or a hostname like example.com.
    RouterDomainNotConfigured,
    /// `general_usage_disabled` · 501 Not Implemented · Platform errors
    ///
    /// Usage stats is not configured. Please check the value of the \_APP\_USAGE\_STATS environment variable of your Appwrite server.
    GeneralUsageDisabled,
    /// `project_provider_unsupported` · 501 Not Implemented · Platform errors
    ///
    /// The chosen OAuth provider is unsupported. Please check the Create OAuth2 Session docs for the complete list of supported OAuth providers.
    ProjectProviderUnsupported,
    /// `general_service_disabled` · 503 Service Unavailable · Platform errors
    ///
    /// The requested service is disabled. You can enable the service from the Appwrite console.
    GeneralServiceDisabled,
    /// `general_smtp_disabled` · 503 Service Unavailable · Platform errors
    ///
    /// SMTP is disabled on your Appwrite instance. You can learn more about setting up SMTP in our docs.
    GeneralSmtpDisabled,
    /// `general_phone_disabled` · 503 Service Unavailable · Platform errors
    ///
    /// Phone provider is not configured. Please check the \_APP\_SMS\_PROVIDER environment variable of your Appwrite server.
    GeneralPhoneDisabled,
    /// `user_password_mismatch` · 400 Bad Request · Authentication errors
    ///
    /// Passwords do not match. Please check the password and confirm password.
    UserPasswordMismatch,
    /// `password_recently_used` · 400 Bad Request · Authentication errors
    ///
    /// The password you are trying to use is similar to your previous password. For your security, please choose a different password and try again.
    PasswordRecentlyUsed,
    /// `password_personal_data` · 400 Bad Request · Authentication errors
    ///
    /// The password you are trying to use contains references to your name, email, phone or userID. For your security, please choose a different password and try again.
    PasswordPersonalData,
    /// `user_phone_not_found` · 400 Bad Request · Authentication errors
    ///
    /// The current user does not have a phone number associated with their account.
    UserPhoneNotFound,
    /// `user_missing_id` · 400 Bad Request · Authentication errors
    ///
    /// Missing ID from OAuth2 provider.
    UserMissingId,
    /// `user_oauth2_bad_request` · 400 Bad Request · Authentication errors
    ///
    /// OAuth2 provider rejected the bad request.
    UserOauth2BadRequest,
    /// `user_jwt_invalid` · 401 Unauthorized · Authentication errors
    ///
    /// The JWT token is invalid. Please check the value of the X-Appwrite-JWT header to ensure the correct token is being used.
    UserJwtInvalid,
    /// `user_blocked` · 401 Unauthorized · Authentication errors
    ///
    /// The current user has been blocked. You can unblock the user by making a request to the User API's "Update User Status" endpoint or in the Appwrite Console's Auth section.
    UserBlocked,
    /// `user_invalid_token` · 401 Unauthorized · Authentication errors
    ///
    /// Invalid token passed in the request.
    UserInvalidToken,
    /// `user_email_not_whitelisted` · 401 Unauthorized · Authentication errors
    ///
    /// Console registration is restricted to specific emails. Contact your administrator for more information.
    UserEmailNotWhitelisted,
    /// `user_invalid_code` · 401 Unauthorized · Authentication errors
    ///
    /// The specified code is not valid. Contact your administrator for more information.
    UserInvalidCode,
    /// `user_ip_not_whitelisted` · 401 Unauthorized · Authentication errors
    ///
    /// Console registration is restricted to specific IPs. Contact your administrator for more information.
    UserIpNotWhitelisted,
    /// `user_invalid_credentials` · 401 Unauthorized · Authentication errors
    ///
    /// Invalid credentials. Please check the email and password.
    UserInvalidCredentials,
    /// `user_anonymous_console_prohibited` · 401 Unauthorized · Authentication errors
    ///
    /// Anonymous users cannot be created for the console project.
    UserAnonymousConsoleProhibited,
    /// `user_session_already_exists` · 401 Unauthorized · Authentication errors
    ///
    /// Creation of anonymous users is prohibited when a session is active.
    UserSessionAlreadyExists,
    /// `user_unauthorized` · 401 Unauthorized · Authentication errors
    ///
    /// The current user is not authorized to perform the requested action.
    UserUnauthorized,
    /// `user_oauth2_unauthorized` · 401 Unauthorized · Authentication errors
    ///
    /// OAuth2 provider rejected the unauthorized request.
    UserOauth2Unauthorized,
    /// `team_invalid_secret` · 401 Unauthorized · Authentication errors
    ///
    /// The team invitation secret is invalid. Please request a new invitation and try again.
    TeamInvalidSecret,
    /// `team_invite_mismatch` · 401 Unauthorized · Authentication errors
    ///
    /// The invite does not belong to the current user.
    TeamInviteMismatch,
    /// `user_not_found` · 404 Not Found · Authentication errors
    ///
    /// User with the requested ID could not be found.
    UserNotFound,
    /// `user_session_not_found` · 404 Not Found · Authentication errors
    ///
    /// The current user session could not be found.
    UserSessionNotFound,
    /// `user_identity_not_found` · 404 Not Found · Authentication errors
    ///
    /// The identity could not be found. Please sign in with OAuth provider to create identity first.
    UserIdentityNotFound,
    /// `team_not_found` · 404 Not Found · Authentication errors
    ///
    /// Team with the requested ID could not be found.
    TeamNotFound,
    /// `team_invite_not_found` · 404 Not Found · Authentication errors
    ///
    /// The requested team invitation could not be found.
    TeamInviteNotFound,
    /// `team_membership_mismatch` · 404 Not Found · Authentication errors
    ///
    /// The membership ID does not belong to the team ID.
    TeamMembershipMismatch,
    /// `membership_not_found` · 404 Not Found · Authentication errors
    ///
    /// Membership with the requested ID could not be found.
    MembershipNotFound,
    /// `user_already_exists` · 409 Conflict · Authentication errors
    ///
    /// A user with the same id, email, or phone already exists in this project.
    UserAlreadyExists,
    /// `user_email_already_exists` · 409 Conflict · Authentication errors
    ///
    /// A user with the same email already exists in the current project.
    UserEmailAlreadyExists,
    /// `user_phone_already_exists` · 409 Conflict · Authentication errors
    ///
    /// A user with the same phone number already exists in the current project.
    UserPhoneAlreadyExists,
    /// `team_invite_already_exists` · 409 Conflict · Authentication errors
    ///
    /// User has already been invited or is already a member of this team
    TeamInviteAlreadyExists,
    /// `team_already_exists` · 409 Conflict · Authentication errors
    ///
    /// Team with requested ID already exists. Please choose a different ID and try again.
    TeamAlreadyExists,
    /// `membership_already_confirmed` · 409 Conflict · Authentication errors
    ///
    /// Membership is already confirmed.
    MembershipAlreadyConfirmed,
    /// `user_password_reset_required` · 412 Precondition Failed · Authentication errors
    ///
    /// The current user requires a password reset.
    UserPasswordResetRequired,
    /// `user_oauth2_provider_error` · 424 Failed Dependency · Authentication errors
    ///
    /// OAuth2 provider returned some error.
    UserOauth2ProviderError,
    /// `user_count_exceeded` · 501 Not Implemented · Authentication errors
    ///
    /// The current project has exceeded the maximum number of users. Please check your user limit in the Appwrite console.
    UserCountExceeded,
    /// `user_auth_method_unsupported` · 501 Not Implemented · Authentication errors
    ///
    /// The requested authentication method is either disabled or unsupported. Please check the supported authentication methods in the Appwrite console.
    UserAuthMethodUnsupported,
    /// `table_limit_exceeded` · 400 Bad Request · Databases errors
    ///
    /// The maximum number of tables has been reached.
    TableLimitExceeded,
    /// `row_invalid_structure` · 400 Bad Request · Databases errors
    ///
    /// The row structure is invalid. Please ensure the attributes match the table definition.
    RowInvalidStructure,
    /// `row_missing_data` · 400 Bad Request · Databases errors
    ///
    /// The row data is missing. Try again with row data populated.
    RowMissingData,
    /// `row_missing_payload` · 400 Bad Request · Databases errors
    ///
    /// The row data and permissions are missing. You must provide either row data or permissions to be updated.
    RowMissingPayload,
    /// `attribute_unknown` · 400 Bad Request · Databases errors
    ///
    /// The attribute required for the index could not be found. Please confirm all your attributes are in the available state.
    AttributeUnknown,
    /// `attribute_not_available` · 400 Bad Request · Databases errors
    ///
    /// The requested attribute is not yet available. Please try again later.
    AttributeNotAvailable,
    /// `attribute_format_unsupported` · 400 Bad Request · Databases errors
    ///
    /// The requested attribute format is not supported.
    AttributeFormatUnsupported,
    /// `attribute_default_unsupported` · 400 Bad Request · Databases errors
    ///
    /// Default values cannot be set for array or required attributes.
    AttributeDefaultUnsupported,
    /// `attribute_limit_exceeded` · 400 Bad Request · Databases errors
    ///
    /// The maximum number of attributes has been reached.
    AttributeLimitExceeded,
    /// `attribute_value_invalid` · 400 Bad Request · Databases errors
    ///
    /// The attribute value is invalid. Please check the type, range and value of the attribute.
    AttributeValueInvalid,
    /// `attribute_type_invalid` · 400 Bad Request · Databases errors
    ///
    /// The attribute type is invalid.
    AttributeTypeInvalid,
    /// `index_limit_exceeded` · 400 Bad Request · Databases errors
    ///
    /// The maximum number of indexes has been reached.
    IndexLimitExceeded,
    /// `index_invalid` · 400 Bad Request · Databases errors
    ///
    /// Index invalid.
    IndexInvalid,
    /// `row_delete_restricted` · 403 Forbidden · Databases errors
    ///
    /// Row cannot be deleted because it is referenced by another row.
    RowDeleteRestricted,
    /// `execution_not_found` · 404 Not Found · Databases errors
    ///
    /// Execution with the requested ID could not be found.
    ExecutionNotFound,
    /// `database_not_found` · 404 Not Found · Databases errors
    ///
    /// Database not found
    DatabaseNotFound,
    /// `table_not_found` · 404 Not Found · Databases errors
    ///
    /// Table with the requested ID could not be found.
    TableNotFound,
    /// `row_not_found` · 404 Not Found · Databases errors
    ///
    /// Row with the requested ID could not be found.
    RowNotFound,
    /// `attribute_not_found` · 404 Not Found · Databases errors
    ///
    /// Attribute with the requested ID could not be found.
    AttributeNotFound,
    /// `index_not_found` · 404 Not Found · Databases errors
    ///
    /// Index with the requested ID could not be found.
    IndexNotFound,
    /// `database_already_exists` · 409 Conflict · Databases errors
    ///
    /// Database already exists
    DatabaseAlreadyExists,
    /// `table_already_exists` · 409 Conflict · Databases errors
    ///
    /// A table with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.
    TableAlreadyExists,
    /// `row_already_exists` · 409 Conflict · Databases errors
    ///
    /// Row with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.
    RowAlreadyExists,
    /// `row_update_conflict` · 409 Conflict · Databases errors
    ///
    /// Remote row is newer than local.
    RowUpdateConflict,
    /// `attribute_already_exists` · 409 Conflict · Databases errors
    ///
    /// Attribute with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.
    AttributeAlreadyExists,
    /// `index_already_exists` · 409 Conflict · Databases errors
    ///
    /// Index with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.
    IndexAlreadyExists,
    /// `storage_device_not_found` · 400 Bad Request · Storage errors
    ///
    /// The requested storage device could not be found.
    StorageDeviceNotFound,
    /// `storage_file_empty` · 400 Bad Request · Storage errors
    ///
    /// Empty file passed to the endpoint.
    StorageFileEmpty,
    /// `storage_file_type_unsupported` · 400 Bad Request · Storage errors
    ///
    /// The given file extension is not supported.
    StorageFileTypeUnsupported,
    /// `storage_invalid_file_size` · 400 Bad Request · Storage errors
    ///
    /// The file size is either not valid or exceeds the maximum allowed size. Please check the file or the value of the \_APP\_STORAGE\_LIMIT environment variable.
    StorageInvalidFileSize,
    /// `storage_invalid_content_range` · 400 Bad Request · Storage errors
    ///
    /// The content range is invalid. Please check the value of the Content-Range header.
    StorageInvalidContentRange,
    /// `storage_invalid_appwrite_id` · 400 Bad Request · Storage errors
    ///
    /// The value for x-appwrite-id header is invalid. Please check the value of the x-appwrite-id header is a valid id and not unique().
    StorageInvalidAppwriteId,
    /// `storage_invalid_file` · 403 Forbidden · Storage errors
    ///
    /// The uploaded file is invalid. Please check the file and try again.
    StorageInvalidFile,
    /// `storage_file_not_found` · 404 Not Found · Storage errors
    ///
    /// The requested file could not be found.
    StorageFileNotFound,
    /// `storage_bucket_not_found` · 404 Not Found · Storage errors
    ///
    /// Storage bucket with the requested ID could not be found.
    StorageBucketNotFound,
    /// `storage_file_already_exists` · 409 Conflict · Storage errors
    ///
    /// A storage file with the requested ID already exists.
    StorageFileAlreadyExists,
    /// `storage_bucket_already_exists` · 409 Conflict · Storage errors
    ///
    /// A storage bucket with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.
    StorageBucketAlreadyExists,
    /// `storage_invalid_range` · 416 Range Not Satisfiable · Storage errors
    ///
    /// The requested range is not satisfiable. Please check the value of the Range header.
    StorageInvalidRange,
    /// `build_not_ready` · 400 Bad Request · Functions errors
    ///
    /// Build with the requested ID is building and not ready for execution.
    BuildNotReady,
    /// `build_in_progress` · 400 Bad Request · Functions errors
    ///
    /// Build with the requested ID is already in progress. Please wait before you can retry.
    BuildInProgress,
    /// `installation_not_found` · 404 Not Found · Functions errors
    ///
    /// Installation with the requested ID could not be found. Check to see if the ID is correct, or create the installation.
    InstallationNotFound,
    /// `provider_repository_not_found` · 404 Not Found · Functions errors
    ///
    /// VCS (Version Control System) repository with the requested ID could not be found. Check to see if the ID is correct, and if it belongs to installationId you provided.
    ProviderRepositoryNotFound,
    /// `repository_not_found` · 404 Not Found · Functions errors
    ///
    /// Repository with the requested ID could not be found. Check to see if the ID is correct, or create the repository.
    RepositoryNotFound,
    /// `function_not_found` · 404 Not Found · Functions errors
    ///
    /// Function with the requested ID could not be found.
    FunctionNotFound,
    /// `function_runtime_unsupported` · 404 Not Found · Functions errors
    ///
    /// The requested runtime is either inactive or unsupported. Please check the value of the \_APP\_FUNCTIONS\_RUNTIMES environment variable.
    FunctionRuntimeUnsupported,
    /// `build_not_found` · 404 Not Found · Functions errors
    ///
    /// Build with the requested ID could not be found.
    BuildNotFound,
    /// `deployment_not_found` · 404 Not Found · Functions errors
    ///
    /// Deployment with the requested ID could not be found.
    DeploymentNotFound,
    /// `variable_not_found` · 404 Not Found · Functions errors
    ///
    /// Variable with the requested ID could not be found.
    VariableNotFound,
    /// `provider_contribution_conflict` · 409 Conflict · Functions errors
    ///
    /// External contribution is already authorized.
    ProviderContributionConflict,
    /// `variable_already_exists` · 409 Conflict · Functions errors
    ///
    /// Variable with the same ID already exists in this project. Try again with a different ID.
    VariableAlreadyExists,
    /// `migration_not_found` · 404 Not Found · Migrations errors
    ///
    /// Migration with the requested ID could not be found. Please verify that the provided ID is correct and try again.
    MigrationNotFound,
    /// `migration_already_exists` · 409 Conflict · Migrations errors
    ///
    /// Migration with the requested ID already exists. Try again with a different ID.
    MigrationAlreadyExists,
    /// `migration_in_progress` · 409 Conflict · Migrations errors
    ///
    /// Migration is already in progress. You can check the status of the migration in your Appwrite Console's "Settings" &gt; "Migrations".
    MigrationInProgress,
    /// `avatar_set_not_found` · 404 Not Found · Avatars errors
    ///
    /// The requested avatar set could not be found.
    AvatarSetNotFound,
    /// `avatar_not_found` · 404 Not Found · Avatars errors
    ///
    /// The request avatar could not be found.
    AvatarNotFound,
    /// `avatar_image_not_found` · 404 Not Found · Avatars errors
    ///
    /// The requested image was not found at the URL.
    AvatarImageNotFound,
    /// `avatar_remote_url_failed` · 404 Not Found · Avatars errors
    ///
    /// Failed to fetch favicon from the requested URL.
    AvatarRemoteUrlFailed,
    /// `avatar_icon_not_found` · 404 Not Found · Avatars errors
    ///
    /// The requested favicon could not be found.
    AvatarIconNotFound,
    /// `graphql_no_query` · 400 Bad Request · GraphQL errors
    ///
    /// Param "query" is not optional.
    GraphqlNoQuery,
    /// `graphql_too_many_queries` · 400 Bad Request · GraphQL errors
    ///
    /// Too many queries.
    GraphqlTooManyQueries,
}
impl ErrorCode {
    /// Every code, in documentation order.
    pub const ALL: &'static [ErrorCode] = &[
        Self::GeneralMock,
        Self::GeneralArgumentInvalid,
        Self::GeneralQueryLimitExceeded,
        Self::GeneralQueryInvalid,
        Self::GeneralCursorNotFound,
        Self::GeneralProviderFailure,
        Self::ProjectUnknown,
        Self::ProjectInvalidSuccessUrl,
        Self::ProjectInvalidFailureUrl,
        Self::ProjectReservedProject,
        Self::ProjectSmtpConfigInvalid,
        Self::ProjectKeyExpired,
        Self::RuleVerificationFailed,
        Self::ProjectTemplateDefaultDeletion,
        Self::GeneralUnknownOrigin,
        Self::GeneralAccessForbidden,
        Self::GeneralUnauthorizedScope,
        Self::GeneralRouteNotFound,
        Self::WebhookNotFound,
        Self::RuleResourceNotFound,
        Self::RuleNotFound,
        Self::KeyNotFound,
        Self::PlatformNotFound,
        Self::ProjectNotFound,
        Self::RouterHostNotFound,
        Self::GeneralNotImplemented,
        Self::ProjectAlreadyExists,
        Self::RuleAlreadyExists,
        Self::ProjectProviderDisabled,
        Self::GeneralRateLimitExceeded,
        Self::GeneralUnknown,
        Self::GeneralServerError,
        Self::GeneralProtocolUnsupported,
        Self::GeneralCodesDisabled,
        Self::RouterDomainNotConfigured,
        Self::GeneralUsageDisabled,
        Self::ProjectProviderUnsupported,
        Self::GeneralServiceDisabled,
        Self::GeneralSmtpDisabled,
        Self::GeneralPhoneDisabled,
        Self::UserPasswordMismatch,
        Self::PasswordRecentlyUsed,
        Self::PasswordPersonalData,
        Self::UserPhoneNotFound,
        Self::UserMissingId,
        Self::UserOauth2BadRequest,
        Self::UserJwtInvalid,
        Self::UserBlocked,
        Self::UserInvalidToken,
        Self::UserEmailNotWhitelisted,
        Self::UserInvalidCode,
        Self::UserIpNotWhitelisted,
        Self::UserInvalidCredentials,
        Self::UserAnonymousConsoleProhibited,
        Self::UserSessionAlreadyExists,
        Self::UserUnauthorized,
        Self::UserOauth2Unauthorized,
        Self::TeamInvalidSecret,
        Self::TeamInviteMismatch,
        Self::UserNotFound,
        Self::UserSessionNotFound,
        Self::UserIdentityNotFound,
        Self::TeamNotFound,
        Self::TeamInviteNotFound,
        Self::TeamMembershipMismatch,
        Self::MembershipNotFound,
        Self::UserAlreadyExists,
        Self::UserEmailAlreadyExists,
        Self::UserPhoneAlreadyExists,
        Self::TeamInviteAlreadyExists,
        Self::TeamAlreadyExists,
        Self::MembershipAlreadyConfirmed,
        Self::UserPasswordResetRequired,
        Self::UserOauth2ProviderError,
        Self::UserCountExceeded,
        Self::UserAuthMethodUnsupported,
        Self::TableLimitExceeded,
        Self::RowInvalidStructure,
        Self::RowMissingData,
        Self::RowMissingPayload,
        Self::AttributeUnknown,
        Self::AttributeNotAvailable,
        Self::AttributeFormatUnsupported,
        Self::AttributeDefaultUnsupported,
        Self::AttributeLimitExceeded,
        Self::AttributeValueInvalid,
        Self::AttributeTypeInvalid,
        Self::IndexLimitExceeded,
        Self::IndexInvalid,
        Self::RowDeleteRestricted,
        Self::ExecutionNotFound,
        Self::DatabaseNotFound,
        Self::TableNotFound,
        Self::RowNotFound,
        Self::AttributeNotFound,
        Self::IndexNotFound,
        Self::DatabaseAlreadyExists,
        Self::TableAlreadyExists,
        Self::RowAlreadyExists,
        Self::RowUpdateConflict,
        Self::AttributeAlreadyExists,
        Self::IndexAlreadyExists,
        Self::StorageDeviceNotFound,
        Self::StorageFileEmpty,
        Self::StorageFileTypeUnsupported,
        Self::StorageInvalidFileSize,
        Self::StorageInvalidContentRange,
        Self::StorageInvalidAppwriteId,
        Self::StorageInvalidFile,
        Self::StorageFileNotFound,
        Self::StorageBucketNotFound,
        Self::StorageFileAlreadyExists,
        Self::StorageBucketAlreadyExists,
        Self::StorageInvalidRange,
        Self::BuildNotReady,
        Self::BuildInProgress,
        Self::InstallationNotFound,
        Self::ProviderRepositoryNotFound,
        Self::RepositoryNotFound,
        Self::FunctionNotFound,
        Self::FunctionRuntimeUnsupported,
        Self::BuildNotFound,
        Self::DeploymentNotFound,
        Self::VariableNotFound,
        Self::ProviderContributionConflict,
        Self::VariableAlreadyExists,
        Self::MigrationNotFound,
        Self::MigrationAlreadyExists,
        Self::MigrationInProgress,
        Self::AvatarSetNotFound,
        Self::AvatarNotFound,
        Self::AvatarImageNotFound,
        Self::AvatarRemoteUrlFailed,
        Self::AvatarIconNotFound,
        Self::GraphqlNoQuery,
        Self::GraphqlTooManyQueries,
    ];
    /// How many codes the spec defines.
    pub const COUNT: usize = 136;
    const CODES: [&'static str; 136] = [
        "general_mock",
        "general_argument_invalid",
        "general_query_limit_exceeded",
        "general_query_invalid",
        "general_cursor_not_found",
        "general_provider_failure",
        "project_unknown",
        "project_invalid_success_url",
        "project_invalid_failure_url",
        "project_reserved_project",
        "project_smtp_config_invalid",
        "project_key_expired",
        "rule_verification_failed",
        "project_template_default_deletion",
        "general_unknown_origin",
        "general_access_forbidden",
        "general_unauthorized_scope",
        "general_route_not_found",
        "webhook_not_found",
        "rule_resource_not_found",
        "rule_not_found",
        "key_not_found",
        "platform_not_found",
        "project_not_found",
        "router_host_not_found",
        "general_not_implemented",
        "project_already_exists",
        "rule_already_exists",
        "project_provider_disabled",
        "general_rate_limit_exceeded",
        "general_unknown",
        "general_server_error",
        "general_protocol_unsupported",
        "general_codes_disabled",
        "router_domain_not_configured",
        "general_usage_disabled",
        "project_provider_unsupported",
        "general_service_disabled",
        "general_smtp_disabled",
        "general_phone_disabled",
        "user_password_mismatch",
        "password_recently_used",
        "password_personal_data",
        "user_phone_not_found",
        "user_missing_id",
        "user_oauth2_bad_request",
        "user_jwt_invalid",
        "user_blocked",
        "user_invalid_token",
        "user_email_not_whitelisted",
        "user_invalid_code",
        "user_ip_not_whitelisted",
        "user_invalid_credentials",
        "user_anonymous_console_prohibited",
        "user_session_already_exists",
        "user_unauthorized",
        "user_oauth2_unauthorized",
        "team_invalid_secret",
        "team_invite_mismatch",
        "user_not_found",
        "user_session_not_found",
        "user_identity_not_found",
        "team_not_found",
        "team_invite_not_found",
        "team_membership_mismatch",
        "membership_not_found",
        "user_already_exists",
        "user_email_already_exists",
        "user_phone_already_exists",
        "team_invite_already_exists",
        "team_already_exists",
        "membership_already_confirmed",
        "user_password_reset_required",
        "user_oauth2_provider_error",
        "user_count_exceeded",
        "user_auth_method_unsupported",
        "table_limit_exceeded",
        "row_invalid_structure",
        "row_missing_data",
        "row_missing_payload",
        "attribute_unknown",
        "attribute_not_available",
        "attribute_format_unsupported",
        "attribute_default_unsupported",
        "attribute_limit_exceeded",
        "attribute_value_invalid",
        "attribute_type_invalid",
        "index_limit_exceeded",
        "index_invalid",
        "row_delete_restricted",
        "execution_not_found",
        "database_not_found",
        "table_not_found",
        "row_not_found",
        "attribute_not_found",
        "index_not_found",
        "database_already_exists",
        "table_already_exists",
        "row_already_exists",
        "row_update_conflict",
        "attribute_already_exists",
        "index_already_exists",
        "storage_device_not_found",
        "storage_file_empty",
        "storage_file_type_unsupported",
        "storage_invalid_file_size",
        "storage_invalid_content_range",
        "storage_invalid_appwrite_id",
        "storage_invalid_file",
        "storage_file_not_found",
        "storage_bucket_not_found",
        "storage_file_already_exists",
        "storage_bucket_already_exists",
        "storage_invalid_range",
        "build_not_ready",
        "build_in_progress",
        "installation_not_found",
        "provider_repository_not_found",
        "repository_not_found",
        "function_not_found",
        "function_runtime_unsupported",
        "build_not_found",
        "deployment_not_found",
        "variable_not_found",
        "provider_contribution_conflict",
        "variable_already_exists",
        "migration_not_found",
        "migration_already_exists",
        "migration_in_progress",
        "avatar_set_not_found",
        "avatar_not_found",
        "avatar_image_not_found",
        "avatar_remote_url_failed",
        "avatar_icon_not_found",
        "graphql_no_query",
        "graphql_too_many_queries",
    ];
    const STATUSES: [u16; 136] = [
        400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 400, 401, 401, 401, 403, 401,
        401, 404, 404, 404, 404, 404, 404, 404, 404, 405, 409, 409, 412, 429, 500, 500,
        500, 500, 500, 501, 501, 503, 503, 503, 400, 400, 400, 400, 400, 400, 401, 401,
        401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 401, 404, 404, 404, 404, 404,
        404, 404, 409, 409, 409, 409, 409, 409, 412, 424, 501, 501, 400, 400, 400, 400,
        400, 400, 400, 400, 400, 400, 400, 400, 400, 403, 404, 404, 404, 404, 404, 404,
        409, 409, 409, 409, 409, 409, 400, 400, 400, 400, 400, 400, 403, 404, 404, 409,
        409, 416, 400, 400, 404, 404, 404, 404, 404, 404, 404, 404, 409, 409, 404, 409,
        409, 404, 404, 404, 404, 404, 400, 400,
    ];
    const MESSAGES: [::core::option::Option<&'static str>; 136] = [
        ::core::option::Option::Some(
            "General errors thrown by the mock controller used for testing.",
        ),
        ::core::option::Option::Some(
            "The request contains one or more invalid arguments. Please refer to the endpoint documentation.",
        ),
        ::core::option::Option::Some(
            "Query limit exceeded for the current attribute. Usage of more than 100 query values on a single attribute is prohibited.",
        ),
        ::core::option::Option::Some(
            "The query's syntax is invalid. Please check the query and try again.",
        ),
        ::core::option::Option::Some(
            "The cursor is invalid. This can happen if the item represented by the cursor has been deleted.",
        ),
        ::core::option::Option::Some(
            "VCS (Version Control System) provider failed to process the request. We believe this is an error with the VCS provider. Try again, or contact support for more information.",
        ),
        ::core::option::Option::Some(
            "The project ID is either missing or not valid. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used.",
        ),
        ::core::option::Option::Some("Invalid redirect URL for OAuth success."),
        ::core::option::Option::Some("Invalid redirect URL for OAuth failure."),
        ::core::option::Option::Some(
            "The project ID is reserved. Please choose another project ID.",
        ),
        ::core::option::Option::Some(
            "Provided SMTP config is invalid. Please check the configured values and try again.",
        ),
        ::core::option::Option::Some(
            "The project key has expired. Please generate a new key using the Appwrite console.",
        ),
        ::core::option::Option::Some(
            "Domain verification failed. Please check if your DNS records are correct and try again.",
        ),
        ::core::option::Option::Some(
            "You can't delete default template. If you are trying to reset your template changes, you can ignore this error as it's already been reset.",
        ),
        ::core::option::Option::Some(
            "The request originated from an unknown origin. If you trust this domain, please list it as a trusted platform in the Appwrite console.",
        ),
        ::core::option::Option::Some("Access to this API is forbidden."),
        ::core::option::Option::Some(
            "The current user or API key does not have the required scopes to access the requested resource.",
        ),
        ::core::option::Option::Some(
            "The requested route was not found. Please refer to the API docs and try again.",
        ),
        ::core::option::Option::Some(
            "Webhook with the requested ID could not be found.",
        ),
        ::core::option::Option::Some(
            "Resource could not be found. Please check if the resourceId and resourceType are correct, or if the resource actually exists.",
        ),
        ::core::option::Option::Some(
            "Rule with the requested ID could not be found. Please check if the ID provided is correct or if the rule actually exists.",
        ),
        ::core::option::Option::Some("Key with the requested ID could not be found."),
        ::core::option::Option::Some(
            "Platform with the requested ID could not be found.",
        ),
        ::core::option::Option::Some(
            "Project with the requested ID could not be found. Please check the value of the X-Appwrite-Project header to ensure the correct project ID is being used.",
        ),
        ::core::option::Option::Some(
            "Host is not trusted. This could occur because you have not configured a custom domain. Add a custom domain to your project first and try again.",
        ),
        ::core::option::Option::Some(
            "This method was not fully implemented yet. If you believe this is a mistake, please upgrade your Appwrite server version.",
        ),
        ::core::option::Option::Some(
            "Project with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.",
        ),
        ::core::option::Option::Some(
            "Domain is already used. Please try again with a different domain.",
        ),
        ::core::option::Option::Some(
            "The chosen OAuth provider is disabled. You can enable the OAuth provider using the Appwrite console.",
        ),
        ::core::option::Option::Some(
            "Rate limit for the current endpoint has been exceeded. Please try again after some time.",
        ),
        ::core::option::Option::Some(
            "An unknown error has occurred. Please check the logs for more information.",
        ),
        ::core::option::Option::Some("An internal server error occurred."),
        ::core::option::Option::Some(
            "The request cannot be fulfilled with the current protocol. Please check the value of the _APP_OPTIONS_FORCE_HTTPS environment variable.",
        ),
        ::core::option::Option::Some(
            "Invitation codes are disabled on this server. Please contact the server administrator.",
        ),
        ::core::option::Option::Some(
            "_APP_DOMAIN, _APP_DOMAIN_TARGET, and _APP_DOMAIN_FUNCTIONS environment variables have not been configured. Please configure the domain environment variables before accessing the Appwrite Console via any IP address or hostname other than localhost. This value could be an IP like 203.0.113.0 or a hostname like example.com.",
        ),
        ::core::option::Option::Some(
            "Usage stats is not configured. Please check the value of the _APP_USAGE_STATS environment variable of your Appwrite server.",
        ),
        ::core::option::Option::Some(
            "The chosen OAuth provider is unsupported. Please check the Create OAuth2 Session docs for the complete list of supported OAuth providers.",
        ),
        ::core::option::Option::Some(
            "The requested service is disabled. You can enable the service from the Appwrite console.",
        ),
        ::core::option::Option::Some(
            "SMTP is disabled on your Appwrite instance. You can learn more about setting up SMTP in our docs.",
        ),
        ::core::option::Option::Some(
            "Phone provider is not configured. Please check the _APP_SMS_PROVIDER environment variable of your Appwrite server.",
        ),
        ::core::option::Option::Some(
            "Passwords do not match. Please check the password and confirm password.",
        ),
        ::core::option::Option::Some(
            "The password you are trying to use is similar to your previous password. For your security, please choose a different password and try again.",
        ),
        ::core::option::Option::Some(
            "The password you are trying to use contains references to your name, email, phone or userID. For your security, please choose a different password and try again.",
        ),
        ::core::option::Option::Some(
            "The current user does not have a phone number associated with their account.",
        ),
        ::core::option::Option::Some("Missing ID from OAuth2 provider."),
        ::core::option::Option::Some("OAuth2 provider rejected the bad request."),
        ::core::option::Option::Some(
            "The JWT token is invalid. Please check the value of the X-Appwrite-JWT header to ensure the correct token is being used.",
        ),
        ::core::option::Option::Some(
            "The current user has been blocked. You can unblock the user by making a request to the User API's \"Update User Status\" endpoint or in the Appwrite Console's Auth section.",
        ),
        ::core::option::Option::Some("Invalid token passed in the request."),
        ::core::option::Option::Some(
            "Console registration is restricted to specific emails. Contact your administrator for more information.",
        ),
        ::core::option::Option::Some(
            "The specified code is not valid. Contact your administrator for more information.",
        ),
        ::core::option::Option::Some(
            "Console registration is restricted to specific IPs. Contact your administrator for more information.",
        ),
        ::core::option::Option::Some(
            "Invalid credentials. Please check the email and password.",
        ),
        ::core::option::Option::Some(
            "Anonymous users cannot be created for the console project.",
        ),
        ::core::option::Option::Some(
            "Creation of anonymous users is prohibited when a session is active.",
        ),
        ::core::option::Option::Some(
            "The current user is not authorized to perform the requested action.",
        ),
        ::core::option::Option::Some(
            "OAuth2 provider rejected the unauthorized request.",
        ),
        ::core::option::Option::Some(
            "The team invitation secret is invalid. Please request a new invitation and try again.",
        ),
        ::core::option::Option::Some("The invite does not belong to the current user."),
        ::core::option::Option::Some("User with the requested ID could not be found."),
        ::core::option::Option::Some("The current user session could not be found."),
        ::core::option::Option::Some(
            "The identity could not be found. Please sign in with OAuth provider to create identity first.",
        ),
        ::core::option::Option::Some("Team with the requested ID could not be found."),
        ::core::option::Option::Some(
            "The requested team invitation could not be found.",
        ),
        ::core::option::Option::Some(
            "The membership ID does not belong to the team ID.",
        ),
        ::core::option::Option::Some(
            "Membership with the requested ID could not be found.",
        ),
        ::core::option::Option::Some(
            "A user with the same id, email, or phone already exists in this project.",
        ),
        ::core::option::Option::Some(
            "A user with the same email already exists in the current project.",
        ),
        ::core::option::Option::Some(
            "A user with the same phone number already exists in the current project.",
        ),
        ::core::option::Option::Some(
            "User has already been invited or is already a member of this team",
        ),
        ::core::option::Option::Some(
            "Team with requested ID already exists. Please choose a different ID and try again.",
        ),
        ::core::option::Option::Some("Membership is already confirmed."),
        ::core::option::Option::Some("The current user requires a password reset."),
        ::core::option::Option::Some("OAuth2 provider returned some error."),
        ::core::option::Option::Some(
            "The current project has exceeded the maximum number of users. Please check your user limit in the Appwrite console.",
        ),
        ::core::option::Option::Some(
            "The requested authentication method is either disabled or unsupported. Please check the supported authentication methods in the Appwrite console.",
        ),
        ::core::option::Option::Some("The maximum number of tables has been reached."),
        ::core::option::Option::Some(
            "The row structure is invalid. Please ensure the attributes match the table definition.",
        ),
        ::core::option::Option::Some(
            "The row data is missing. Try again with row data populated.",
        ),
        ::core::option::Option::Some(
            "The row data and permissions are missing. You must provide either row data or permissions to be updated.",
        ),
        ::core::option::Option::Some(
            "The attribute required for the index could not be found. Please confirm all your attributes are in the available state.",
        ),
        ::core::option::Option::Some(
            "The requested attribute is not yet available. Please try again later.",
        ),
        ::core::option::Option::Some("The requested attribute format is not supported."),
        ::core::option::Option::Some(
            "Default values cannot be set for array or required attributes.",
        ),
        ::core::option::Option::Some(
            "The maximum number of attributes has been reached.",
        ),
        ::core::option::Option::Some(
            "The attribute value is invalid. Please check the type, range and value of the attribute.",
        ),
        ::core::option::Option::Some("The attribute type is invalid."),
        ::core::option::Option::Some("The maximum number of indexes has been reached."),
        ::core::option::Option::Some("Index invalid."),
        ::core::option::Option::Some(
            "Row cannot be deleted because it is referenced by another row.",
        ),
        ::core::option::Option::Some(
            "Execution with the requested ID could not be found.",
        ),
        ::core::option::Option::Some("Database not found"),
        ::core::option::Option::Some("Table with the requested ID could not be found."),
        ::core::option::Option::Some("Row with the requested ID could not be found."),
        ::core::option::Option::Some(
            "Attribute with the requested ID could not be found.",
        ),
        ::core::option::Option::Some("Index with the requested ID could not be found."),
        ::core::option::Option::Some("Database already exists"),
        ::core::option::Option::Some(
            "A table with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.",
        ),
        ::core::option::Option::Some(
            "Row with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.",
        ),
        ::core::option::Option::Some("Remote row is newer than local."),
        ::core::option::Option::Some(
            "Attribute with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.",
        ),
        ::core::option::Option::Some(
            "Index with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.",
        ),
        ::core::option::Option::Some("The requested storage device could not be found."),
        ::core::option::Option::Some("Empty file passed to the endpoint."),
        ::core::option::Option::Some("The given file extension is not supported."),
        ::core::option::Option::Some(
            "The file size is either not valid or exceeds the maximum allowed size. Please check the file or the value of the _APP_STORAGE_LIMIT environment variable.",
        ),
        ::core::option::Option::Some(
            "The content range is invalid. Please check the value of the Content-Range header.",
        ),
        ::core::option::Option::Some(
            "The value for x-appwrite-id header is invalid. Please check the value of the x-appwrite-id header is a valid id and not unique().",
        ),
        ::core::option::Option::Some(
            "The uploaded file is invalid. Please check the file and try again.",
        ),
        ::core::option::Option::Some("The requested file could not be found."),
        ::core::option::Option::Some(
            "Storage bucket with the requested ID could not be found.",
        ),
        ::core::option::Option::Some(
            "A storage file with the requested ID already exists.",
        ),
        ::core::option::Option::Some(
            "A storage bucket with the requested ID already exists. Try again with a different ID or use unique() to generate a unique ID.",
        ),
        ::core::option::Option::Some(
            "The requested range is not satisfiable. Please check the value of the Range header.",
        ),
        ::core::option::Option::Some(
            "Build with the requested ID is building and not ready for execution.",
        ),
        ::core::option::Option::Some(
            "Build with the requested ID is already in progress. Please wait before you can retry.",
        ),
        ::core::option::Option::Some(
            "Installation with the requested ID could not be found. Check to see if the ID is correct, or create the installation.",
        ),
        ::core::option::Option::Some(
            "VCS (Version Control System) repository with the requested ID could not be found. Check to see if the ID is correct, and if it belongs to installationId you provided.",
        ),
        ::core::option::Option::Some(
            "Repository with the requested ID could not be found. Check to see if the ID is correct, or create the repository.",
        ),
        ::core::option::Option::Some(
            "Function with the requested ID could not be found.",
        ),
        ::core::option::Option::Some(
            "The requested runtime is either inactive or unsupported. Please check the value of the _APP_FUNCTIONS_RUNTIMES environment variable.",
        ),
        ::core::option::Option::Some("Build with the requested ID could not be found."),
        ::core::option::Option::Some(
            "Deployment with the requested ID could not be found.",
        ),
        ::core::option::Option::Some(
            "Variable with the requested ID could not be found.",
        ),
        ::core::option::Option::Some("External contribution is already authorized."),
        ::core::option::Option::Some(
            "Variable with the same ID already exists in this project. Try again with a different ID.",
        ),
        ::core::option::Option::Some(
            "Migration with the requested ID could not be found. Please verify that the provided ID is correct and try again.",
        ),
        ::core::option::Option::Some(
            "Migration with the requested ID already exists. Try again with a different ID.",
        ),
        ::core::option::Option::Some(
            "Migration is already in progress. You can check the status of the migration in your Appwrite Console's \"Settings\" > \"Migrations\".",
        ),
        ::core::option::Option::Some("The requested avatar set could not be found."),
        ::core::option::Option::Some("The request avatar could not be found."),
        ::core::option::Option::Some("The requested image was not found at the URL."),
        ::core::option::Option::Some("Failed to fetch favicon from the requested URL."),
        ::core::option::Option::Some("The requested favicon could not be found."),
        ::core::option::Option::Some("Param \"query\" is not optional."),
        ::core::option::Option::Some("Too many queries."),
    ];
    /// Each code's category, as a position in `Category::ALL`.
    const CATEGORIES: [u32; 136] = [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3,
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4,
        4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 6, 6, 7, 7, 7, 7, 7, 8,
        8,
    ];
    /// Open-addressing hash table of the codes, built at compile
    /// time by the runtime's one lookup implementation.
    const BY_HASH: [u32; 512] = ::docspec::__private::code_table(&Self::CODES);
    /// Bit 1: retryable; bit 2: unprocessed.
    const FLAGS: [u8; 136] = [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0,
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
                    Self::GeneralMock,
                    Self::GeneralArgumentInvalid,
                    Self::GeneralQueryLimitExceeded,
                    Self::GeneralQueryInvalid,
                    Self::GeneralCursorNotFound,
                    Self::GeneralProviderFailure,
                    Self::ProjectUnknown,
                    Self::ProjectInvalidSuccessUrl,
                    Self::ProjectInvalidFailureUrl,
                    Self::ProjectReservedProject,
                    Self::ProjectSmtpConfigInvalid,
                    Self::UserPasswordMismatch,
                    Self::PasswordRecentlyUsed,
                    Self::PasswordPersonalData,
                    Self::UserPhoneNotFound,
                    Self::UserMissingId,
                    Self::UserOauth2BadRequest,
                    Self::TableLimitExceeded,
                    Self::RowInvalidStructure,
                    Self::RowMissingData,
                    Self::RowMissingPayload,
                    Self::AttributeUnknown,
                    Self::AttributeNotAvailable,
                    Self::AttributeFormatUnsupported,
                    Self::AttributeDefaultUnsupported,
                    Self::AttributeLimitExceeded,
                    Self::AttributeValueInvalid,
                    Self::AttributeTypeInvalid,
                    Self::IndexLimitExceeded,
                    Self::IndexInvalid,
                    Self::StorageDeviceNotFound,
                    Self::StorageFileEmpty,
                    Self::StorageFileTypeUnsupported,
                    Self::StorageInvalidFileSize,
                    Self::StorageInvalidContentRange,
                    Self::StorageInvalidAppwriteId,
                    Self::BuildNotReady,
                    Self::BuildInProgress,
                    Self::GraphqlNoQuery,
                    Self::GraphqlTooManyQueries,
                ]
            }
            401 => {
                &[
                    Self::ProjectKeyExpired,
                    Self::RuleVerificationFailed,
                    Self::ProjectTemplateDefaultDeletion,
                    Self::GeneralAccessForbidden,
                    Self::GeneralUnauthorizedScope,
                    Self::UserJwtInvalid,
                    Self::UserBlocked,
                    Self::UserInvalidToken,
                    Self::UserEmailNotWhitelisted,
                    Self::UserInvalidCode,
                    Self::UserIpNotWhitelisted,
                    Self::UserInvalidCredentials,
                    Self::UserAnonymousConsoleProhibited,
                    Self::UserSessionAlreadyExists,
                    Self::UserUnauthorized,
                    Self::UserOauth2Unauthorized,
                    Self::TeamInvalidSecret,
                    Self::TeamInviteMismatch,
                ]
            }
            403 => {
                &[
                    Self::GeneralUnknownOrigin,
                    Self::RowDeleteRestricted,
                    Self::StorageInvalidFile,
                ]
            }
            404 => {
                &[
                    Self::GeneralRouteNotFound,
                    Self::WebhookNotFound,
                    Self::RuleResourceNotFound,
                    Self::RuleNotFound,
                    Self::KeyNotFound,
                    Self::PlatformNotFound,
                    Self::ProjectNotFound,
                    Self::RouterHostNotFound,
                    Self::UserNotFound,
                    Self::UserSessionNotFound,
                    Self::UserIdentityNotFound,
                    Self::TeamNotFound,
                    Self::TeamInviteNotFound,
                    Self::TeamMembershipMismatch,
                    Self::MembershipNotFound,
                    Self::ExecutionNotFound,
                    Self::DatabaseNotFound,
                    Self::TableNotFound,
                    Self::RowNotFound,
                    Self::AttributeNotFound,
                    Self::IndexNotFound,
                    Self::StorageFileNotFound,
                    Self::StorageBucketNotFound,
                    Self::InstallationNotFound,
                    Self::ProviderRepositoryNotFound,
                    Self::RepositoryNotFound,
                    Self::FunctionNotFound,
                    Self::FunctionRuntimeUnsupported,
                    Self::BuildNotFound,
                    Self::DeploymentNotFound,
                    Self::VariableNotFound,
                    Self::MigrationNotFound,
                    Self::AvatarSetNotFound,
                    Self::AvatarNotFound,
                    Self::AvatarImageNotFound,
                    Self::AvatarRemoteUrlFailed,
                    Self::AvatarIconNotFound,
                ]
            }
            405 => &[Self::GeneralNotImplemented],
            409 => {
                &[
                    Self::ProjectAlreadyExists,
                    Self::RuleAlreadyExists,
                    Self::UserAlreadyExists,
                    Self::UserEmailAlreadyExists,
                    Self::UserPhoneAlreadyExists,
                    Self::TeamInviteAlreadyExists,
                    Self::TeamAlreadyExists,
                    Self::MembershipAlreadyConfirmed,
                    Self::DatabaseAlreadyExists,
                    Self::TableAlreadyExists,
                    Self::RowAlreadyExists,
                    Self::RowUpdateConflict,
                    Self::AttributeAlreadyExists,
                    Self::IndexAlreadyExists,
                    Self::StorageFileAlreadyExists,
                    Self::StorageBucketAlreadyExists,
                    Self::ProviderContributionConflict,
                    Self::VariableAlreadyExists,
                    Self::MigrationAlreadyExists,
                    Self::MigrationInProgress,
                ]
            }
            412 => &[Self::ProjectProviderDisabled, Self::UserPasswordResetRequired],
            416 => &[Self::StorageInvalidRange],
            424 => &[Self::UserOauth2ProviderError],
            429 => &[Self::GeneralRateLimitExceeded],
            500 => {
                &[
                    Self::GeneralUnknown,
                    Self::GeneralServerError,
                    Self::GeneralProtocolUnsupported,
                    Self::GeneralCodesDisabled,
                    Self::RouterDomainNotConfigured,
                ]
            }
            501 => {
                &[
                    Self::GeneralUsageDisabled,
                    Self::ProjectProviderUnsupported,
                    Self::UserCountExceeded,
                    Self::UserAuthMethodUnsupported,
                ]
            }
            503 => {
                &[
                    Self::GeneralServiceDisabled,
                    Self::GeneralSmtpDisabled,
                    Self::GeneralPhoneDisabled,
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
        code: &["type"],
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
/// The sections of the Response codes API's error documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Response codes (`response_codes`)
    ///
    /// Appwrite uses conventional HTTP response codes to indicate the success or failure of an API request.
    ResponseCodes,
    /// Platform errors (`platform`)
    ///
    /// Platform errors are not related to an individual product, but can occur across the Appwrite platform.
    ///
    /// Codes: [`GeneralMock`](ErrorCode::GeneralMock), [`GeneralArgumentInvalid`](ErrorCode::GeneralArgumentInvalid), [`GeneralQueryLimitExceeded`](ErrorCode::GeneralQueryLimitExceeded), [`GeneralQueryInvalid`](ErrorCode::GeneralQueryInvalid), [`GeneralCursorNotFound`](ErrorCode::GeneralCursorNotFound), [`GeneralProviderFailure`](ErrorCode::GeneralProviderFailure), [`ProjectUnknown`](ErrorCode::ProjectUnknown), [`ProjectInvalidSuccessUrl`](ErrorCode::ProjectInvalidSuccessUrl), [`ProjectInvalidFailureUrl`](ErrorCode::ProjectInvalidFailureUrl), [`ProjectReservedProject`](ErrorCode::ProjectReservedProject), [`ProjectSmtpConfigInvalid`](ErrorCode::ProjectSmtpConfigInvalid), [`ProjectKeyExpired`](ErrorCode::ProjectKeyExpired), [`RuleVerificationFailed`](ErrorCode::RuleVerificationFailed), [`ProjectTemplateDefaultDeletion`](ErrorCode::ProjectTemplateDefaultDeletion), [`GeneralUnknownOrigin`](ErrorCode::GeneralUnknownOrigin), [`GeneralAccessForbidden`](ErrorCode::GeneralAccessForbidden), [`GeneralUnauthorizedScope`](ErrorCode::GeneralUnauthorizedScope), [`GeneralRouteNotFound`](ErrorCode::GeneralRouteNotFound), [`WebhookNotFound`](ErrorCode::WebhookNotFound), [`RuleResourceNotFound`](ErrorCode::RuleResourceNotFound), [`RuleNotFound`](ErrorCode::RuleNotFound), [`KeyNotFound`](ErrorCode::KeyNotFound), [`PlatformNotFound`](ErrorCode::PlatformNotFound), [`ProjectNotFound`](ErrorCode::ProjectNotFound), [`RouterHostNotFound`](ErrorCode::RouterHostNotFound), [`GeneralNotImplemented`](ErrorCode::GeneralNotImplemented), [`ProjectAlreadyExists`](ErrorCode::ProjectAlreadyExists), [`RuleAlreadyExists`](ErrorCode::RuleAlreadyExists), [`ProjectProviderDisabled`](ErrorCode::ProjectProviderDisabled), [`GeneralRateLimitExceeded`](ErrorCode::GeneralRateLimitExceeded), [`GeneralUnknown`](ErrorCode::GeneralUnknown), [`GeneralServerError`](ErrorCode::GeneralServerError), [`GeneralProtocolUnsupported`](ErrorCode::GeneralProtocolUnsupported), [`GeneralCodesDisabled`](ErrorCode::GeneralCodesDisabled), [`RouterDomainNotConfigured`](ErrorCode::RouterDomainNotConfigured), [`GeneralUsageDisabled`](ErrorCode::GeneralUsageDisabled), [`ProjectProviderUnsupported`](ErrorCode::ProjectProviderUnsupported), [`GeneralServiceDisabled`](ErrorCode::GeneralServiceDisabled), [`GeneralSmtpDisabled`](ErrorCode::GeneralSmtpDisabled), [`GeneralPhoneDisabled`](ErrorCode::GeneralPhoneDisabled).
    Platform,
    /// Authentication errors (`authentication`)
    ///
    /// Errors found when using Appwrite Authentication.
    ///
    /// Codes: [`UserPasswordMismatch`](ErrorCode::UserPasswordMismatch), [`PasswordRecentlyUsed`](ErrorCode::PasswordRecentlyUsed), [`PasswordPersonalData`](ErrorCode::PasswordPersonalData), [`UserPhoneNotFound`](ErrorCode::UserPhoneNotFound), [`UserMissingId`](ErrorCode::UserMissingId), [`UserOauth2BadRequest`](ErrorCode::UserOauth2BadRequest), [`UserJwtInvalid`](ErrorCode::UserJwtInvalid), [`UserBlocked`](ErrorCode::UserBlocked), [`UserInvalidToken`](ErrorCode::UserInvalidToken), [`UserEmailNotWhitelisted`](ErrorCode::UserEmailNotWhitelisted), [`UserInvalidCode`](ErrorCode::UserInvalidCode), [`UserIpNotWhitelisted`](ErrorCode::UserIpNotWhitelisted), [`UserInvalidCredentials`](ErrorCode::UserInvalidCredentials), [`UserAnonymousConsoleProhibited`](ErrorCode::UserAnonymousConsoleProhibited), [`UserSessionAlreadyExists`](ErrorCode::UserSessionAlreadyExists), [`UserUnauthorized`](ErrorCode::UserUnauthorized), [`UserOauth2Unauthorized`](ErrorCode::UserOauth2Unauthorized), [`TeamInvalidSecret`](ErrorCode::TeamInvalidSecret), [`TeamInviteMismatch`](ErrorCode::TeamInviteMismatch), [`UserNotFound`](ErrorCode::UserNotFound), [`UserSessionNotFound`](ErrorCode::UserSessionNotFound), [`UserIdentityNotFound`](ErrorCode::UserIdentityNotFound), [`TeamNotFound`](ErrorCode::TeamNotFound), [`TeamInviteNotFound`](ErrorCode::TeamInviteNotFound), [`TeamMembershipMismatch`](ErrorCode::TeamMembershipMismatch), [`MembershipNotFound`](ErrorCode::MembershipNotFound), [`UserAlreadyExists`](ErrorCode::UserAlreadyExists), [`UserEmailAlreadyExists`](ErrorCode::UserEmailAlreadyExists), [`UserPhoneAlreadyExists`](ErrorCode::UserPhoneAlreadyExists), [`TeamInviteAlreadyExists`](ErrorCode::TeamInviteAlreadyExists), [`TeamAlreadyExists`](ErrorCode::TeamAlreadyExists), [`MembershipAlreadyConfirmed`](ErrorCode::MembershipAlreadyConfirmed), [`UserPasswordResetRequired`](ErrorCode::UserPasswordResetRequired), [`UserOauth2ProviderError`](ErrorCode::UserOauth2ProviderError), [`UserCountExceeded`](ErrorCode::UserCountExceeded), [`UserAuthMethodUnsupported`](ErrorCode::UserAuthMethodUnsupported).
    Authentication,
    /// Databases errors (`databases`)
    ///
    /// Errors found when using Appwrite Databases.
    ///
    /// Codes: [`TableLimitExceeded`](ErrorCode::TableLimitExceeded), [`RowInvalidStructure`](ErrorCode::RowInvalidStructure), [`RowMissingData`](ErrorCode::RowMissingData), [`RowMissingPayload`](ErrorCode::RowMissingPayload), [`AttributeUnknown`](ErrorCode::AttributeUnknown), [`AttributeNotAvailable`](ErrorCode::AttributeNotAvailable), [`AttributeFormatUnsupported`](ErrorCode::AttributeFormatUnsupported), [`AttributeDefaultUnsupported`](ErrorCode::AttributeDefaultUnsupported), [`AttributeLimitExceeded`](ErrorCode::AttributeLimitExceeded), [`AttributeValueInvalid`](ErrorCode::AttributeValueInvalid), [`AttributeTypeInvalid`](ErrorCode::AttributeTypeInvalid), [`IndexLimitExceeded`](ErrorCode::IndexLimitExceeded), [`IndexInvalid`](ErrorCode::IndexInvalid), [`RowDeleteRestricted`](ErrorCode::RowDeleteRestricted), [`ExecutionNotFound`](ErrorCode::ExecutionNotFound), [`DatabaseNotFound`](ErrorCode::DatabaseNotFound), [`TableNotFound`](ErrorCode::TableNotFound), [`RowNotFound`](ErrorCode::RowNotFound), [`AttributeNotFound`](ErrorCode::AttributeNotFound), [`IndexNotFound`](ErrorCode::IndexNotFound), [`DatabaseAlreadyExists`](ErrorCode::DatabaseAlreadyExists), [`TableAlreadyExists`](ErrorCode::TableAlreadyExists), [`RowAlreadyExists`](ErrorCode::RowAlreadyExists), [`RowUpdateConflict`](ErrorCode::RowUpdateConflict), [`AttributeAlreadyExists`](ErrorCode::AttributeAlreadyExists), [`IndexAlreadyExists`](ErrorCode::IndexAlreadyExists).
    Databases,
    /// Storage errors (`storage`)
    ///
    /// Errors found when using Appwrite Storage.
    ///
    /// Codes: [`StorageDeviceNotFound`](ErrorCode::StorageDeviceNotFound), [`StorageFileEmpty`](ErrorCode::StorageFileEmpty), [`StorageFileTypeUnsupported`](ErrorCode::StorageFileTypeUnsupported), [`StorageInvalidFileSize`](ErrorCode::StorageInvalidFileSize), [`StorageInvalidContentRange`](ErrorCode::StorageInvalidContentRange), [`StorageInvalidAppwriteId`](ErrorCode::StorageInvalidAppwriteId), [`StorageInvalidFile`](ErrorCode::StorageInvalidFile), [`StorageFileNotFound`](ErrorCode::StorageFileNotFound), [`StorageBucketNotFound`](ErrorCode::StorageBucketNotFound), [`StorageFileAlreadyExists`](ErrorCode::StorageFileAlreadyExists), [`StorageBucketAlreadyExists`](ErrorCode::StorageBucketAlreadyExists), [`StorageInvalidRange`](ErrorCode::StorageInvalidRange).
    Storage,
    /// Functions errors (`functions`)
    ///
    /// Errors found when using Appwrite Functions.
    ///
    /// Codes: [`BuildNotReady`](ErrorCode::BuildNotReady), [`BuildInProgress`](ErrorCode::BuildInProgress), [`InstallationNotFound`](ErrorCode::InstallationNotFound), [`ProviderRepositoryNotFound`](ErrorCode::ProviderRepositoryNotFound), [`RepositoryNotFound`](ErrorCode::RepositoryNotFound), [`FunctionNotFound`](ErrorCode::FunctionNotFound), [`FunctionRuntimeUnsupported`](ErrorCode::FunctionRuntimeUnsupported), [`BuildNotFound`](ErrorCode::BuildNotFound), [`DeploymentNotFound`](ErrorCode::DeploymentNotFound), [`VariableNotFound`](ErrorCode::VariableNotFound), [`ProviderContributionConflict`](ErrorCode::ProviderContributionConflict), [`VariableAlreadyExists`](ErrorCode::VariableAlreadyExists).
    Functions,
    /// Migrations errors (`migrations`)
    ///
    /// Errors when using Appwrite Migrations.
    ///
    /// Codes: [`MigrationNotFound`](ErrorCode::MigrationNotFound), [`MigrationAlreadyExists`](ErrorCode::MigrationAlreadyExists), [`MigrationInProgress`](ErrorCode::MigrationInProgress).
    Migrations,
    /// Avatars errors (`avatars`)
    ///
    /// Errors from the Appwrite Avatars API.
    ///
    /// Codes: [`AvatarSetNotFound`](ErrorCode::AvatarSetNotFound), [`AvatarNotFound`](ErrorCode::AvatarNotFound), [`AvatarImageNotFound`](ErrorCode::AvatarImageNotFound), [`AvatarRemoteUrlFailed`](ErrorCode::AvatarRemoteUrlFailed), [`AvatarIconNotFound`](ErrorCode::AvatarIconNotFound).
    Avatars,
    /// GraphQL errors (`graphql`)
    ///
    /// Errors from the Appwrite GraphQL API.
    ///
    /// Codes: [`GraphqlNoQuery`](ErrorCode::GraphqlNoQuery), [`GraphqlTooManyQueries`](ErrorCode::GraphqlTooManyQueries).
    Graphql,
}
impl Category {
    /// Every category, in documentation order.
    pub const ALL: &'static [Category] = &[
        Self::ResponseCodes,
        Self::Platform,
        Self::Authentication,
        Self::Databases,
        Self::Storage,
        Self::Functions,
        Self::Migrations,
        Self::Avatars,
        Self::Graphql,
    ];
    /// The category's stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::ResponseCodes => "response_codes",
            Self::Platform => "platform",
            Self::Authentication => "authentication",
            Self::Databases => "databases",
            Self::Storage => "storage",
            Self::Functions => "functions",
            Self::Migrations => "migrations",
            Self::Avatars => "avatars",
            Self::Graphql => "graphql",
        }
    }
    /// The section heading.
    pub const fn title(self) -> &'static str {
        match self {
            Self::ResponseCodes => "Response codes",
            Self::Platform => "Platform errors",
            Self::Authentication => "Authentication errors",
            Self::Databases => "Databases errors",
            Self::Storage => "Storage errors",
            Self::Functions => "Functions errors",
            Self::Migrations => "Migrations errors",
            Self::Avatars => "Avatars errors",
            Self::Graphql => "GraphQL errors",
        }
    }
    /// The section's introduction, if the docs have one.
    pub const fn description(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::ResponseCodes => {
                ::core::option::Option::Some(
                    "Appwrite uses conventional HTTP response codes to indicate the success or failure of an API request.",
                )
            }
            Self::Platform => {
                ::core::option::Option::Some(
                    "Platform errors are not related to an individual product, but can occur across the Appwrite platform.",
                )
            }
            Self::Authentication => {
                ::core::option::Option::Some(
                    "Errors found when using Appwrite Authentication.",
                )
            }
            Self::Databases => {
                ::core::option::Option::Some(
                    "Errors found when using Appwrite Databases.",
                )
            }
            Self::Storage => {
                ::core::option::Option::Some("Errors found when using Appwrite Storage.")
            }
            Self::Functions => {
                ::core::option::Option::Some(
                    "Errors found when using Appwrite Functions.",
                )
            }
            Self::Migrations => {
                ::core::option::Option::Some("Errors when using Appwrite Migrations.")
            }
            Self::Avatars => {
                ::core::option::Option::Some("Errors from the Appwrite Avatars API.")
            }
            Self::Graphql => {
                ::core::option::Option::Some("Errors from the Appwrite GraphQL API.")
            }
        }
    }
    /// The codes in this section, in documentation order.
    pub const fn codes(self) -> &'static [ErrorCode] {
        match self {
            Self::ResponseCodes => &[],
            Self::Platform => {
                &[
                    ErrorCode::GeneralMock,
                    ErrorCode::GeneralArgumentInvalid,
                    ErrorCode::GeneralQueryLimitExceeded,
                    ErrorCode::GeneralQueryInvalid,
                    ErrorCode::GeneralCursorNotFound,
                    ErrorCode::GeneralProviderFailure,
                    ErrorCode::ProjectUnknown,
                    ErrorCode::ProjectInvalidSuccessUrl,
                    ErrorCode::ProjectInvalidFailureUrl,
                    ErrorCode::ProjectReservedProject,
                    ErrorCode::ProjectSmtpConfigInvalid,
                    ErrorCode::ProjectKeyExpired,
                    ErrorCode::RuleVerificationFailed,
                    ErrorCode::ProjectTemplateDefaultDeletion,
                    ErrorCode::GeneralUnknownOrigin,
                    ErrorCode::GeneralAccessForbidden,
                    ErrorCode::GeneralUnauthorizedScope,
                    ErrorCode::GeneralRouteNotFound,
                    ErrorCode::WebhookNotFound,
                    ErrorCode::RuleResourceNotFound,
                    ErrorCode::RuleNotFound,
                    ErrorCode::KeyNotFound,
                    ErrorCode::PlatformNotFound,
                    ErrorCode::ProjectNotFound,
                    ErrorCode::RouterHostNotFound,
                    ErrorCode::GeneralNotImplemented,
                    ErrorCode::ProjectAlreadyExists,
                    ErrorCode::RuleAlreadyExists,
                    ErrorCode::ProjectProviderDisabled,
                    ErrorCode::GeneralRateLimitExceeded,
                    ErrorCode::GeneralUnknown,
                    ErrorCode::GeneralServerError,
                    ErrorCode::GeneralProtocolUnsupported,
                    ErrorCode::GeneralCodesDisabled,
                    ErrorCode::RouterDomainNotConfigured,
                    ErrorCode::GeneralUsageDisabled,
                    ErrorCode::ProjectProviderUnsupported,
                    ErrorCode::GeneralServiceDisabled,
                    ErrorCode::GeneralSmtpDisabled,
                    ErrorCode::GeneralPhoneDisabled,
                ]
            }
            Self::Authentication => {
                &[
                    ErrorCode::UserPasswordMismatch,
                    ErrorCode::PasswordRecentlyUsed,
                    ErrorCode::PasswordPersonalData,
                    ErrorCode::UserPhoneNotFound,
                    ErrorCode::UserMissingId,
                    ErrorCode::UserOauth2BadRequest,
                    ErrorCode::UserJwtInvalid,
                    ErrorCode::UserBlocked,
                    ErrorCode::UserInvalidToken,
                    ErrorCode::UserEmailNotWhitelisted,
                    ErrorCode::UserInvalidCode,
                    ErrorCode::UserIpNotWhitelisted,
                    ErrorCode::UserInvalidCredentials,
                    ErrorCode::UserAnonymousConsoleProhibited,
                    ErrorCode::UserSessionAlreadyExists,
                    ErrorCode::UserUnauthorized,
                    ErrorCode::UserOauth2Unauthorized,
                    ErrorCode::TeamInvalidSecret,
                    ErrorCode::TeamInviteMismatch,
                    ErrorCode::UserNotFound,
                    ErrorCode::UserSessionNotFound,
                    ErrorCode::UserIdentityNotFound,
                    ErrorCode::TeamNotFound,
                    ErrorCode::TeamInviteNotFound,
                    ErrorCode::TeamMembershipMismatch,
                    ErrorCode::MembershipNotFound,
                    ErrorCode::UserAlreadyExists,
                    ErrorCode::UserEmailAlreadyExists,
                    ErrorCode::UserPhoneAlreadyExists,
                    ErrorCode::TeamInviteAlreadyExists,
                    ErrorCode::TeamAlreadyExists,
                    ErrorCode::MembershipAlreadyConfirmed,
                    ErrorCode::UserPasswordResetRequired,
                    ErrorCode::UserOauth2ProviderError,
                    ErrorCode::UserCountExceeded,
                    ErrorCode::UserAuthMethodUnsupported,
                ]
            }
            Self::Databases => {
                &[
                    ErrorCode::TableLimitExceeded,
                    ErrorCode::RowInvalidStructure,
                    ErrorCode::RowMissingData,
                    ErrorCode::RowMissingPayload,
                    ErrorCode::AttributeUnknown,
                    ErrorCode::AttributeNotAvailable,
                    ErrorCode::AttributeFormatUnsupported,
                    ErrorCode::AttributeDefaultUnsupported,
                    ErrorCode::AttributeLimitExceeded,
                    ErrorCode::AttributeValueInvalid,
                    ErrorCode::AttributeTypeInvalid,
                    ErrorCode::IndexLimitExceeded,
                    ErrorCode::IndexInvalid,
                    ErrorCode::RowDeleteRestricted,
                    ErrorCode::ExecutionNotFound,
                    ErrorCode::DatabaseNotFound,
                    ErrorCode::TableNotFound,
                    ErrorCode::RowNotFound,
                    ErrorCode::AttributeNotFound,
                    ErrorCode::IndexNotFound,
                    ErrorCode::DatabaseAlreadyExists,
                    ErrorCode::TableAlreadyExists,
                    ErrorCode::RowAlreadyExists,
                    ErrorCode::RowUpdateConflict,
                    ErrorCode::AttributeAlreadyExists,
                    ErrorCode::IndexAlreadyExists,
                ]
            }
            Self::Storage => {
                &[
                    ErrorCode::StorageDeviceNotFound,
                    ErrorCode::StorageFileEmpty,
                    ErrorCode::StorageFileTypeUnsupported,
                    ErrorCode::StorageInvalidFileSize,
                    ErrorCode::StorageInvalidContentRange,
                    ErrorCode::StorageInvalidAppwriteId,
                    ErrorCode::StorageInvalidFile,
                    ErrorCode::StorageFileNotFound,
                    ErrorCode::StorageBucketNotFound,
                    ErrorCode::StorageFileAlreadyExists,
                    ErrorCode::StorageBucketAlreadyExists,
                    ErrorCode::StorageInvalidRange,
                ]
            }
            Self::Functions => {
                &[
                    ErrorCode::BuildNotReady,
                    ErrorCode::BuildInProgress,
                    ErrorCode::InstallationNotFound,
                    ErrorCode::ProviderRepositoryNotFound,
                    ErrorCode::RepositoryNotFound,
                    ErrorCode::FunctionNotFound,
                    ErrorCode::FunctionRuntimeUnsupported,
                    ErrorCode::BuildNotFound,
                    ErrorCode::DeploymentNotFound,
                    ErrorCode::VariableNotFound,
                    ErrorCode::ProviderContributionConflict,
                    ErrorCode::VariableAlreadyExists,
                ]
            }
            Self::Migrations => {
                &[
                    ErrorCode::MigrationNotFound,
                    ErrorCode::MigrationAlreadyExists,
                    ErrorCode::MigrationInProgress,
                ]
            }
            Self::Avatars => {
                &[
                    ErrorCode::AvatarSetNotFound,
                    ErrorCode::AvatarNotFound,
                    ErrorCode::AvatarImageNotFound,
                    ErrorCode::AvatarRemoteUrlFailed,
                    ErrorCode::AvatarIconNotFound,
                ]
            }
            Self::Graphql => {
                &[ErrorCode::GraphqlNoQuery, ErrorCode::GraphqlTooManyQueries]
            }
        }
    }
    /// The category with this identifier.
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        match id {
            "response_codes" => ::core::option::Option::Some(Self::ResponseCodes),
            "platform" => ::core::option::Option::Some(Self::Platform),
            "authentication" => ::core::option::Option::Some(Self::Authentication),
            "databases" => ::core::option::Option::Some(Self::Databases),
            "storage" => ::core::option::Option::Some(Self::Storage),
            "functions" => ::core::option::Option::Some(Self::Functions),
            "migrations" => ::core::option::Option::Some(Self::Migrations),
            "avatars" => ::core::option::Option::Some(Self::Avatars),
            "graphql" => ::core::option::Option::Some(Self::Graphql),
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
/// An error response of the Response codes API, decoded: status, code, message and raw body.
pub type ApiError = ::docspec::ApiError<ErrorCode>;
/// The statuses the docs of the Response codes API document without an error code.
///
/// A response with one of these statuses and no code the spec knows is that documented status ([`DocumentedStatus::of`]); an endpoint that lists it has a variant for it in its error enum.
///
/// | Status | Category | Message |
/// |---|---|---|
/// | 400 Bad Request | Response codes | The request was invalid or cannot be otherwise served. An accompanying error message will explain further. Requests with wrong or invalid input will yield this response. |
/// | 401 Unauthorized | Response codes | Missing or incorrect authentication credentials can happen when the API key or user permission is not sufficient. |
/// | 403 Forbidden | Response codes | The request is understood, but it has been refused, or access is not allowed. An accompanying error message will explain why. Make sure to register your app in your project's dashboard platform list. |
/// | 404 Not Found | Response codes | The URI requested is invalid or the resource requested, such as a user, does not exist. |
/// | 409 Conflict | Response codes | This response is sent when a request conflicts with the current state of the server. This status code will usually appear when you're trying to create an already existing resource. |
/// | 413 Payload Too Large | Response codes | This indicates that the request entity is larger than limits defined by server. This status code will usually appear happen when uploading a file or function that is too large |
/// | 416 Range Not Satisfiable | Response codes | Invalid value in the range or content-range headers. Usually returned while uploading or downloading files using the range header but the provided range value is not valid. |
/// | 429 Too Many Requests | Response codes | Returned in when a request cannot be served due to the application's rate limit having been exhausted for the resource. See Rate Limits. |
/// | 500 Internal Server Error | Response codes | Something is broken. Contact our team, or raise a GitHub issue. |
/// | 501 Not Implemented | Response codes | The feature is not implemented. Usually returned when the project owner has disabled an auth method or an entire service. |
/// | 503 Service Unavailable | Response codes | The Appwrite servers are up but overloaded with requests. Try again later. |
/// | 504 Gateway Timeout | Response codes | The Appwrite servers are up, but the request couldn't be serviced due to some failure within the stack. Try again later. |
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentedStatus {
    /// `400 Bad Request`
    ///
    /// The request was invalid or cannot be otherwise served. An accompanying error message will explain further. Requests with wrong or invalid input will yield this response.
    BadRequest,
    /// `401 Unauthorized`
    ///
    /// Missing or incorrect authentication credentials can happen when the API key or user permission is not sufficient.
    Unauthorized,
    /// `403 Forbidden`
    ///
    /// The request is understood, but it has been refused, or access is not allowed. An accompanying error message will explain why. Make sure to register your app in your project's dashboard platform list.
    Forbidden,
    /// `404 Not Found`
    ///
    /// The URI requested is invalid or the resource requested, such as a user, does not exist.
    NotFound,
    /// `409 Conflict`
    ///
    /// This response is sent when a request conflicts with the current state of the server. This status code will usually appear when you're trying to create an already existing resource.
    Conflict,
    /// `413 Payload Too Large`
    ///
    /// This indicates that the request entity is larger than limits defined by server. This status code will usually appear happen when uploading a file or function that is too large
    PayloadTooLarge,
    /// `416 Range Not Satisfiable`
    ///
    /// Invalid value in the range or content-range headers. Usually returned while uploading or downloading files using the range header but the provided range value is not valid.
    RangeNotSatisfiable,
    /// `429 Too Many Requests`
    ///
    /// Returned in when a request cannot be served due to the application's rate limit having been exhausted for the resource. See Rate Limits.
    TooManyRequests,
    /// `500 Internal Server Error`
    ///
    /// Something is broken. Contact our team, or raise a GitHub issue.
    InternalServerError,
    /// `501 Not Implemented`
    ///
    /// The feature is not implemented. Usually returned when the project owner has disabled an auth method or an entire service.
    NotImplemented,
    /// `503 Service Unavailable`
    ///
    /// The Appwrite servers are up but overloaded with requests. Try again later.
    ServiceUnavailable,
    /// `504 Gateway Timeout`
    ///
    /// The Appwrite servers are up, but the request couldn't be serviced due to some failure within the stack. Try again later.
    GatewayTimeout,
}
impl DocumentedStatus {
    /// Every documented status, in documentation order.
    pub const ALL: &'static [Self] = &[
        Self::BadRequest,
        Self::Unauthorized,
        Self::Forbidden,
        Self::NotFound,
        Self::Conflict,
        Self::PayloadTooLarge,
        Self::RangeNotSatisfiable,
        Self::TooManyRequests,
        Self::InternalServerError,
        Self::NotImplemented,
        Self::ServiceUnavailable,
        Self::GatewayTimeout,
    ];
    /// The HTTP status.
    pub const fn status(self) -> ::docspec::__private::http::StatusCode {
        match self {
            Self::BadRequest => ::docspec::__private::status(400),
            Self::Unauthorized => ::docspec::__private::status(401),
            Self::Forbidden => ::docspec::__private::status(403),
            Self::NotFound => ::docspec::__private::status(404),
            Self::Conflict => ::docspec::__private::status(409),
            Self::PayloadTooLarge => ::docspec::__private::status(413),
            Self::RangeNotSatisfiable => ::docspec::__private::status(416),
            Self::TooManyRequests => ::docspec::__private::status(429),
            Self::InternalServerError => ::docspec::__private::status(500),
            Self::NotImplemented => ::docspec::__private::status(501),
            Self::ServiceUnavailable => ::docspec::__private::status(503),
            Self::GatewayTimeout => ::docspec::__private::status(504),
        }
    }
    /// What the docs say of it; `None` when they say nothing.
    pub const fn message(self) -> ::core::option::Option<&'static str> {
        match self {
            Self::BadRequest => {
                ::core::option::Option::Some(
                    "The request was invalid or cannot be otherwise served. An accompanying error message will explain further. Requests with wrong or invalid input will yield this response.",
                )
            }
            Self::Unauthorized => {
                ::core::option::Option::Some(
                    "Missing or incorrect authentication credentials can happen when the API key or user permission is not sufficient.",
                )
            }
            Self::Forbidden => {
                ::core::option::Option::Some(
                    "The request is understood, but it has been refused, or access is not allowed. An accompanying error message will explain why. Make sure to register your app in your project's dashboard platform list.",
                )
            }
            Self::NotFound => {
                ::core::option::Option::Some(
                    "The URI requested is invalid or the resource requested, such as a user, does not exist.",
                )
            }
            Self::Conflict => {
                ::core::option::Option::Some(
                    "This response is sent when a request conflicts with the current state of the server. This status code will usually appear when you're trying to create an already existing resource.",
                )
            }
            Self::PayloadTooLarge => {
                ::core::option::Option::Some(
                    "This indicates that the request entity is larger than limits defined by server. This status code will usually appear happen when uploading a file or function that is too large",
                )
            }
            Self::RangeNotSatisfiable => {
                ::core::option::Option::Some(
                    "Invalid value in the range or content-range headers. Usually returned while uploading or downloading files using the range header but the provided range value is not valid.",
                )
            }
            Self::TooManyRequests => {
                ::core::option::Option::Some(
                    "Returned in when a request cannot be served due to the application's rate limit having been exhausted for the resource. See Rate Limits.",
                )
            }
            Self::InternalServerError => {
                ::core::option::Option::Some(
                    "Something is broken. Contact our team, or raise a GitHub issue.",
                )
            }
            Self::NotImplemented => {
                ::core::option::Option::Some(
                    "The feature is not implemented. Usually returned when the project owner has disabled an auth method or an entire service.",
                )
            }
            Self::ServiceUnavailable => {
                ::core::option::Option::Some(
                    "The Appwrite servers are up but overloaded with requests. Try again later.",
                )
            }
            Self::GatewayTimeout => {
                ::core::option::Option::Some(
                    "The Appwrite servers are up, but the request couldn't be serviced due to some failure within the stack. Try again later.",
                )
            }
        }
    }
    /// The documentation section it belongs to.
    pub const fn category(self) -> Category {
        match self {
            Self::BadRequest => Category::ResponseCodes,
            Self::Unauthorized => Category::ResponseCodes,
            Self::Forbidden => Category::ResponseCodes,
            Self::NotFound => Category::ResponseCodes,
            Self::Conflict => Category::ResponseCodes,
            Self::PayloadTooLarge => Category::ResponseCodes,
            Self::RangeNotSatisfiable => Category::ResponseCodes,
            Self::TooManyRequests => Category::ResponseCodes,
            Self::InternalServerError => Category::ResponseCodes,
            Self::NotImplemented => Category::ResponseCodes,
            Self::ServiceUnavailable => Category::ResponseCodes,
            Self::GatewayTimeout => Category::ResponseCodes,
        }
    }
    /// The documented status for an HTTP status, if the docs document it.
    pub fn for_status(
        status: ::docspec::__private::http::StatusCode,
    ) -> ::core::option::Option<Self> {
        match status.as_u16() {
            400 => ::core::option::Option::Some(Self::BadRequest),
            401 => ::core::option::Option::Some(Self::Unauthorized),
            403 => ::core::option::Option::Some(Self::Forbidden),
            404 => ::core::option::Option::Some(Self::NotFound),
            409 => ::core::option::Option::Some(Self::Conflict),
            413 => ::core::option::Option::Some(Self::PayloadTooLarge),
            416 => ::core::option::Option::Some(Self::RangeNotSatisfiable),
            429 => ::core::option::Option::Some(Self::TooManyRequests),
            500 => ::core::option::Option::Some(Self::InternalServerError),
            501 => ::core::option::Option::Some(Self::NotImplemented),
            503 => ::core::option::Option::Some(Self::ServiceUnavailable),
            504 => ::core::option::Option::Some(Self::GatewayTimeout),
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
