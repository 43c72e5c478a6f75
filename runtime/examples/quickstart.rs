//! Prints the Userplane error table as the generated code knows it.

use userplane::{Category, ErrorCode};

fn main() {
    println!(
        "The Userplane API documents {} error codes in {} categories.\n",
        ErrorCode::COUNT,
        Category::ALL.len()
    );
    for category in Category::ALL {
        println!("{} ({})", category.title(), category.id());
        for code in category.codes() {
            let retry = if code.is_retryable() { "retry" } else { "" };
            println!(
                "  {:<32} {:>3}  {:<5}  {}",
                code.as_str(),
                code.status_u16(),
                retry,
                code.message()
            );
        }
        println!();
    }
}
