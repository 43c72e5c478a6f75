#[docspec::api(spec = "fixtures/bad/duplicate-category.json")]
mod api {}

fn main() {}
