//! A page in one language parses only that language's model: the Arabic model, the larger,
//! costs about 58M instructions to parse (a fifth of annotating a long article), which an
//! English page should never pay. One test in its own process, since the models stay loaded.

use hashiya::{annotate, ner, Lang, Options};

#[test]
fn an_english_page_never_parses_the_arabic_model() {
    assert!(!ner::is_loaded(Lang::Ar) && !ner::is_loaded(Lang::En));
    let text = "Prime Minister Keir Starmer met officials in London on Monday, Reuters reported. \
                \"We will keep talking,\" Starmer said.";
    let found = annotate(text, &Options::default());
    assert!(found.entities.iter().any(|e| e.span.of(text) == "Keir Starmer"));
    assert!(ner::is_loaded(Lang::En));
    assert!(!ner::is_loaded(Lang::Ar), "an English page parsed the Arabic model");
    // An Arabic paragraph later in the same process loads it then.
    let arabic = "قال الرئيس الأمريكي دونالد ترامب في واشنطن إن المحادثات ستستمر.";
    let found = annotate(arabic, &Options::default());
    assert!(found.entities.iter().any(|e| e.span.of(arabic) == "دونالد ترامب"));
    assert!(ner::is_loaded(Lang::Ar));
}
