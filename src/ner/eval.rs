//! `hashiya eval FILE.conll`: conlleval-style exact-span precision, recall and F1.
//!
//! The file's own tokenisation is used (the model's features work on any word slice).
//! The document-level pass runs per document: `-DOCSTART-` documents when the file has
//! them, otherwise windows of `--doc-window` sentences (ANERcorp has no document marks).

use super::conll::{self, Sentence};
use super::docpass;
use super::labels::chunks;
use super::model::Model;
use super::tagger::Tagger;
use crate::annotations::EntityKind;
use crate::lang::Lang;

/// Counts per entity kind: (gold, predicted, correct).
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub counts: [(usize, usize, usize); 4],
    pub tokens: usize,
}

fn prf(gold: usize, pred: usize, correct: usize) -> (f64, f64, f64) {
    let p = if pred == 0 { 0.0 } else { 100.0 * correct as f64 / pred as f64 };
    let r = if gold == 0 { 0.0 } else { 100.0 * correct as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

impl Report {
    pub fn add(&mut self, gold: &[u8], predicted: &[u8]) {
        self.tokens += gold.len();
        let g = chunks(gold);
        let p = chunks(predicted);
        for &(_, _, k) in &g {
            self.counts[k as usize].0 += 1;
        }
        for c in &p {
            self.counts[c.2 as usize].1 += 1;
            if g.contains(c) {
                self.counts[c.2 as usize].2 += 1;
            }
        }
    }

    pub fn overall(&self) -> (f64, f64, f64) {
        let sum = self.counts.iter().fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        prf(sum.0, sum.1, sum.2)
    }

    pub fn table(&self) -> String {
        let mut out = format!("{:<8}{:>8}{:>8}{:>8}{:>8}{:>8}\n", "type", "gold", "pred", "P", "R", "F1");
        for kind in EntityKind::ALL {
            let (g, p, c) = self.counts[kind as usize];
            let (pp, rr, ff) = prf(g, p, c);
            out += &format!("{:<8}{g:>8}{p:>8}{pp:>8.2}{rr:>8.2}{ff:>8.2}\n", kind.label());
        }
        let sum = self.counts.iter().fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        let (p, r, f) = self.overall();
        out += &format!("{:<8}{:>8}{:>8}{p:>8.2}{r:>8.2}{f:>8.2}\n", "overall", sum.0, sum.1);
        out
    }
}

/// Splits sentences into documents: by `-DOCSTART-` when present, else fixed windows.
pub fn documents(sentences: &[Sentence], window: usize) -> Vec<&[Sentence]> {
    let has_docs = sentences.iter().any(|s| s.doc != sentences[0].doc);
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=sentences.len() {
        let cut = i == sentences.len()
            || if has_docs { sentences[i].doc != sentences[start].doc } else { i - start >= window.max(1) };
        if cut {
            out.push(&sentences[start..i]);
            start = i;
        }
    }
    out
}

/// Tags every sentence (with the document pass when `doc_pass`) and scores against gold.
pub fn evaluate(model: &Model, sentences: &[Sentence], window: usize, doc_pass: bool) -> Report {
    evaluate_with(model, sentences, window, doc_pass, false)
}

/// [`evaluate`], optionally printing every missed and spurious chunk to stderr.
pub fn evaluate_with(model: &Model, sentences: &[Sentence], window: usize, doc_pass: bool, errors: bool) -> Report {
    let mut tagger = Tagger::new(model);
    let mut report = Report::default();
    for doc in documents(sentences, window) {
        let owned: Vec<Vec<&str>> = doc.iter().map(|s| s.words.iter().map(String::as_str).collect()).collect();
        let slices: Vec<&[&str]> = owned.iter().map(Vec::as_slice).collect();
        let mut labels = tagger.tag_document(&slices);
        let words: Vec<&str> = owned.concat();
        if doc_pass {
            docpass::apply(model.lang, &words, &mut labels);
        }
        let mut at = 0;
        for s in doc {
            let predicted = &labels[at..at + s.words.len()];
            report.add(&s.labels, predicted);
            if errors {
                print_errors(s, predicted);
            }
            at += s.words.len();
        }
    }
    report
}

fn print_errors(s: &Sentence, predicted: &[u8]) {
    let gold = chunks(&s.labels);
    let pred = chunks(predicted);
    let text = |a: usize, b: usize| s.words[a..b].join(" ");
    for c in gold.iter().filter(|c| !pred.contains(c)) {
        let context = text(c.0.saturating_sub(3), (c.1 + 3).min(s.words.len()));
        eprintln!("missed   {:<5}{}    | {context}", c.2.label(), text(c.0, c.1));
    }
    for c in pred.iter().filter(|c| !gold.contains(c)) {
        let context = text(c.0.saturating_sub(3), (c.1 + 3).min(s.words.len()));
        eprintln!("spurious {:<5}{}    | {context}", c.2.label(), text(c.0, c.1));
    }
}

/// The last `percent` % of sentences (ANERcorp's dev split), or all when `percent` is 0.
pub fn tail(sentences: Vec<Sentence>, percent: usize) -> Vec<Sentence> {
    let cut = sentences.len() - tail_len(sentences.len(), percent);
    sentences.into_iter().skip(cut).collect()
}

/// How many of `n` sentences the last `percent` % are (all when `percent` is 0).
fn tail_len(n: usize, percent: usize) -> usize {
    if percent == 0 || percent >= 100 {
        n
    } else {
        n * percent / 100
    }
}

pub(crate) fn flag<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str)
}

