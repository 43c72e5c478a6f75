#[derive(Debug, userplane::FromApiError)]
#[userplane(endpoint = "get_link")]
enum GetError {
    #[userplane(code = "LINK_GONE", code = "LINK_NOT_FOUND")]
    Missing,
    #[userplane(code = "LINK_GONE")]
    Deleted,
    #[userplane(other)]
    Other(userplane::ApiError),
}

fn main() {}
