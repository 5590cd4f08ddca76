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

/// CPU time of this thread (user + system) from /proc, when the system has it: on a
/// shared machine wall time also counts the time other jobs held the core.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split(' ').collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10)) // USER_HZ is 100 on Linux
}

/// Per run of `f` over about `budget`: the median wall time, and the mean CPU time.
fn measure(budget: Duration, mut f: impl FnMut()) -> (Duration, Option<Duration>) {
    f(); // warm-up: models load on first use
    let mut times = Vec::new();
    let cpu_start = thread_cpu();
    let started = Instant::now();
    while times.len() < 5 || (started.elapsed() < budget && times.len() < 100) {
        let t = Instant::now();
        f();
        times.push(t.elapsed());
    }
    let cpu = cpu_start.zip(thread_cpu()).map(|(a, b)| (b - a) / times.len() as u32);
    times.sort();
    (times[times.len() / 2], cpu)
}

fn main() {
    let load = Instant::now();
    let _ = ner::model_for(hashiya::Lang::Ar);
    let _ = ner::model_for(hashiya::Lang::En);
    println!("model parse (both languages): {:.1} ms", load.elapsed().as_secs_f64() * 1e3);
    println!("tokens per second, by wall time (median run) and by CPU time (mean run)");
    println!(
        "{:<10} {:>9} {:>12} {:>12} {:>14} {:>14}",
        "text", "tokens", "tag wall", "tag cpu", "annotate wall", "annotate cpu"
    );
    for (name, base) in [("ar-seed", SEED_AR), ("en-sample", SAMPLE_EN)] {
        let text = repeated(base, 1 << 20);
        let doc = Document::new(&text, None);
        let tokens = doc.tokens.len() as f64;
        let rate = |d: Duration| tokens / d.as_secs_f64();
        let cpu_rate =
            |d: Option<Duration>| d.filter(|d| !d.is_zero()).map_or("-".to_string(), |d| format!("{:.0}", rate(d)));
        let (tag, tag_cpu) = measure(Duration::from_secs(3), || {
            std::hint::black_box(ner::tag(std::hint::black_box(&doc)));
        });
        let (full, full_cpu) = measure(Duration::from_secs(3), || {
            std::hint::black_box(annotate(std::hint::black_box(&text), &Options::default()));
        });
        println!(
            "{name:<10} {:>9} {:>12.0} {:>12} {:>14.0} {:>14}",
            doc.tokens.len(),
            rate(tag),
            cpu_rate(tag_cpu),
            rate(full),
            cpu_rate(full_cpu)
        );
    }
}
