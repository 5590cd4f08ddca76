//! The `hashiya` command line; see `hashiya --help` and `docs/cli-contract.md`.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    hashiya::cli::run(&args)
}

/// The CLI is native only; wasm32 builds the bin target for browser tests and must compile.
#[cfg(target_arch = "wasm32")]
fn main() {}
