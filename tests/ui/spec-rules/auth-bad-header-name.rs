#[docspec::api(spec = "fixtures/bad/auth-bad-header-name.json")]
mod api {}

fn main() {}
