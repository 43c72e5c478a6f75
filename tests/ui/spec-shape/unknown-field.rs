#[docspec::api(spec = "fixtures/bad/unknown-field.json")]
mod api {}

fn main() {}
