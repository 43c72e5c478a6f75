#[docspec::api(spec = "fixtures/bad/model-unknown-type.json")]
mod api {}

fn main() {}
