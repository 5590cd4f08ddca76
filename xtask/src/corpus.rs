//! Corpus checks, run by `cargo xtask test` when `../shared` (corpora and real pages) sits
//! beside the clone, as in CI. A user's fresh clone has no `../shared` and skips them.
//!
//! The floors are regression guards a little under today's scores (model/README.md and the
//! quote engine's notes give the scores), not targets.

use std::path::PathBuf;
use std::process::Command;

use crate::run::{root, run};

/// `../shared` beside the repository, if present.
pub fn shared() -> Option<PathBuf> {
    let dir = root().parent()?.join("shared");
    dir.join("data").is_dir().then_some(dir)
}

pub fn checks(shared: &std::path::Path) -> Result<(), String> {
    let data = shared.join("data");
    let hashiya = |args: &[&str]| {
        let mut cmd = Command::new("cargo");
        cmd.args(["run", "--quiet", "--release", "--bin", "hashiya", "--"]).args(args);
        cmd
    };
    let path = |p: &str| data.join(p).to_string_lossy().into_owned();
    let ar = path("ar/anercorp-train.conll");
    let en = path("en/conll2003-dev.conll");
    let quotes = path("quotes/polnear/dev");
    eprintln!("xtask: corpus checks against {}", shared.display());
    run(&mut hashiya(&["eval", &ar, "--lang", "ar", "--dev-tail", "10", "--min-f1", "73"]))?;
    run(&mut hashiya(&["eval", &en, "--lang", "en", "--min-f1", "91.5"]))?;
    run(&mut hashiya(&["eval-quotes", &quotes, "--min-f1", "85", "--min-speaker", "87"]))
}
