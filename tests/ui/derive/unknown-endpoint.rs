#[derive(Debug, userplane::FromApiError)]
#[api_error(module = "userplane::api", endpoint = "delete_lnik")]
enum DeleteError {
    #[api_error(other)]
    Other(userplane::ApiError),
}

fn main() {}
