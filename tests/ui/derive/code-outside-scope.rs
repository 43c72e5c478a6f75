#[derive(Debug, userplane::FromApiError)]
#[userplane(endpoint = "get_me")]
enum MeError {
    #[userplane(code = "LINK_GONE")]
    Gone,
    #[userplane(other)]
    Other(userplane::ApiError),
}

fn main() {}
