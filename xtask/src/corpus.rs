//! Corpus checks, run by `cargo xtask test` when `../shared` (corpora and real pages) sits
//! beside the clone, as in CI. A user's fresh clone has no `../shared` and skips them.
//!
//! The floors are regression guards a little under today's scores (model/README.md and the
//! quote engine's notes give the scores), not targets.

use std::path::PathBuf;
use std::process::Command;

use crate::run::{root, run};
use crate::train::{arabic_dev, hashiya, recipe};

/// `../shared` beside the repository, if present.
pub fn shared() -> Option<PathBuf> {
    let dir = root().parent()?.join("shared");
    dir.join("data").is_dir().then_some(dir)
}

pub fn checks(shared: &std::path::Path) -> Result<(), String> {
    let data = shared.join("data");
    let path = |p: &str| data.join(p).to_string_lossy().into_owned();
    let ar = path("ar/anercorp-train.conll");
    let en = path("en/conll2003-dev.conll");
    let quotes = path("quotes/polnear/dev");
    let dir = root().join("target/corpus");
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    eprintln!("xtask: corpus checks against {}", shared.display());

    // The committed models are what the training command makes from the committed lists.
    for lang in ["ar", "en"] {
        let out = dir.join(format!("{lang}.bin"));
        run(&mut hashiya(&recipe(lang, shared, &out)))?;
        let shipped = root().join("model").join(format!("{lang}.bin"));
        if std::fs::read(&out).ok() != std::fs::read(&shipped).ok() {
            return Err(format!(
                "{} differs from what `cargo xtask train` makes now: retrain and commit it (model/README.md)",
                shipped.display()
            ));
        }
    }

    // The shipped Arabic model has seen ANERcorp's dev split: score a model trained without it.
    let ar_dev = dir.join("ar-dev.bin");
    run(&mut hashiya(&arabic_dev(shared, &ar_dev)))?;
    let ar_dev_path = ar_dev.to_string_lossy().into_owned();
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    run(&mut hashiya(&args(&[
        "eval",
        &ar,
        "--lang",
        "ar",
        "--dev-tail",
        "10",
        "--model",
        &ar_dev_path,
        "--min-f1",
        "75",
    ])))?;
    // The whole pipeline with that model (the test skips itself under a model that saw the split).
    run(Command::new("cargo")
        .args(["test", "--test", "ner_arabic_pipeline", "--", "--nocapture"])
        .env("HASHIYA_AR_MODEL", &ar_dev))?;
    run(&mut hashiya(&args(&["eval", &en, "--lang", "en", "--min-f1", "91.5"])))?;
    run(&mut hashiya(&args(&["eval-quotes", &quotes, "--min-f1", "85", "--min-speaker", "87"])))
}
