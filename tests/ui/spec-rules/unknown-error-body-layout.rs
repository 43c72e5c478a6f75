#[docspec::api(spec = "fixtures/bad/unknown-error-body-layout.json")]
mod api {}

fn main() {}
