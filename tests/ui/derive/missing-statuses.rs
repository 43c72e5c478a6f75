#[docspec::api(openapi = "fixtures/openapi/alone.yaml")]
#[allow(deprecated)]
mod folders {}

#[derive(Debug, docspec::FromApiError)]
#[api_error(module = "crate::folders")]
enum AppError {
    #[api_error(status = 404)]
    Missing,
    #[api_error(status = 418)]
    Teapot,
    #[api_error(unknown)]
    Unknown(folders::ApiError),
}

fn main() {}
