//! Native throughput of the whole `annotate` pipeline, one core, Arabic and English,
//! plus a scaling check (1×, 2×, 4×, 8× the same text should take 1×, 2×, 4×, 8× the time).
//!
//! Run with `cargo bench --bench throughput` (or `cargo xtask bench`, which also runs the
//! wasm and browser benchmarks). Results go to stdout and `target/bench/native.json`.

use std::time::{Duration, Instant};

use hashiya::{annotate, Document, Options};

const SEED_AR: &str = include_str!("../tests/fixtures/seed/article.txt");
const SAMPLE_EN: &str = include_str!("../tests/fixtures/en/article.txt");

/// `text` repeated until it is at least `bytes` long, paragraphs kept apart.
fn repeated(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len());
    while out.len() < bytes {
        out.push_str(text);
        out.push('\n');
    }
    out
}

/// Median wall time of `annotate` on `text` over enough runs to fill about `budget`.
fn median_time(text: &str, budget: Duration) -> Duration {
    let options = Options::default();
    annotate(text, &options); // warm-up: models load lazily on first use
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < 5 || (started.elapsed() < budget && times.len() < 200) {
        let t = Instant::now();
        std::hint::black_box(annotate(std::hint::black_box(text), &options));
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let mut json = Vec::new();
    println!("native annotate throughput (one core, median)");
    println!("{:<10} {:>10} {:>10} {:>10} {:>14}", "text", "bytes", "tokens", "ms", "tokens/s");
    for (name, base) in [("ar-seed", SEED_AR), ("en-sample", SAMPLE_EN)] {
        let text = repeated(base, 1 << 20);
        let tokens = Document::new(&text, None).tokens.len();
        let time = median_time(&text, Duration::from_secs(3));
        let rate = tokens as f64 / time.as_secs_f64();
        println!("{name:<10} {:>10} {tokens:>10} {:>10.2} {rate:>14.0}", text.len(), time.as_secs_f64() * 1e3);
        json.push(format!(
            "{{\"bench\":\"throughput\",\"text\":\"{name}\",\"bytes\":{},\"tokens\":{tokens},\"ms\":{:.3},\"tokens_per_s\":{rate:.0}}}",
            text.len(),
            time.as_secs_f64() * 1e3
        ));
    }
    println!("\nscaling (mixed Arabic and English, median ms; the last column should stay flat)");
    let unit = repeated(&format!("{SEED_AR}\n{SAMPLE_EN}"), 256 << 10);
    let mut base_ms = 0.0;
    for factor in [1, 2, 4, 8] {
        let text = unit.repeat(factor);
        let ms = median_time(&text, Duration::from_secs(2)).as_secs_f64() * 1e3;
        if factor == 1 {
            base_ms = ms;
        }
        println!(
            "{factor}x {:>10} bytes {ms:>10.2} ms   {:.2} x-normalised",
            text.len(),
            ms / (base_ms * factor as f64)
        );
        json.push(format!("{{\"bench\":\"scaling\",\"factor\":{factor},\"bytes\":{},\"ms\":{ms:.3}}}", text.len()));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("native.json"), json.join("\n") + "\n");
    }
}
