#[docspec::api(spec = "fixtures/bad/auth-unknown-code.json")]
mod api {}

fn main() {}
