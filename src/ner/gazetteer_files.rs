//! Loading gazetteer lists from text files (native only: training reads them by path).
//!
//! Every `*.txt` file in a folder is one list, one name per line; its class is the file
//! name up to the first `-` or `.`: `loc.txt`, `loc-cities.txt` → `loc`; `pers.txt` → `per`.
//! Files named `lex-CLASS…txt` are word lexicons, not name lists (see [`super::lexicon`]).

use std::path::Path;

/// Reads every list in `dir` as (class, names), in file-name order.
pub fn read_dir(dir: &str) -> Result<Vec<(String, Vec<String>)>, String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read gazetteer folder {dir}: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut lists = Vec::new();
    for path in paths {
        let class = class_of(&path);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let names = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#') && l.chars().any(char::is_alphabetic))
            .map(str::to_string)
            .collect();
        lists.push((class, names));
    }
    Ok(lists)
}

fn class_of(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let mut parts = stem.split(['-', '.']);
    let class = parts.next().unwrap_or(stem).to_lowercase();
    // Lexicons of ordinary words keep their own class: `lex-common.txt` → `lex-common`.
    if class == "lex" {
        return format!("lex-{}", parts.next().unwrap_or("common").to_lowercase());
    }
    if class == "pers" {
        "per".into()
    } else {
        class
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_come_from_file_names() {
        assert_eq!(class_of(Path::new("/x/pers.txt")), "per");
        assert_eq!(class_of(Path::new("loc-cities.txt")), "loc");
        assert_eq!(class_of(Path::new("misc.demonyms.txt")), "misc");
        assert_eq!(class_of(Path::new("lex-common-hunspell.txt")), "lex-common");
    }
}
