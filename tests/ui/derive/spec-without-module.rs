#[derive(Debug, userplane::FromApiError)]
#[userplane(spec = "fixtures/specs/minimal.json")]
enum MinimalError {
    #[userplane(other)]
    Other,
}

fn main() {}
