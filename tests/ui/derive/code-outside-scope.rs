#[derive(Debug, userplane::FromApiError)]
#[api_error(module = "userplane::api", endpoint = "get_me")]
enum MeError {
    #[api_error(code = "LINK_GONE")]
    Gone,
    #[api_error(other)]
    Other(userplane::ApiError),
}

fn main() {}
