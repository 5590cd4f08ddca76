//! `hashiya train`: a linear-chain tagger over hashed features, trained as an averaged
//! structured perceptron or, with `--trainer crf`, as a CRF ([`crf`]; the Arabic model's).
//!
//! Deterministic: sentences are shuffled by a fixed-seed generator, hash maps are only
//! looked up (never iterated for order-sensitive work), and ties break the same way.
//! After training, weights are quantised to i8 with one scale, and features whose row is
//! all zero (or that were seen fewer than `--min-count` times) are dropped.

use std::collections::HashMap;
use std::time::Instant;

use super::conll::{self, Sentence};
use super::eval::{evaluate, flag, parse_lang, tail};
use super::features::{Extractor, Features};
use super::gazetteer::Gazetteer;
use super::gazetteer_files;
use super::labels::LABELS;
use super::lexicon::Lexicon;
use super::model::{self, viterbi, Model, Transitions, Weights};
use super::nonlocal::{self, DocStats};

mod crf;
mod exp;
use crate::lang::Lang;

struct Options {
    lang: Lang,
    data: String,
    dev: Option<String>,
    dev_tail: usize,
    gazetteers: Vec<String>,
    out: String,
    epochs: usize,
    min_count: u32,
    prune: i32,
    levels: i32,
    seed: u64,
    stages: usize,
    bags: usize,
    folds: usize,
    window: usize,
    /// `Some` trains each stage as a CRF ([`crf`]) instead of by perceptron updates.
    crf: Option<(f64, f64)>,
}

fn options(args: &[String]) -> Result<Options, String> {
    let usage = "usage: hashiya train --lang ar|en --data FILE.conll [--dev FILE.conll | --dev-tail PCT] \
                 [--gazetteers DIR]... --out model/xx.bin [--epochs N] [--min-count N] [--prune N] [--stages 1|2] \
                 [--trainer perceptron|crf] [--c2 X] [--eta0 X] [--levels N]";
    let num = |name: &str, default: u64| -> Result<u64, String> {
        flag(args, name).map_or(Ok(default), |v| v.parse().map_err(|e| format!("{name}: {e}")))
    };
    Ok(Options {
        lang: parse_lang(flag(args, "--lang").ok_or(usage)?)?,
        data: flag(args, "--data").ok_or(usage)?.to_string(),
        dev: flag(args, "--dev").map(str::to_string),
        dev_tail: num("--dev-tail", 0)? as usize,
        gazetteers: args
            .iter()
            .enumerate()
            .filter(|(_, a)| *a == "--gazetteers")
            .filter_map(|(i, _)| args.get(i + 1).cloned())
            .collect(),
        out: flag(args, "--out").ok_or(usage)?.to_string(),
        epochs: num("--epochs", 12)? as usize,
        min_count: num("--min-count", 2)? as u32,
        prune: num("--prune", 1)? as i32,
        levels: num("--levels", 31)? as i32,
        seed: num("--seed", 17)?,
        stages: num("--stages", 2)?.clamp(1, 2) as usize,
        folds: num("--folds", 5)?.max(2) as usize,
        bags: num("--bags", 1)?.clamp(1, 16) as usize,
        window: num("--doc-window", 20)?.max(1) as usize,
        crf: match flag(args, "--trainer") {
            None | Some("perceptron") => None,
            Some("crf") => {
                let real = |name: &str, default: f64| -> Result<f64, String> {
                    flag(args, name).map_or(Ok(default), |v| v.parse().map_err(|e| format!("{name}: {e}")))
                };
                Some((real("--c2", 1.0)?, real("--eta0", 0.1)?))
            }
            Some(other) => return Err(format!("--trainer: {other}: expected perceptron or crf")),
        },
    })
}

/// A small deterministic generator (xorshift64*), for shuffling.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, (self.next() % (i as u64 + 1)) as usize);
        }
    }
}

/// One training sentence as feature indices (`u32::MAX`: a feature that was pruned).
struct Example {
    features: Features,
    labels: Vec<u8>,
}

/// Perceptron state with lazy averaging: `avg = w - u / c`.
struct Perceptron {
    w: Vec<f32>,
    u: Vec<f32>,
    tw: Transitions,
    tu: Transitions,
    c: f32,
}

