#[docspec::api(spec = "fixtures/bad/auth-header-without-name.json")]
mod api {}

fn main() {}
