//! Reading CoNLL files: one token per line with its tag in the last column, a blank line
//! between sentences, `-DOCSTART-` lines between documents (CoNLL-2003). ANERcorp has
//! `word tag`; CoNLL-2003 has `word POS chunk tag`; tags may be IOB1 or IOB2.

use super::labels::labels_from_tags;

#[derive(Clone, Debug, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<u8>,
    /// Which document the sentence belongs to (counts `-DOCSTART-` lines).
    pub doc: usize,
}

/// Parses CoNLL text. Lines with a single column get the tag O.
pub fn parse(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut words = Vec::new();
    let mut tags: Vec<&str> = Vec::new();
    let mut doc = 0;
    let mut flush = |words: &mut Vec<String>, tags: &mut Vec<&str>, doc: usize| {
        if !words.is_empty() {
            out.push(Sentence { words: std::mem::take(words), labels: labels_from_tags(tags), doc });
            tags.clear();
        }
    };
    for line in text.lines() {
        let mut cols = line.split_whitespace();
        let Some(word) = cols.next() else {
            flush(&mut words, &mut tags, doc);
            continue;
        };
        if word == "-DOCSTART-" {
            flush(&mut words, &mut tags, doc);
            doc += 1;
            continue;
        }
        words.push(word.to_string());
        tags.push(cols.last().unwrap_or("O"));
    }
    flush(&mut words, &mut tags, doc);
    out
}

/// Reads and parses a CoNLL file.
pub fn read(path: &str) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Ok(parse(&text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_corpus_layouts() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\n-DOCSTART- -X- O O\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n";
        let s = parse(text);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["EU", "rejects"]);
        assert_eq!(s[0].labels, [3, 0]);
        assert_eq!(s[1].labels, [1, 2]);
        assert_eq!((s[0].doc, s[1].doc), (1, 2));
        let ar = parse("أعلن O\nاتحاد B-ORG\nصناعة I-ORG\n\n\nفي O\nألمانيا B-LOC");
        assert_eq!(ar.len(), 2);
        assert_eq!(ar[0].labels, [0, 3, 4]);
        assert_eq!(ar[1].labels, [0, 5]);
    }
}
