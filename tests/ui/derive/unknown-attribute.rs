#[derive(Debug, userplane::FromApiError)]
#[api_error(module = "userplane::api", category = "rate_limiting")]
enum Busy {
    #[api_error(codes = "RATE_LIMITED")]
    RateLimited,
    #[api_error(unknown)]
    Other,
}

fn main() {}
