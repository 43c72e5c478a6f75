#[userplane::api(spec = "fixtures/specs/minimal.json")]
mod minimal {}

#[derive(Debug, userplane::FromApiError)]
#[userplane(module = "crate::minimal")]
enum MinimalError {
    #[userplane(other)]
    Other,
}

fn main() {}
