#[derive(Debug, userplane::FromApiError)]
#[userplane(category = "rate_limiting")]
enum Busy {
    #[userplane(code = "RATE_LIMITED")]
    RateLimited(userplane::ApiError, u32),
    #[userplane(unknown)]
    Other,
}

fn main() {}
