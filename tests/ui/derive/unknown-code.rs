#[derive(Debug, userplane::FromApiError)]
#[api_error(module = "userplane::api", endpoint = "get_link")]
enum GetError {
    #[api_error(code = "LINK_GNOE", code = "LINK_NOT_FOUND")]
    Missing,
    #[api_error(other)]
    Other(userplane::ApiError),
}

fn main() {}
