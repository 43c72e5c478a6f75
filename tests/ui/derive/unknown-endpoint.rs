#[derive(Debug, userplane::FromApiError)]
#[userplane(endpoint = "delete_lnik")]
enum DeleteError {
    #[userplane(other)]
    Other(userplane::ApiError),
}

fn main() {}