pub(crate) fn parse_lang(s: &str) -> Result<Lang, String> {
    match s {
        "ar" => Ok(Lang::Ar),
        "en" => Ok(Lang::En),
        other => Err(format!("no model for language {other:?} (ar or en)")),
    }
}

/// `hashiya eval FILE.conll [--lang ar|en] [--dev-tail PCT] [--model FILE] [--doc-window N] [--no-doc-pass]`
pub fn eval_command(args: &[String]) -> Result<(), String> {
    let file = args.iter().enumerate().find(|(i, a)| {
        !a.starts_with("--")
            && (*i == 0
                || !args[i - 1].starts_with("--")
                || ["--no-doc-pass", "--errors"].contains(&args[i - 1].as_str()))
    });
    let file = file
        .map(|(_, a)| a.as_str())
        .ok_or("usage: hashiya eval FILE.conll [--lang ar|en] [--dev-tail PCT] [--min-f1 F]")?;
    let sentences = conll::read(file)?;
    let lang = match flag(args, "--lang") {
        Some(l) => parse_lang(l)?,
        None => guess_lang(&sentences),
    };
    let percent = flag(args, "--dev-tail").map(str::parse).transpose().map_err(|e| format!("--dev-tail: {e}"))?;
    let all = sentences.len();
    let window = flag(args, "--doc-window").map(str::parse).transpose().map_err(|e| format!("--doc-window: {e}"))?;
    let bytes = match flag(args, "--model") {
        Some(path) => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?,
        None if lang == Lang::Ar => super::AR_MODEL.to_vec(),
        None => super::EN_MODEL.to_vec(),
    };
    let model = Model::from_bytes(&bytes)?;
    let model = &model;
    let from = all - tail_len(all, percent.unwrap_or(0));
    let seen = model.trained_on.map_or(0, |t| t.overlap(&sentences, from));
    let sentences = tail(sentences, percent.unwrap_or(0));
    let seen_note = (seen > 0).then(|| {
        format!(
            "the model was trained on {seen} of these {} sentences: this is not a held-out score \
             (for one, train a model with --dev-tail and pass it with --model)",
            sentences.len()
        )
    });
    if let Some(note) = &seen_note {
        eprintln!("eval: warning: {note}");
    }
    let doc_pass = !args.iter().any(|a| a == "--no-doc-pass");
    let start = std::time::Instant::now();
    let errors = args.iter().any(|a| a == "--errors");
    let report = evaluate_with(model, &sentences, window.unwrap_or(20), doc_pass, errors);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{file}: {} sentences, {} tokens, {:.0} tokens/s",
        sentences.len(),
        report.tokens,
        report.tokens as f64 / secs
    );
    print!("{}", report.table());
    // A floor for regression checks (`cargo xtask test` with ../shared): fail below it.
    let floor = flag(args, "--min-f1").map(str::parse::<f64>).transpose().map_err(|e| format!("--min-f1: {e}"))?;
    let f1 = report.overall().2;
    match (floor, seen_note) {
        (Some(_), Some(note)) => Err(format!("eval: --min-f1 needs held-out sentences, and {note}")),
        (Some(floor), None) if f1 < floor => Err(format!("eval: overall F1 {f1:.2} is below the floor {floor}")),
        _ => Ok(()),
    }
}

fn guess_lang(sentences: &[Sentence]) -> Lang {
    let arabic = sentences
        .iter()
        .take(200)
        .flat_map(|s| &s.words)
        .filter(|w| w.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)))
        .count();
    if arabic > 0 {
        Lang::Ar
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_exact_spans_only() {
        let mut r = Report::default();
        // gold: PER(0..2) LOC(3); predicted: PER(0..1) LOC(3) ORG(4)
        r.add(&[1, 2, 0, 5, 0], &[1, 0, 0, 5, 3]);
        assert_eq!(r.counts[EntityKind::Per as usize], (1, 1, 0));
        assert_eq!(r.counts[EntityKind::Loc as usize], (1, 1, 1));
        assert_eq!(r.counts[EntityKind::Org as usize], (0, 1, 0));
        let (p, rec, f) = r.overall();
        assert!((p - 100.0 / 3.0).abs() < 1e-9 && (rec - 50.0).abs() < 1e-9 && (f - 40.0).abs() < 1e-9);
        assert!(r.table().contains("overall"));
    }

    #[test]
    fn documents_and_tail() {
        let s = |doc| Sentence { words: vec!["x".into()], labels: vec![0], doc };
        let with_docs = vec![s(1), s(1), s(2)];
        assert_eq!(documents(&with_docs, 20).iter().map(|d| d.len()).collect::<Vec<_>>(), [2, 1]);
        let flat: Vec<Sentence> = (0..5).map(|_| s(0)).collect();
        assert_eq!(documents(&flat, 2).iter().map(|d| d.len()).collect::<Vec<_>>(), [2, 2, 1]);
        assert_eq!(tail(flat, 40).len(), 2);
    }
}
