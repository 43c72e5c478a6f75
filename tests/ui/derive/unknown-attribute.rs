#[derive(Debug, userplane::FromApiError)]
#[userplane(category = "rate_limiting")]
enum Busy {
    #[userplane(codes = "RATE_LIMITED")]
    RateLimited,
    #[userplane(unknown)]
    Other,
}

fn main() {}
