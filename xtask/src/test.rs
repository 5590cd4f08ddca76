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
        if let Some(geckodriver) = firefox_driver() {
            run(Command::new("cargo")
                .args(["test", "--target", "wasm32-unknown-unknown", "--test", "web"])
                .env_remove("CHROMEDRIVER")
                .env("GECKODRIVER", geckodriver))?;
        }
    }
    if root.join("tests/e2e").is_dir() {
        run(Command::new("node").args(["--test", "tests/e2e/"]))?;
        // The real-page integrity check again in Firefox ESR, through geckodriver (skips itself
        // without ../shared/pages; about 2 minutes over the 124 pages).
        if let (Some(geckodriver), true) = (firefox_driver(), root.join("tests/e2e/integrity-firefox.mjs").exists()) {
            run(Command::new("node")
                .args(["--test", "tests/e2e/integrity-firefox.mjs"])
                .env("GECKODRIVER", geckodriver))?;
        }
    }
    match corpus::shared() {
        Some(shared) => corpus::checks(&shared)?,
        None => eprintln!("xtask: no ../shared beside the clone: corpus checks skipped"),
    }
    Ok(())
}

/// geckodriver's path when both it and Firefox ESR are installed: the Firefox runs need both.
fn firefox_driver() -> Option<String> {
    let geckodriver = output(Command::new("sh").args(["-c", "command -v geckodriver"]))?;
    exists("firefox-esr").then(|| geckodriver.trim().to_string())
}
