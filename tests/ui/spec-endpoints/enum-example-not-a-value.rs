#[docspec::api(spec = "fixtures/bad/enum-example-not-a-value.json")]
mod api {}

fn main() {}
