//! `cargo xtask bench`: every benchmark in one run, on the same inputs, so the numbers
//! compare (native core, wasm in Node beside compromise, wasm in Chromium, bundle sizes).
//! Results are printed and kept as JSON lines under target/bench/.

use std::process::Command;

use crate::run::{root, run};
use crate::{build, setup};

/// Bundle budget from the issues: wasm + JS, gzipped.
const BUDGET_GZ: u64 = 1_500_000;

pub fn bench(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask bench".into());
    }
    run(Command::new("cargo").args(["bench", "--bench", "throughput"]))?;
    build::build()?;
    run(Command::new("node").arg("bench/node.mjs"))?;
    if root().join("bench/chromium.mjs").exists() {
        setup::chromium()?;
        run(Command::new("node").arg("bench/chromium.mjs"))?;
    }
    let total: u64 = build::bundle_sizes()?.iter().map(|(_, _, gz)| gz).sum();
    println!(
        "bundle: {total} bytes gzipped in all, budget {BUDGET_GZ} ({:.0}% used)",
        total as f64 * 100.0 / BUDGET_GZ as f64
    );
    Ok(())
}
