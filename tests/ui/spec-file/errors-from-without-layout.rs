#[docspec::api(spec = "fixtures/bad/errors-from-without-layout.json")]
mod api {}

fn main() {}
