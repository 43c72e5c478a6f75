#[userplane::api]
mod api {}

fn main() {}
