mod plain {}

#[derive(Debug, docspec::FromApiError)]
#[api_error(module = "crate::plain")]
enum PlainError {
    #[api_error(other)]
    Other,
}

fn main() {}
