//! The pipeline: tokens and languages, then entities (types settled across the document),
//! then clusters, then quotes.

use crate::annotations::{Annotations, Paragraph};
use crate::document::Document;
use crate::options::{LangChoice, Options};

/// Annotates one plain-text document. Paragraphs are its lines.
///
/// ```
/// let text = "قال الكاظمي إن \"العراق لا يحتاج إلى قوات قتالية\".";
/// let found = hashiya::annotate(text, &hashiya::Options::default());
/// assert_eq!(found.lang.code(), "ar");
/// assert!(found.entities.iter().all(|e| text.is_char_boundary(e.span.start)));
/// ```
pub fn annotate(text: &str, options: &Options) -> Annotations {
    let forced = match options.lang {
        LangChoice::Auto => None,
        LangChoice::Fixed(lang) => Some(lang),
    };
    let doc = Document::with_hints(text, forced, &options.lang_hints);
    let mut mentions = crate::ner::tag(&doc);
    crate::not_names::drop_diseases(&doc, &mut mentions);
    crate::not_names::drop_sentence_adverbs(&doc, &mut mentions);
    crate::not_names::drop_ordinary_words(&doc, &mut mentions);
    crate::not_names::drop_generic_places(&doc, &mut mentions);
    crate::not_names::split_generic_bodies(&doc, &mut mentions);
    crate::outlets::complete(&doc, &mut mentions);
    crate::ministries::add(&doc, &mut mentions);
    crate::org_nisba::merge(&doc, &mut mentions);
    crate::org_nisba::split_described(&doc, &mut mentions);
    crate::org_person::split(&doc, &mut mentions);
    crate::cups::settle(&doc, &mut mentions);
    crate::titled_names::add(&doc, &mut mentions);
    crate::org_person::split_leading_bodies(&doc, &mut mentions);
    crate::name_tails::split_leading_places(&doc, &mut mentions);
    crate::named_heads::settle(&doc, &mut mentions);
    crate::sports_clubs::settle(&doc, &mut mentions);
    crate::name_tails::trim(&doc, &mut mentions);
    // Listed places first: official names and events are built around them.
    // Before the cities: a dateline's city counts as named for its repeats ("بمسقط").
    crate::arabic_datelines::mark_places(&doc, &mut mentions);
    crate::cities::mark(&doc, &mut mentions);
    crate::named_buildings::mark(&doc, &mut mentions);
    crate::official_names::add(&doc, &mut mentions);
    // Curated names, then the caller's own, win over what the model and the rules found.
    let mentions = crate::names::add_known(&doc, mentions);
    let mut mentions = crate::names::add(&doc, mentions, &options.extra_names);
    crate::acronyms::settle(&doc, &mut mentions);
    crate::stadiums::mark(&doc, &mut mentions);
    crate::blocs::mark(&doc, &mut mentions);
    crate::laws::mark(&doc, &mut mentions);
    crate::spelled_names::settle(&doc, &mut mentions);
    crate::company_words::settle(&doc, &mut mentions);
    crate::english::shapes::settle(&doc, &mut mentions);
    crate::english::name_links::join(&doc, &mut mentions);
    crate::english::compounds::split(&doc, &mut mentions);
    crate::english::coordination::split(&doc, &mut mentions);
    crate::english::coordination::agree(&doc, &mut mentions);
    crate::english::modifiers::extend(&doc, &mut mentions);
    crate::english::numbered::extend(&doc, &mut mentions);
    crate::english::heads::add_laws(&doc, &mut mentions);
    crate::english::heads::settle(&doc, &mut mentions);
    crate::english::heads::join_races(&doc, &mut mentions);
    crate::english::purposes::join(&doc, &mut mentions);
    crate::english::short_forms::settle(&doc, &mut mentions);
    crate::english::datelines::mark_places(&doc, &mut mentions);
    crate::english::platforms::mark(&doc, &mut mentions);
    let reported_people = crate::english::reported::people(&doc, &mut mentions);
    crate::retype::settle(&doc, &mut mentions, &reported_people);
    crate::english::surnames::add_missed(&doc, &mut mentions);
    crate::english::definite::settle(&doc, &mut mentions);
    crate::english::clubs::split_at_match_verbs(&doc, &mut mentions);
    crate::english::clubs::settle(&doc, &mut mentions);
    crate::country_nisba::settle(&doc, &mut mentions);
    crate::currency_words::mark(&doc, &mut mentions);
    crate::people_repeats::add(&doc, &mut mentions);
    crate::party_short_names::add(&doc, &mut mentions);
    crate::person_halves::join(&doc, &mut mentions);
    crate::works::mark(&doc, &mut mentions);
    crate::aircraft::mark(&doc, &mut mentions);
    let (entities, clusters) = crate::link::cluster(&doc, &mentions);
    let quotes = crate::quotes::find(&doc, &entities, &clusters);
    Annotations {
        lang: doc.lang,
        paragraphs: doc.blocks.iter().map(|b| Paragraph { span: b.span, lang: b.lang }).collect(),
        entities,
        quotes,
        clusters,
    }
}
