#[docspec::api(spec = "fixtures/bad/enum-values-collide.json")]
mod api {}

fn main() {}
