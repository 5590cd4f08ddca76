//! The browser bundle: cargo (wasm32) → wasm-bindgen (--target web) → wasm-opt (npm binaryen).

use std::path::PathBuf;
use std::process::Command;

use crate::run::{output, root, run};
use crate::setup;

/// Features that rustc enables by default for wasm32 and wasm-opt must accept.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Builds `www/pkg/hashiya.js` and `www/pkg/hashiya_bg.wasm`; returns the wasm path.
pub fn build() -> Result<PathBuf, String> {
    setup::wasm_target()?;
    setup::wasm_bindgen_cli()?;
    setup::npm_tools()?;
    let root = root();
    run(Command::new("cargo").args(["build", "--lib", "--release", "--target", "wasm32-unknown-unknown"]))?;
    let pkg = root.join("www/pkg");
    run(Command::new("wasm-bindgen")
        .args(["--target", "web", "--out-name", "hashiya", "--out-dir"])
        .arg(&pkg)
        .arg(root.join("target/wasm32-unknown-unknown/release/hashiya.wasm")))?;
    let wasm = pkg.join("hashiya_bg.wasm");
    run(Command::new(root.join("node_modules/.bin/wasm-opt"))
        .arg("-Oz")
        .args(WASM_FEATURES)
        .arg(&wasm)
        .arg("-o")
        .arg(&wasm))?;
    for (file, raw, gz) in bundle_sizes()? {
        eprintln!("xtask: www/pkg/{file}: {raw} bytes, {gz} gzipped");
    }
    crate::package::package(&wasm)?;
    Ok(wasm)
}

/// Raw and gzip -9 sizes of the bundle's files.
pub fn bundle_sizes() -> Result<Vec<(&'static str, u64, u64)>, String> {
    let pkg = root().join("www/pkg");
    ["hashiya_bg.wasm", "hashiya.js"]
        .into_iter()
        .map(|file| {
            let path = pkg.join(file);
            let raw = std::fs::metadata(&path).map_err(|e| format!("{}: {e}", path.display()))?.len();
            let gz = output(Command::new("sh").arg("-c").arg(format!("gzip -9 -c '{}' | wc -c", path.display())))
                .and_then(|s| s.trim().parse::<u64>().ok())
                .ok_or("gzip failed")?;
            Ok((file, raw, gz))
        })
        .collect()
}
