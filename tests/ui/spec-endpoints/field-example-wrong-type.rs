#[docspec::api(spec = "fixtures/bad/field-example-wrong-type.json")]
mod api {}

fn main() {}