fn emissions(w: &[f32], ex: &Example, out: &mut Vec<[f32; LABELS]>) {
    out.clear();
    for i in 0..ex.features.len() {
        let mut s = [0f32; LABELS];
        for &f in ex.features.token(i) {
            if f != u32::MAX {
                let row = &w[f as usize * LABELS..][..LABELS];
                for (a, b) in s.iter_mut().zip(row) {
                    *a += b;
                }
            }
        }
        out.push(s);
    }
}

impl Perceptron {
    fn new(features: usize) -> Perceptron {
        Perceptron {
            w: vec![0.0; features * LABELS],
            u: vec![0.0; features * LABELS],
            tw: [[0.0; LABELS]; LABELS + 1],
            tu: [[0.0; LABELS]; LABELS + 1],
            c: 1.0,
        }
    }

    fn update(&mut self, ex: &Example, labels: &[u8], sign: f32) {
        let c = self.c;
        let mut prev = 0usize;
        for (i, &l) in labels.iter().enumerate() {
            for &f in ex.features.token(i) {
                if f != u32::MAX {
                    let at = f as usize * LABELS + l as usize;
                    self.w[at] += sign;
                    self.u[at] += sign * c;
                }
            }
            self.tw[prev][l as usize] += sign;
            self.tu[prev][l as usize] += sign * c;
            prev = l as usize + 1;
        }
    }

    fn averaged(&self) -> (Vec<f32>, Transitions) {
        let w = self.w.iter().zip(&self.u).map(|(w, u)| w - u / self.c).collect();
        let mut t = self.tw;
        for (row, urow) in t.iter_mut().zip(&self.tu) {
            for (a, u) in row.iter_mut().zip(urow) {
                *a -= u / self.c;
            }
        }
        (w, t)
    }
}

/// Trains on `examples` and returns the averaged weights: `--bags` models (perceptrons or
/// CRFs) on differently shuffled orders, averaged, since the order alone moves dev F1 by a
/// point or more and the average is steadier.
fn train(examples: &[&Example], features: usize, o: &Options, what: &str, start: Instant) -> (Vec<f32>, Transitions) {
    let mut sum_w = vec![0f32; features * LABELS];
    let mut sum_t: Transitions = [[0.0; LABELS]; LABELS + 1];
    for bag in 0..o.bags {
        let seed = o.seed + bag as u64;
        let (w, t) = match o.crf {
            Some((c2, eta0)) => {
                let settings = crf::Settings { epochs: o.epochs, seed, c2, eta0 };
                let out = crf::train(examples, features, &settings);
                eprintln!("{what}: CRF, {} epochs ({:.1}s)", o.epochs, start.elapsed().as_secs_f64());
                out
            }
            None => train_one(examples, features, o.epochs, seed, what, start),
        };
        if o.bags == 1 {
            return (w, t);
        }
        for (a, b) in sum_w.iter_mut().zip(&w) {
            *a += b / o.bags as f32;
        }
        for (ra, rb) in sum_t.iter_mut().zip(&t) {
            for (a, b) in ra.iter_mut().zip(rb) {
                *a += b / o.bags as f32;
            }
        }
    }
    (sum_w, sum_t)
}

fn train_one(
    examples: &[&Example],
    features: usize,
    epochs: usize,
    seed: u64,
    what: &str,
    start: Instant,
) -> (Vec<f32>, Transitions) {
    let mut p = Perceptron::new(features);
    let mut rng = Rng(seed.max(1));
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut scores = Vec::new();
    let mut predicted = Vec::new();
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        let (mut wrong, mut total) = (0usize, 0usize);
        for &i in &order {
            let ex = examples[i];
            emissions(&p.w, ex, &mut scores);
            viterbi(&scores, &p.tw, &mut predicted);
            total += ex.labels.len();
            let errors = predicted.iter().zip(&ex.labels).filter(|(a, b)| a != b).count();
            if errors > 0 {
                wrong += errors;
                p.update(ex, &ex.labels, 1.0);
                p.update(ex, &predicted, -1.0);
            }
            p.c += 1.0;
        }
        if epoch == epochs {
            eprintln!(
                "{what} (seed {seed}): epoch {epoch}/{}: train token errors {:.2}% ({:.1}s)",
                epochs,
                100.0 * wrong as f64 / total.max(1) as f64,
                start.elapsed().as_secs_f64()
            );
        }
    }
    p.averaged()
}

