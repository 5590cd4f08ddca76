//! Project commands: `cargo xtask demo | build | test | bench | train`.
//!
//! Each command installs what it needs on a fresh Debian machine and skips what is already
//! there (see `setup.rs`), so the README's two commands work from a clean clone.

mod bench;
mod build;
mod corpus;
mod package;
mod run;
mod serve;
mod setup;
mod test;
mod train;

use std::process::ExitCode;

const USAGE: &str = "\
usage: cargo xtask <command>

  demo [--port N]   build everything, serve www/ on 127.0.0.1 and print the URL
  build             build the browser bundle into www/pkg/ (wasm-bindgen + wasm-opt)
  test              run every test: native, wasm in Chromium, end-to-end in Chromium
                    (plus the corpus checks when ../shared is present)
  bench             benchmarks: native throughput and scaling, wasm in Node beside
                    compromise, wasm in Chromium, bundle sizes against the budget
  train [SHARED]    retrain model/ar.bin and model/en.bin from the corpora in ../shared
                    (or SHARED); the corpus checks of `test` compare against this";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("demo") => serve::demo(&args[1..]),
        Some("build") => build::build().map(|_| ()),
        Some("test") => test::test(&args[1..]),
        Some("bench") => bench::bench(&args[1..]),
        Some("train") => train::train(&args[1..]),
        Some("-h" | "--help" | "help") | None => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}
