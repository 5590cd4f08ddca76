//! `cargo xtask bench`: every benchmark in one run, on the same inputs, so the numbers
//! compare (native core with criterion, wasm in Node beside compromise, wasm and whole pages
//! in Chromium, the extension on a 1 MB page, bundle sizes). Each part writes JSON lines
//! under target/bench/, and bench/report.mjs prints them side by side at the end.

use std::process::Command;

use crate::run::{root, run};
use crate::{build, setup};

/// Bundle budget from the issues: wasm + JS, gzipped.
const BUDGET_GZ: u64 = 1_500_000;

pub fn bench(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask bench".into());
    }
    // The report is of this run only: no file left from an earlier one.
    let out = root().join("target/bench");
    for name in ["native.json", "node.json", "chromium.json", "extension.json", "bundle.json"] {
        let _ = std::fs::remove_file(out.join(name));
    }
    run(Command::new("cargo").args(["bench", "--bench", "throughput"]))?;
    build::build()?;
    run(Command::new("node").arg("bench/node.mjs"))?;
    if root().join("bench/chromium.mjs").exists() {
        setup::chromium()?;
        run(Command::new("node").arg("bench/chromium.mjs"))?;
        run(Command::new("node").arg("bench/extension.mjs"))?;
    }
    let sizes = build::bundle_sizes()?;
    let total: u64 = sizes.iter().map(|(_, _, gz)| gz).sum();
    let mut lines: Vec<String> = sizes
        .iter()
        .map(|(file, raw, gz)| format!("{{\"bench\":\"bundle\",\"file\":\"{file}\",\"raw\":{raw},\"gzip\":{gz}}}\n"))
        .collect();
    lines.push(format!("{{\"bench\":\"bundle\",\"file\":\"total\",\"gzip\":{total},\"budget\":{BUDGET_GZ}}}\n"));
    std::fs::create_dir_all(&out)
        .and_then(|()| std::fs::write(out.join("bundle.json"), lines.concat()))
        .map_err(|e| e.to_string())?;
    run(Command::new("node").arg("bench/report.mjs"))
}
