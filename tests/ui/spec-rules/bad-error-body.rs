#[docspec::api(spec = "fixtures/bad/bad-error-body.json")]
mod api {}

fn main() {}
