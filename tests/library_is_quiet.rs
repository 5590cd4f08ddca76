//! The library never writes to stdout or stderr: `hashiya annotate --jsonl` streams its
//! output on stdout, and the wasm build has no terminal. Only the command-line modules
//! (the CLI, training and the evaluation reports) print. A debugging `eprintln!` once
//! reached `main` in a rule module; this keeps it from happening again.

use std::path::Path;

/// Files that are allowed to print: they implement commands.
const PRINTING: &[&str] = &["src/cli/", "src/bin/", "src/ner/train", "src/ner/eval.rs", "src/quotes/eval.rs"];

fn visit(dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("readable source folder") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            visit(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).expect("inside the crate");
            let rel = rel.to_string_lossy().replace('\\', "/");
            if PRINTING.iter().any(|p| rel.starts_with(p)) {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("readable source file");
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                if ["println!", "eprintln!", "print!(", "eprint!(", "dbg!("].iter().any(|m| code.contains(m)) {
                    out.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
}

#[test]
fn no_library_module_prints() {
    let mut found = Vec::new();
    visit(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
    assert!(found.is_empty(), "printing outside the command modules:\n{}", found.join("\n"));
}