/// Keeps features seen at least `min_count` times and rewrites raw keys as indices.
fn index(raw: &[Features], labels: &[Vec<u8>], min_count: u32) -> (Vec<u32>, Vec<Example>) {
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for f in raw {
        for &k in &f.keys {
            *counts.entry(k).or_default() += 1;
        }
    }
    let mut keys: Vec<u32> = counts.iter().filter(|(_, &c)| c >= min_count).map(|(&k, _)| k).collect();
    keys.sort_unstable();
    let index: HashMap<u32, u32> = keys.iter().enumerate().map(|(i, &k)| (k, i as u32)).collect();
    let examples = raw
        .iter()
        .zip(labels)
        .map(|(f, l)| {
            let mut features = f.clone();
            for k in &mut features.keys {
                *k = index.get(k).copied().unwrap_or(u32::MAX);
            }
            Example { features, labels: l.clone() }
        })
        .collect();
    eprintln!("features: {} kept of {}", keys.len(), counts.len());
    (keys, examples)
}

/// Name lists and word lexicons (`lex-*` files) from the gazetteer folders.
fn gazetteer(lang: Lang, dirs: &[String]) -> Result<Gazetteer, String> {
    let mut lists = Vec::new();
    for dir in dirs {
        lists.extend(gazetteer_files::read_dir(dir)?);
    }
    let (lexicons, names): (Vec<_>, Vec<_>) = lists.into_iter().partition(|(class, _)| class.starts_with("lex-"));
    let mut gaz = Gazetteer::from_lists(names);
    gaz.lexicon = Lexicon::from_lists(lang, lexicons);
    Ok(gaz)
}

/// Quantises averaged weights to i8 rows, keeping rows with a non-zero weight.
fn quantise(keys: &[u32], w: &[f32], t: Transitions, prune: i32, levels: i32, clip: bool) -> Weights {
    // The scale maps the largest |w| to `levels`, or with `clip` the 99.99th percentile, the
    // rare larger weights clipping. A perceptron's few huge weights are noise, but a CRF's are
    // its strongest evidence (clipping them cost 8 F1 on CoNLL dev). Fewer levels compress
    // better; the tagger only needs the ranking of label scores.
    let mut mags: Vec<f32> = w.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
    mags.sort_by(f32::total_cmp);
    let clipped = if clip { mags.len() / 10_000 } else { 0 };
    let top = mags.get(mags.len().saturating_sub(1 + clipped)).copied().unwrap_or(1.0);
    let levels = levels.clamp(1, 127);
    let scale = (top / levels as f32).max(1e-6);
    let mut features: Vec<(u32, [i8; LABELS])> = Vec::new();
    for (i, &key) in keys.iter().enumerate() {
        let mut row = [0i8; LABELS];
        for (l, q) in row.iter_mut().enumerate() {
            let v = (w[i * LABELS + l] / scale).round().clamp(-levels as f32, levels as f32) as i32;
            *q = if v.abs() <= prune { 0 } else { v as i8 };
        }
        if row.iter().any(|&q| q != 0) {
            features.push((key, row));
        }
    }
    features.sort_unstable_by_key(|&(k, _)| k);
    Weights { scale, transitions: t, features }
}

