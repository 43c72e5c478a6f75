#[userplane::api(spec = "fixtures/specs/dotted.json")]
mod orbit {}

#[derive(Debug, userplane::FromApiError)]
#[userplane(spec = "fixtures/specs/dotted.json", module = "crate::orbit")]
enum StorageError {
    #[userplane(category = "not-found")]
    Missing,
    #[userplane(code = "rate-limited")]
    Slow,
    #[userplane(unknown)]
    Unknown(orbit::ApiError),
}

// The conversions still exist: no second error here.
fn fetch() -> Result<(), StorageError> {
    Err(orbit::ErrorCode::BucketNotFound)?
}

fn main() {
    let _ = fetch();
}
