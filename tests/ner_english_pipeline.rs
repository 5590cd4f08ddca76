//! The whole English pipeline (`annotate`: tagger, document pass and every post-tagging rule)
//! scored on CoNLL-2003 dev. `hashiya eval` scores the tagger and its document pass only, on
//! the file's own tokens; this test rebuilds each document's text (tokens joined by spaces,
//! one sentence a line), annotates it, maps the entities back onto tokens and scores exact
//! spans and types. Skipped when the corpus is absent (a fresh clone has no ../shared).

use std::path::PathBuf;

use hashiya::{annotate, EntityKind, Lang, LangChoice, Options};

fn dev_file() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/en/conll2003-dev.conll");
    path.exists().then_some(path)
}

/// One document: its text, each token's byte range, and the gold chunks (token ranges).
struct Doc {
    text: String,
    tokens: Vec<(usize, usize)>,
    gold: Vec<(usize, usize, EntityKind)>,
}

fn documents(conll: &str) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut doc = Doc { text: String::new(), tokens: Vec::new(), gold: Vec::new() };
    let mut labels: Vec<Option<EntityKind>> = Vec::new();
    let mut begins: Vec<bool> = Vec::new();
    let mut at_line_start = true;
    let mut finish = |doc: &mut Doc, labels: &mut Vec<Option<EntityKind>>, begins: &mut Vec<bool>| {
        // IOB1 or IOB2: a chunk starts at B-, or at I- after another type or O.
        let mut i = 0;
        while i < labels.len() {
            let Some(kind) = labels[i] else {
                i += 1;
                continue;
            };
            let mut j = i + 1;
            while j < labels.len() && labels[j] == Some(kind) && !begins[j] {
                j += 1;
            }
            doc.gold.push((i, j, kind));
            i = j;
        }
        labels.clear();
        begins.clear();
        if !doc.tokens.is_empty() {
            docs.push(std::mem::replace(doc, Doc { text: String::new(), tokens: Vec::new(), gold: Vec::new() }));
        }
    };
    for line in conll.lines() {
        if line.starts_with("-DOCSTART-") {
            finish(&mut doc, &mut labels, &mut begins);
            at_line_start = true;
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.is_empty() {
            at_line_start = true;
            continue;
        }
        if !doc.text.is_empty() {
            doc.text.push(if at_line_start { '\n' } else { ' ' });
        }
        at_line_start = false;
        let start = doc.text.len();
        doc.text.push_str(fields[0]);
        doc.tokens.push((start, doc.text.len()));
        let label = fields[fields.len() - 1];
        labels.push(label.get(2..).and_then(EntityKind::from_label));
        begins.push(label.starts_with("B-"));
    }
    finish(&mut doc, &mut labels, &mut begins);
    docs
}

#[test]
fn annotate_scores_on_conll_dev() {
    let Some(path) = dev_file() else {
        eprintln!("skipped: no CoNLL-2003 dev file next to the repository");
        return;
    };
    let conll = std::fs::read_to_string(path).expect("readable dev file");
    let options = Options::default().with_lang(LangChoice::Fixed(Lang::En));
    let (mut gold, mut found, mut right) = (0usize, 0usize, 0usize);
    // HASHIYA_SHOW_ERRORS=1 lists the entities found that are not in the gold.
    let show_errors = std::env::var_os("HASHIYA_SHOW_ERRORS").is_some();
    for doc in documents(&conll) {
        let result = annotate(&doc.text, &options);
        let token_at_start = |b: usize| doc.tokens.iter().position(|t| t.0 == b);
        let token_at_end = |b: usize| doc.tokens.iter().position(|t| t.1 == b).map(|i| i + 1);
        gold += doc.gold.len();
        found += result.entities.len();
        for e in &result.entities {
            let is_right = match (token_at_start(e.span.start), token_at_end(e.span.end)) {
                (Some(a), Some(b)) => doc.gold.contains(&(a, b, e.kind)),
                _ => false,
            };
            right += usize::from(is_right);
            if !is_right && show_errors {
                eprintln!("wrong {:?} {}", e.kind, e.span.of(&doc.text));
            }
        }
    }
    let (p, r) = (right as f64 / found as f64, right as f64 / gold as f64);
    let f1 = 200.0 * p * r / (p + r);
    eprintln!("annotate on CoNLL-2003 dev: gold {gold}, found {found}, right {right}, F1 {f1:.2}");
    // Measured 91.33 with the English rules (88.17 without them; `hashiya eval`, which skips
    // them, says 92.04 on the file's own tokens); 91.40 before the guidelines' split of a name
    // from its participle ("Vienna-based" → "Vienna"), 91.04 with it: CoNLL keeps those 20 or
    // so tokens whole as MISC. A floor with room for a retrained model.
    assert!(gold > 5000, "the dev file parsed into {gold} entities");
    assert!(f1 >= 90.5, "annotate F1 on CoNLL dev fell to {f1:.2}");
}
