#[docspec::api(spec = "fixtures/bad/endpoint-has-more-not-boolean.json")]
mod api {}

fn main() {}
