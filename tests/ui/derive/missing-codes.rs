#[docspec::api(spec = "fixtures/specs/dotted.json")]
mod orbit {}

#[derive(Debug, docspec::FromApiError)]
#[api_error(module = "crate::orbit")]
enum StorageError {
    #[api_error(category = "not-found")]
    Missing,
    #[api_error(code = "rate-limited")]
    Slow,
    #[api_error(unknown)]
    Unknown(orbit::ApiError),
}

// The conversions still exist: no second error here.
fn fetch() -> Result<(), StorageError> {
    Err(orbit::ErrorCode::BucketNotFound)?
}

fn main() {
    let _ = fetch();
}
