use userplane::FromApiError;

#[derive(Debug, FromApiError)]
#[userplane(category = "resource")]
enum Lookup {
    #[userplane(code = "LINK_NOT_FOUND", code = "LINK_GONE")]
    Link,
    #[userplane(unknown)]
    Other(userplane::ApiError),
}

fn main() {}
