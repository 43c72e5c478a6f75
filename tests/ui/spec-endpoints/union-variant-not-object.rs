#[docspec::api(spec = "fixtures/bad/union-variant-not-object.json")]
mod api {}

fn main() {}
