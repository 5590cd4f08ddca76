//! Installing what the build and the tests need, skipping what is already there.

use std::process::Command;

use crate::run::{exists, output, root, run};

/// The wasm-bindgen version pinned in Cargo.toml (`wasm-bindgen = "=X.Y.Z"`): the CLI must match it.
pub fn pinned_wasm_bindgen() -> Result<String, String> {
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).map_err(|e| e.to_string())?;
    manifest
        .lines()
        .find_map(|line| line.trim().strip_prefix("wasm-bindgen = \"=")?.strip_suffix('"').map(str::to_string))
        .ok_or_else(|| "Cargo.toml does not pin wasm-bindgen with \"=X.Y.Z\"".to_string())
}

pub fn wasm_target() -> Result<(), String> {
    let installed = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

pub fn wasm_bindgen_cli() -> Result<(), String> {
    let version = pinned_wasm_bindgen()?;
    let have = output(Command::new("wasm-bindgen").arg("--version")).unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(version.as_str()) {
        return Ok(());
    }
    eprintln!("xtask: installing wasm-bindgen-cli {version} (takes several minutes once)");
    // The registry mirror can lag behind the lock file's versions: fall back to an unlocked install.
    run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &version, "--locked"]))
        .or_else(|_| run(Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &version])))
}

/// Debian packages, installed with apt-get when any of `programs` is missing.
pub fn apt(programs: &[&str], packages: &[&str]) -> Result<(), String> {
    if programs.iter().all(|p| exists(p)) {
        return Ok(());
    }
    let sudo = if output(Command::new("id").arg("-u")).is_some_and(|id| id.trim() == "0") { "" } else { "sudo " };
    let script = format!(
        "{sudo}apt-get update && DEBIAN_FRONTEND=noninteractive {sudo}apt-get install -y --no-install-recommends {}",
        packages.join(" ")
    );
    run(Command::new("sh").args(["-c", &script]))
}

/// Node.js and the npm dev tools of package.json (wasm-opt from binaryen, playwright-core).
pub fn npm_tools() -> Result<(), String> {
    apt(&["node", "npm"], &["nodejs", "npm"])?;
    let root = root();
    let lock = root.join("package-lock.json");
    let stamp = root.join("node_modules/.package-lock.json");
    let fresh = match (std::fs::metadata(&lock), std::fs::metadata(&stamp)) {
        (Ok(lock), Ok(stamp)) => stamp.modified().ok() >= lock.modified().ok(),
        _ => false,
    };
    if fresh && root.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]))
}

/// Chromium and its driver, from Debian (never a browser download).
pub fn chromium() -> Result<(), String> {
    apt(&["chromium", "chromedriver"], &["chromium", "chromium-driver"])
}
