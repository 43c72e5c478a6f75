#[docspec::api(spec = "fixtures/bad/unknown-category.json")]
mod api {}

fn main() {}
