//! A broken spec gives its own diagnostics and nothing else: the code that
//! names the module's items compiles against stubs.
#[docspec::api(spec = "fixtures/bad/duplicate-code.json")]
mod api {}

use api::{ApiError, Client, ErrorCode};

#[allow(dead_code)]
#[derive(Debug, docspec::FromApiError)]
#[api_error(module = "crate::api")]
enum MyError {
    #[api_error(code = "TOKEN_EXPIRED")]
    Expired,
    #[api_error(other)]
    Other(ApiError),
}

fn call(_client: &Client, _code: Option<ErrorCode>) -> Result<(), MyError> {
    Ok(())
}

fn main() {
    let _ = call;
}
