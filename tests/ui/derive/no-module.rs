#[docspec::api(spec = "fixtures/specs/minimal.json")]
mod minimal {}

#[derive(Debug, docspec::FromApiError)]
enum MinimalError {
    #[api_error(other)]
    Other,
}

fn main() {}
