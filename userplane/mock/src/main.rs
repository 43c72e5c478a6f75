//! `userplane-mock`: serves the Userplane API with its seeded data on
//! `127.0.0.1` until interrupted (Ctrl-C).
//!
//! ```text
//! userplane-mock [--port PORT]
//! ```
//!
//! It prints the base URL and the key it accepts, one per line.

use std::process::ExitCode;

/// The port from `--port PORT` (0, any free port, when not given).
fn port() -> Result<u16, String> {
    let mut args = std::env::args().skip(1);
    match (args.next().as_deref(), args.next(), args.next()) {
        (None, _, _) => Ok(0),
        (Some("--port"), Some(port), None) => port
            .parse()
            .map_err(|_| format!("`{port}` is not a port number (0–65535)")),
        _ => Err("usage: userplane-mock [--port PORT]".to_owned()),
    }
}

fn main() -> ExitCode {
    let port = match port() {
        Ok(port) => port,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    match userplane_mock::builder()
        .port(port)
        .serve_until_interrupted()
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
