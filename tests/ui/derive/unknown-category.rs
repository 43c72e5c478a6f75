#[derive(Debug, userplane::FromApiError)]
#[api_error(module = "userplane::api")]
enum AppError {
    #[api_error(category = "resorce")]
    Missing,
    #[api_error(other)]
    Other(userplane::ApiError),
}

fn main() {}
