#[derive(Debug, userplane::FromApiError)]
#[api_error(module = "userplane::api", category = "rate_limiting")]
enum Busy {
    #[api_error(code = "RATE_LIMITED")]
    RateLimited,
    Forgotten,
    #[api_error(unknown)]
    Other,
}

fn main() {}
