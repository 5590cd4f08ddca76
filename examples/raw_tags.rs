//! The tagger's own mentions, before any rule of `annotate` reshapes them: one per line,
//! type and text. For telling a model error from a rule's.
//!
//!     cargo run --release --example raw_tags -- FILE

use hashiya::{ner, Document};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: raw_tags FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("raw_tags: cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let doc = Document::new(&text, None);
    for m in ner::tag(&doc) {
        println!("{:?} {}", m.kind, &text[m.span.start..m.span.end]);
    }
}
