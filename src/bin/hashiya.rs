//! The `hashiya` command line; see `hashiya --help` and `docs/cli-contract.md`.

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    hashiya::cli::run(&args)
}
