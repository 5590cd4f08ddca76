//! An Arabic page parses only the Arabic model (see `models_load_lazily.rs`; a process of its
//! own, since the models stay loaded).

use hashiya::{annotate, ner, Lang, Options};

#[test]
fn an_arabic_page_never_parses_the_english_model() {
    let text = "قال الرئيس الأمريكي دونالد ترامب في واشنطن إن المحادثات ستستمر. \
                وأضاف ترامب: \"سنواصل العمل مع شركائنا\".";
    let found = annotate(text, &Options::default());
    assert!(found.entities.iter().any(|e| e.span.of(text) == "دونالد ترامب"));
    assert!(ner::is_loaded(Lang::Ar));
    assert!(!ner::is_loaded(Lang::En), "an Arabic page parsed the English model");
}
