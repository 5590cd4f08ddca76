//! `cargo xtask test`: every test of the project, installing what they need first.

use std::process::Command;

use crate::run::{exists, output, root, run};
use crate::{build, corpus, setup};

pub fn test(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask test".into());
    }
    setup::chromium()?;
    // Native: the core, the CLI and xtask itself.
    run(Command::new("cargo").args(["test", "--workspace"]))?;
    build::build()?;
    let root = root();
    // The DOM layer in headless Chromium (geckodriver would win when both are present).
    if root.join("tests/web.rs").exists() {
        run(Command::new("cargo")
            .args(["test", "--target", "wasm32-unknown-unknown", "--test", "web"])
            .env_remove("GECKODRIVER")
            .env("CHROMEDRIVER", "/usr/bin/chromedriver"))?;
        // The same DOM tests in Firefox ESR where geckodriver is installed (installing it
        // takes about 15 minutes of compiling, too long for every cold run).
        let geckodriver = output(Command::new("sh").args(["-c", "command -v geckodriver"]));
        if let (Some(geckodriver), true) = (geckodriver, exists("firefox-esr")) {
            run(Command::new("cargo")
                .args(["test", "--target", "wasm32-unknown-unknown", "--test", "web"])
                .env_remove("CHROMEDRIVER")
                .env("GECKODRIVER", geckodriver.trim()))?;
        }
    }
    if root.join("tests/e2e").is_dir() {
        run(Command::new("node").args(["--test", "tests/e2e/"]))?;
    }
    match corpus::shared() {
        Some(shared) => corpus::checks(&shared)?,
        None => eprintln!("xtask: no ../shared beside the clone: corpus checks skipped"),
    }
    Ok(())
}