pub fn train_command(args: &[String]) -> Result<(), String> {
    let o = options(args)?;
    let start = Instant::now();
    let gaz = gazetteer(o.lang, &o.gazetteers)?;
    eprintln!(
        "gazetteer: {} phrases in classes {:?}; lexicon: {} words in {:?}",
        gaz.len(),
        gaz.classes,
        gaz.lexicon.len(),
        gaz.lexicon.classes
    );
    let mut sentences = conll::read(&o.data)?;
    let dev: Vec<Sentence> = match (&o.dev, o.dev_tail) {
        (Some(path), _) => conll::read(path)?,
        (None, pct) if pct > 0 => {
            let dev = tail(sentences.clone(), pct);
            sentences.truncate(sentences.len() - dev.len());
            dev
        }
        _ => Vec::new(),
    };
    eprintln!("train: {} sentences; dev: {} sentences", sentences.len(), dev.len());
    // Recorded in the model, so that `hashiya eval` can tell a score on these from a held-out one.
    let trained_on =
        model::TrainedOn { sentences: sentences.len() as u32, fingerprint: model::fingerprint(&sentences) };

    // Raw feature keys and word keys of every sentence.
    let mut extractor = Extractor::new();
    let mut raw: Vec<Features> = Vec::with_capacity(sentences.len());
    let mut word_keys: Vec<Vec<(u64, bool)>> = Vec::with_capacity(sentences.len());
    for s in &sentences {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let mut features = Features::default();
        extractor.extract(o.lang, &gaz, &words, &mut features);
        let mut keys = Vec::new();
        extractor.word_keys(&mut keys);
        raw.push(features);
        word_keys.push(keys);
    }
    let gold: Vec<Vec<u8>> = sentences.iter().map(|s| s.labels.clone()).collect();
    let (keys, examples) = index(&raw, &gold, o.min_count);
    let all: Vec<&Example> = examples.iter().collect();
    let (w, t) = train(&all, keys.len(), &o, "stage 1", start);
    let mut stages = vec![quantise(&keys, &w, t, o.prune, o.levels, o.crf.is_none())];

    if o.stages == 2 {
        // Stage-1 labels for the training data come from models that did not see it
        // (k-fold over documents), so stage 2 learns how far to trust them.
        let docs: Vec<usize> = sentences
            .iter()
            .enumerate()
            .map(|(i, s)| if sentences.iter().any(|x| x.doc != sentences[0].doc) { s.doc } else { i / o.window })
            .collect();
        let mut first_pass: Vec<Vec<u8>> = vec![Vec::new(); examples.len()];
        for fold in 0..o.folds {
            let train_on: Vec<&Example> =
                examples.iter().zip(&docs).filter(|(_, d)| *d % o.folds != fold).map(|(e, _)| e).collect();
            let (w, t) = train(&train_on, keys.len(), &o, &format!("fold {}", fold + 1), start);
            let mut scores = Vec::new();
            for (i, ex) in examples.iter().enumerate().filter(|(i, _)| docs[*i] % o.folds == fold) {
                emissions(&w, ex, &mut scores);
                viterbi(&scores, &t, &mut first_pass[i]);
            }
        }
        let mut stacked: Vec<Features> = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            let end = (i..raw.len()).find(|&j| docs[j] != docs[i]).unwrap_or(raw.len());
            let words: Vec<(u64, bool)> = word_keys[i..end].concat();
            let labels: Vec<u8> = first_pass[i..end].concat();
            let stats = DocStats::new(&words, &labels);
            for j in i..end {
                let mut out = Features::default();
                nonlocal::stack(&raw[j], &word_keys[j], &first_pass[j], &stats, &mut out);
                stacked.push(out);
            }
            i = end;
        }
        let (keys2, examples2) = index(&stacked, &gold, o.min_count);
        let all2: Vec<&Example> = examples2.iter().collect();
        let (w2, t2) = train(&all2, keys2.len(), &o, "stage 2", start);
        stages.push(quantise(&keys2, &w2, t2, o.prune, o.levels, o.crf.is_none()));
    }

    let refs: Vec<&Weights> = stages.iter().collect();
    let bytes = model::to_bytes(o.lang, &gaz, trained_on, &refs);
    std::fs::write(&o.out, &bytes).map_err(|e| format!("cannot write {}: {e}", o.out))?;
    eprintln!(
        "wrote {}: {} bytes, features per stage {:?} ({:.1}s)",
        o.out,
        bytes.len(),
        stages.iter().map(|s| s.features.len()).collect::<Vec<_>>(),
        start.elapsed().as_secs_f64()
    );
    if !dev.is_empty() {
        let model = Model::from_bytes(&bytes)?;
        for doc_pass in [false, true] {
            let report = evaluate(&model, &dev, o.window, doc_pass);
            println!("dev ({}document pass):", if doc_pass { "with " } else { "no " });
            print!("{}", report.table());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shuffling_is_deterministic() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        Rng(17).shuffle(&mut a);
        Rng(17).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }

    #[test]
    fn quantisation_drops_empty_rows_and_keeps_sign() {
        let keys = [5u32, 9, 3];
        let mut w = vec![0f32; 3 * LABELS];
        w[0] = 2.0; // key 5, label O
        w[LABELS + 1] = -1.0; // key 9, label 1
        let q = quantise(&keys, &w, [[0.0; LABELS]; LABELS + 1], 0, 127, true);
        assert_eq!(q.features.len(), 2);
        assert_eq!(q.features[0].0, 5);
        assert!(q.features[0].1[0] > 0 && q.features[1].1[1] < 0);
    }
}
