#[docspec::api(spec = "fixtures/bad/missing-field.json")]
mod api {}

fn main() {}
