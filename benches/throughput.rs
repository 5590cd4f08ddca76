//! Native throughput of hashiya's core with criterion, one core, in tokens/s, on the same
//! inputs as `bench/node.mjs` and `bench/chromium.mjs` (the seed article and the English
//! sample, each repeated to 256 KB): the whole `annotate`, entity tagging alone (`ner::tag`
//! on a tokenised document) and quote finding alone (`quotes::find` given the entities),
//! plus scaling (1×, 2×, 4×, 8× the same mixed text should take 1×, 2×, 4×, 8× the time).
//!
//! Run with `cargo bench --bench throughput` (or `cargo xtask bench`, which runs it beside the
//! wasm benchmarks and prints one report). Criterion keeps its estimates under
//! `target/criterion/`; the medians are also written as JSON lines to `target/bench/native.json`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput};
use hashiya::{annotate, ner, quotes, Document, Options};

const SEED_AR: &str = include_str!("../tests/fixtures/seed/article.txt");
const SAMPLE_EN: &str = include_str!("../tests/fixtures/en/article.txt");
const SIZE: usize = 256 << 10;
const TEXTS: [(&str, &str); 2] = [("Arabic", SEED_AR), ("English", SAMPLE_EN)];
const FACTORS: [usize; 4] = [1, 2, 4, 8];

/// `text` repeated until it is at least `bytes` long, paragraphs kept apart (as bench/node.mjs does).
fn repeated(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len());
    while out.len() < bytes {
        out.push_str(text);
        out.push('\n');
    }
    out
}

/// Tokens as the wasm benchmarks count them (`/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu`), so
/// every rate in the report divides the same number: runs of letters, marks and digits, and
/// each other non-space character. std has no mark class: the combining blocks stand in for it.
fn count_tokens(text: &str) -> u64 {
    let word = |c: char| {
        c.is_alphanumeric()
            || matches!(c, '\u{300}'..='\u{36F}' | '\u{610}'..='\u{61A}' | '\u{64B}'..='\u{65F}' | '\u{670}'
                | '\u{6D6}'..='\u{6ED}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}'
                | '\u{FE20}'..='\u{FE2F}')
    };
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        if word(c) {
            count += u64::from(!in_word);
            in_word = true;
        } else {
            count += u64::from(!c.is_whitespace());
            in_word = false;
        }
    }
    count
}

/// A group timed by whole runs (each run of `annotate` on 256 KB takes tens of milliseconds).
fn group<'c>(c: &'c mut Criterion, name: &str) -> BenchmarkGroup<'c, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    group
}

fn throughput(c: &mut Criterion) {
    let options = Options::default();
    let texts: Vec<(&str, String)> = TEXTS.iter().map(|(name, base)| (*name, repeated(base, SIZE))).collect();
    // Models load lazily on first use: load them outside every measurement.
    for (_, text) in &texts {
        annotate(text, &options);
    }

    let mut whole = group(c, "annotate");
    for (name, text) in &texts {
        whole.throughput(Throughput::Elements(count_tokens(text)));
        whole.bench_function(*name, |b| b.iter(|| annotate(std::hint::black_box(text), &options)));
    }
    whole.finish();

    let mut tagging = group(c, "ner");
    for (name, text) in &texts {
        let doc = Document::new(text, None);
        tagging.throughput(Throughput::Elements(count_tokens(text)));
        tagging.bench_function(*name, |b| b.iter(|| ner::tag(std::hint::black_box(&doc))));
    }
    tagging.finish();

    let mut quoting = group(c, "quotes");
    for (name, text) in &texts {
        let doc = Document::new(text, None);
        let found = annotate(text, &options);
        quoting.throughput(Throughput::Elements(count_tokens(text)));
        quoting.bench_function(*name, |b| {
            b.iter(|| quotes::find(std::hint::black_box(&doc), &found.entities, &found.clusters))
        });
    }
    quoting.finish();
}

fn scaling(c: &mut Criterion) {
    let options = Options::default();
    let unit = repeated(&format!("{SEED_AR}\n{SAMPLE_EN}"), SIZE);
    let mut scaling = group(c, "scaling");
    scaling.sample_size(10);
    for factor in FACTORS {
        let text = unit.repeat(factor);
        scaling.throughput(Throughput::Bytes(text.len() as u64));
        scaling.bench_function(format!("{factor}x"), |b| b.iter(|| annotate(std::hint::black_box(&text), &options)));
    }
    scaling.finish();
}

/// Where criterion keeps its results: `$CRITERION_HOME`, set by `main` when unset.
fn criterion_home() -> PathBuf {
    std::env::var_os("CRITERION_HOME").map(PathBuf::from).unwrap_or_else(|| {
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
        target.join("criterion")
    })
}

/// Criterion's median time per run of one benchmark, in seconds, from its latest estimates.
fn median_seconds(home: &Path, group: &str, id: &str) -> Option<f64> {
    let file = home.join(group).join(id).join("new/estimates.json");
    let estimates: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file).ok()?).ok()?;
    Some(estimates["median"]["point_estimate"].as_f64()? * 1e-9)
}

/// The medians of this run as JSON lines beside bench/node.mjs's and bench/chromium.mjs's.
fn write_summary(home: &Path) {
    let mut lines = Vec::new();
    for (group, label) in [("annotate", "annotate"), ("ner", "ner::tag only"), ("quotes", "quotes::find only")] {
        for (name, base) in TEXTS {
            let text = repeated(base, SIZE);
            let tokens = count_tokens(&text);
            let Some(seconds) = median_seconds(home, group, name) else { continue };
            lines.push(serde_json::json!({
                "bench": "native", "stage": group, "name": format!("hashiya native {label}, {name}"), "lang": name,
                "bytes": text.len(), "tokens": tokens, "ms": round3(seconds * 1e3),
                "tokens_per_s": (tokens as f64 / seconds).round(),
            }));
        }
    }
    let unit_len = repeated(&format!("{SEED_AR}\n{SAMPLE_EN}"), SIZE).len();
    let base = median_seconds(home, "scaling", "1x");
    for factor in FACTORS {
        let (Some(base), Some(seconds)) = (base, median_seconds(home, "scaling", &format!("{factor}x"))) else {
            continue;
        };
        lines.push(serde_json::json!({
            "bench": "native", "stage": "scaling", "name": format!("scaling {factor}x"), "factor": factor,
            "bytes": unit_len * factor, "ms": round3(seconds * 1e3), "normalised": round3(seconds / (base * factor as f64)),
        }));
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    let body: String = lines.iter().map(|line| format!("{line}\n")).collect();
    match std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(dir.join("native.json"), body)) {
        Ok(()) => println!("native medians: {} rows in {}", lines.len(), dir.join("native.json").display()),
        Err(error) => eprintln!("cannot write {}: {error}", dir.display()),
    }
}

fn round3(x: f64) -> f64 {
    (x * 1e3).round() / 1e3
}

fn main() {
    let home = criterion_home();
    // Pins criterion's output to the folder read back below (its own default, in the usual case).
    std::env::set_var("CRITERION_HOME", &home);
    let mut c = Criterion::default().configure_from_args();
    throughput(&mut c);
    scaling(&mut c);
    c.final_summary();
    // `--test` (one unmeasured run of each), `--list` and filtered runs leave no fresh full set.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if args.is_empty() {
        write_summary(&home);
    }
}
