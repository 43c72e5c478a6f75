#[docspec::api(spec = "fixtures/bad/no-error-body.json")]
mod api {}

fn main() {}
