use userplane::FromApiError;

#[derive(Debug, FromApiError)]
#[api_error(module = "userplane::api", category = "resource")]
enum Lookup {
    #[api_error(code = "LINK_NOT_FOUND", code = "LINK_GONE")]
    Link,
    #[api_error(unknown)]
    Other(userplane::ApiError),
}

fn main() {}
