#[docspec::api(spec = "fixtures/bad/endpoint-paging-unnamed.json")]
mod api {}

fn main() {}
