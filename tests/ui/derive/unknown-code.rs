#[derive(Debug, userplane::FromApiError)]
#[userplane(endpoint = "get_link")]
enum GetError {
    #[userplane(code = "LINK_GNOE", code = "LINK_NOT_FOUND")]
    Missing,
    #[userplane(other)]
    Other(userplane::ApiError),
}

fn main() {}
