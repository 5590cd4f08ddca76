//! `cargo xtask train [SHARED]`: retrains the shipped models (`model/ar.bin`, `model/en.bin`)
//! from the corpora in `../shared` (or SHARED), with the recipe `model/README.md` documents.
//! Training is deterministic, so the corpus checks retrain into `target/` and compare.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::corpus;
use crate::run::{root, run};

/// The `hashiya train` arguments of a shipped model, writing to `out`. The Arabic model
/// learns from all of ANERcorp-train; its dev scores come from the same recipe with
/// `--dev-tail 10` (see [`arabic_dev`]). The English dev file is only reported, never learned.
pub fn recipe(lang: &str, shared: &Path, out: &Path) -> Vec<String> {
    let data = shared.join("data");
    let path = |p: PathBuf| p.to_string_lossy().into_owned();
    let mut args: Vec<String> = vec!["train".into(), "--lang".into(), lang.into()];
    match lang {
        "ar" => args.extend([
            "--data".into(),
            path(data.join("ar/anercorp-train.conll")),
            "--gazetteers".into(),
            path(data.join("ar/anergazet")),
            "--gazetteers".into(),
            "data/gazetteers/ar".into(),
            // A CRF beats the perceptron by 2 F1 on the Arabic CV and not on English.
            "--trainer".into(),
            "crf".into(),
            "--levels".into(),
            "63".into(),
        ]),
        _ => args.extend([
            "--data".into(),
            path(data.join("en/conll2003-train.conll")),
            "--dev".into(),
            path(data.join("en/conll2003-dev.conll")),
            "--gazetteers".into(),
            "data/gazetteers/en".into(),
        ]),
    }
    args.extend(["--out".into(), path(out.to_path_buf())]);
    args
}

/// The Arabic recipe without the last 10 % of ANERcorp-train: the model its dev scores are of.
pub fn arabic_dev(shared: &Path, out: &Path) -> Vec<String> {
    let mut args = recipe("ar", shared, out);
    args.extend(["--dev-tail".into(), "10".into()]);
    args
}

/// `hashiya` built in release mode, with `args`.
pub fn hashiya(args: &[String]) -> Command {
    let mut cmd = Command::new("cargo");
    cmd.args(["run", "--quiet", "--release", "--bin", "hashiya", "--"]).args(args);
    cmd
}

pub fn train(args: &[String]) -> Result<(), String> {
    let shared = match args {
        [] => corpus::shared().ok_or("no ../shared beside the repository: pass its path")?,
        [dir] => PathBuf::from(dir),
        _ => return Err("usage: cargo xtask train [SHARED]".into()),
    };
    for lang in ["ar", "en"] {
        let out = root().join("model").join(format!("{lang}.bin"));
        run(&mut hashiya(&recipe(lang, &shared, &out)))?;
    }
    Ok(())
}
