#[docspec::api(spec = "fixtures/bad/endpoint-paged-field.json")]
mod api {}

fn main() {}
