#[derive(Debug, userplane::FromApiError)]
enum AppError {
    #[userplane(category = "resorce")]
    Missing,
    #[userplane(other)]
    Other(userplane::ApiError),
}

fn main() {}
