#[docspec::api(spec = "fixtures/bad/paging-unknown-style.json")]
mod api {}

fn main() {}
