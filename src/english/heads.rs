//! What the last word of a name says about the whole, where the tagger read an unseen name
//! word by word:
//! - a facility or geographic head ("Emirates Stadium", "Heathrow Airport", "Elland Road",
//!   "Silicon Valley") makes a place, though a sponsor's or a person's name comes first; in
//!   CoNLL-2003's training data names with these heads are places 62 times in 66 (the others:
//!   "World Bridge", a contest, and annotation slips). Sports clubs named after places
//!   ("Crystal Palace", "Queen's Park", "Manchester City") keep their type: palace, park and
//!   city are not heads here;
//! - a company head ("Adani Green Energy", "SoftBank Group", "Nippon Steel Corp") makes a
//!   work or a person the tagger saw in an unseen name an organisation;
//! - "Act" makes a law, MISC ("Digital Markets Act", which the tagger read as an agency);
//!   CoNLL-2003 tags both of its "Act"s MISC. An event's or a prize's head makes an event,
//!   MISC as the guidelines ask ("Red Sea International Film Festival", "Academy Awards",
//!   which the tagger read as organisations): CoNLL-2003's training names ending in Cup,
//!   Championship(s), Olympics, Prize and Trophy are MISC 140 times in 140;
//! - an organisation head ("Social Democratic Party", "European Commission") leaves a leading
//!   "The" outside the name: 26 times in 27 in CoNLL-2003. Newspapers keep it ("The Times",
//!   "The Washington Post"), as they are written.

use super::{gazetteer, is_english, is_first_name, tokens_of};
use crate::annotations::EntityKind;
use crate::document::Document;
use crate::ner::triggers;
use crate::ner::Mention;
use crate::span::Span;
use crate::text::normalize::{fold, FoldedWords};

/// Last words that make a name a place.
static PLACE_HEADS: FoldedWords = FoldedWords::new(&[
    "stadium",
    "arena",
    "airport",
    "bridge",
    "street",
    "road",
    "avenue",
    "square",
    "sea",
    "bay",
    "river",
    "valley",
    "mountains",
    "lake",
    "ocean",
    "gulf",
    "island",
    "islands",
    "canal",
    "strait",
    "circuit",
    "zone",
]);

/// Place heads no surname is spelled like: a name before them is the building's.
static FACILITY_HEADS: FoldedWords = FoldedWords::new(&["stadium", "arena", "airport", "circuit", "avenue", "square"]);

/// Words before "Circuit" that make it a court of appeals ("the Ninth Circuit", an
/// organisation in CoNLL-2003), not a race track ("Yas Marina Circuit").
static COURT_CIRCUITS: FoldedWords = FoldedWords::new(&[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "federal", "d.c.",
]);

/// Last words that make a name a company ("Adani Green Energy", "Tokyo Electron Holdings"),
/// where the tagger called it a work or a person; a place keeps its type ("West Bank").
static COMPANY_HEADS: FoldedWords = FoldedWords::new(&[
    "energy",
    "group",
    "holdings",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "plc",
    "airlines",
    "airways",
    "motors",
    "pharmaceuticals",
    "technologies",
    "bancorp",
]);

/// Last words that make a name a law or a treaty, MISC ("Digital Markets Act", "Indus Waters
/// Treaty", "Abraham Accords", "Paris Agreement": CoNLL-2003 tags its agreements MISC), written
/// with their capital.
const LAW_HEADS: [&str; 6] = ["Act", "Treaty", "Accord", "Accords", "Agreement", "Protocol"];

/// Last words of an armed service's name.
const ARMED_SERVICES: [&str; 4] = [" Air Force", " Navy", " Army", " Coast Guard"];

/// Last words that make a name an event or a prize.
static EVENT_HEADS: FoldedWords = FoldedWords::new(&[
    "festival",
    "awards",
    "award",
    "prize",
    "cup",
    "championship",
    "championships",
    "olympics",
    "trophy",
    "biennale",
]);

/// Longest mention the head rules read, in tokens: a longer one is a headline in title case
/// the tagger took whole, not a name ("Trump Says His Plan Will Not Allow People To Die On
/// The Street").
const MAX_NAME_TOKENS: usize = 6;

/// Organisation heads of newspaper names, which keep their "The".
static MEDIA_HEADS: FoldedWords = FoldedWords::new(&["times", "post", "news", "journal", "herald", "tribune"]);

/// Applies both head rules (see the module comment) to English mentions.
pub fn settle(doc: &Document, mentions: &mut [Mention]) {
    widen_laws(doc, mentions);
    for m in mentions.iter_mut() {
        place_opener(doc, m);
        leave_article_out(doc, m);
        leave_common_tail_out(doc, m);
        // Only names with a head word or a leading "The" concern these rules: a cheap look at
        // the text first.
        let text = m.span.of(doc.text);
        // A named military operation is an event ("Operation Sindoor", read as a person).
        if text.starts_with("Operation ") && text[10..].starts_with(char::is_uppercase) {
            m.kind = EntityKind::Misc;
            continue;
        }
        // An armed service is an organisation, its nationality with it ("Indian Air Force").
        if m.kind == EntityKind::Misc && ARMED_SERVICES.iter().any(|s| text.ends_with(s)) && text.contains(' ') {
            m.kind = EntityKind::Org;
            continue;
        }
        let last_word = text.rsplit(char::is_whitespace).next().unwrap_or("");
        let last_word = last_word.trim_end_matches('.');
        if !text.starts_with("The ")
            && !PLACE_HEADS.contains(last_word)
            && !COMPANY_HEADS.contains(last_word)
            && !LAW_HEADS.contains(&last_word)
            && !EVENT_HEADS.contains(last_word)
        {
            continue;
        }
        let tokens = tokens_of(doc, m.span);
        // A coordination the tagger merged ("Kansai Electric Power and Kansai International
        // Airport") has no single head.
        if tokens.len() < 2
            || tokens.len() > MAX_NAME_TOKENS
            || !is_english(doc, tokens.start)
            || tokens.clone().any(|t| doc.word(t) == "and")
        {
            continue;
        }
        let last = doc.word(tokens.end - 1);
        // Written as a name: "Stadium", not "stadium" after a name ("Wembley stadium").
        let capitalised = last.starts_with(char::is_uppercase);
        // "Michael Bay", "Ricki Lake": a person whose surname is a head word.
        // Not so for a building: "Rod Laver Arena", "John Lennon Airport" are named after people.
        let given_name = m.kind == EntityKind::Per
            && !FACILITY_HEADS.contains(last)
            && gazetteer(doc).is_some_and(|g| is_first_name(g, &fold(doc.word(tokens.start))));
        let court = last == "Circuit" && COURT_CIRCUITS.contains(doc.word(tokens.end - 2));
        if capitalised && m.kind != EntityKind::Loc && !given_name && !court && PLACE_HEADS.contains(last) {
            m.kind = EntityKind::Loc;
        }
        if LAW_HEADS.contains(&last) && matches!(m.kind, EntityKind::Org | EntityKind::Per | EntityKind::Loc) {
            m.kind = EntityKind::Misc;
        }
        if capitalised && EVENT_HEADS.contains(last) {
            m.kind = EntityKind::Misc;
        }
        let company_head = COMPANY_HEADS.contains(last.trim_end_matches('.'));
        if capitalised && matches!(m.kind, EntityKind::Misc | EntityKind::Per) && company_head {
            m.kind = EntityKind::Org;
        }
        let folded_last = fold(last);
        let organisation = triggers::classes(&folded_last) & triggers::ORG_HEAD != 0;
        if m.kind == EntityKind::Org
            && tokens.len() >= 3
            && doc.word(tokens.start) == "The"
            && organisation
            && !MEDIA_HEADS.contains_folded(&folded_last)
        {
            m.span = Span::new(doc.tokens[tokens.start + 1].span.start, m.span.end);
        }
    }
}

/// First words of Arabic place names written in English ("Kfar Kila", "Bint Jbeil", "Deir
/// al-Balah", "Marsa Matrouh", "Wadi Halfa"): village, daughter, monastery, anchorage, valley.
/// Not "Khan" (a surname 31 times in 32 in CoNLL-2003), "Umm" ("Umm Kulthum"), "Ras" or "Sidi",
/// which open people's names too.
static PLACE_OPENERS: FoldedWords =
    FoldedWords::new(&["kfar", "bint", "deir", "marsa", "wadi", "jabal", "jebel", "bir", "ain", "tel", "beit"]);

/// A "person" of two words or more whose first word opens Arabic place names is that place:
/// the tagger reads the unseen second word as a surname.
fn place_opener(doc: &Document, m: &mut Mention) {
    if m.kind != EntityKind::Per {
        return;
    }
    let text = m.span.of(doc.text);
    if let Some((first, _)) = text.split_once(' ') {
        if first.starts_with(char::is_uppercase) && PLACE_OPENERS.contains(first) {
            m.kind = EntityKind::Loc;
        }
    }
}

/// Most capitalised words a law's name takes before the words the tagger found.
const MAX_LAW_WORDS: usize = 3;

/// A law's name takes the capitalised words right before it that the tagger left out:
/// "Affordable [Care Act]" (it read "Affordable" as the ordinary word). Not a word that opens
/// the sentence, capitalised for that alone ("Under Clean Air Act rules").
fn widen_laws(doc: &Document, mentions: &mut [Mention]) {
    for i in 0..mentions.len() {
        let m = mentions[i];
        if !m.span.of(doc.text).ends_with(" Act") {
            continue;
        }
        let first = tokens_of(doc, m.span).start;
        let free_from = if i > 0 { mentions[i - 1].span.end } else { 0 };
        let start = law_words_before(doc, first, |t| doc.tokens[t].span.start < free_from);
        mentions[i].span = Span::new(doc.tokens[start].span.start, m.span.end);
    }
}

/// The first of the capitalised words right before token `first` that a law's name takes, at
/// most [`MAX_LAW_WORDS`]: not "The", not a word capitalised for opening the sentence ("Under
/// Clean Air Act rules"), none that `taken` says another name holds.
fn law_words_before(doc: &Document, first: usize, taken: impl Fn(usize) -> bool) -> usize {
    let mut start = first;
    while start > 0 && first - start < MAX_LAW_WORDS {
        let t = start - 1;
        let word = doc.word(t);
        let opens_sentence = t == 0 || matches!(doc.word(t - 1), "." | "!" | "?" | ":" | "\"" | "“");
        let capitalised = word.starts_with(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase);
        if !capitalised
            || word == "The"
            || opens_sentence
            || taken(t)
            || !doc.only_spaces_between(doc.tokens[t].span.end, doc.tokens[start].span.start)
        {
            break;
        }
        start = t;
    }
    start
}

/// Adds the laws the tagger left untagged: "Act" and the capitalised words before it, with a
/// place or body right before them ("the Nigeria Tax Act": the tagger found "Nigeria" alone).
pub fn add_laws(doc: &Document, mentions: &mut Vec<Mention>) {
    let mut found: Vec<Mention> = Vec::new();
    for (t, token) in doc.tokens.iter().enumerate() {
        if doc.word(t) != "Act" || !is_english(doc, t) {
            continue;
        }
        let covered = |start: usize, end: usize| mentions.iter().any(|m| m.span.start < end && m.span.end > start);
        if covered(token.span.start, token.span.end) {
            continue;
        }
        let start = law_words_before(doc, t, |u| covered(doc.tokens[u].span.start, doc.tokens[u].span.end));
        if start == t {
            continue;
        }
        let mut span = Span::new(doc.tokens[start].span.start, token.span.end);
        // A place or body the tagger found right before opens the law's name.
        if let Some(body) = mentions.iter().find(|m| {
            m.span.end <= span.start
                && doc.only_spaces_between(m.span.end, span.start)
                && matches!(m.kind, EntityKind::Loc | EntityKind::Org)
                && !m.span.of(doc.text).contains(' ')
        }) {
            span.start = body.span.start;
        }
        found.push(Mention { span, kind: EntityKind::Misc });
    }
    if !found.is_empty() {
        crate::ner::replace_overlapping(mentions, found);
    }
}

/// First words of titles the tagger runs a name into, and the words that go on with them:
/// "Abu Dhabi Crown" + "Prince", "Senate Majority" + "Leader".
const TITLE_OPENERS: [(&str, &[&str]); 3] =
    [(" Crown", &["Prince ", "Princess "]), (" Majority", &["Leader ", "Whip "]), (" Minority", &["Leader ", "Whip "])];

/// A place or a nationality right before "Grand Prix" names the race with it: "Abu Dhabi
/// Grand Prix", "Belgian Grand Prix" are one event (the tagger splits them as CoNLL-2003 does
/// about half the time). And "Crown" before "Prince" is the title's, not the name's: "Abu
/// Dhabi Crown" + "Prince Sheikh Khaled" gives the place `Abu Dhabi`; so is "Majority" before
/// "Leader" ("Senate Majority Leader John Thune" gives the organisation `Senate`).
pub fn join_races(doc: &Document, mentions: &mut Vec<Mention>) {
    for m in mentions.iter_mut() {
        let text = m.span.of(doc.text);
        let next = doc.text[m.span.end..].trim_start_matches(' ');
        let Some((head, crown)) = TITLE_OPENERS.iter().find_map(|(opener, rest)| {
            let head = text.strip_suffix(opener)?;
            rest.iter().any(|r| next.starts_with(r)).then_some((head, *opener == " Crown"))
        }) else {
            continue;
        };
        if m.kind != EntityKind::Per {
            m.span = Span::new(m.span.start, m.span.start + head.len());
            if crown {
                m.kind = if crate::names::is_english_demonym(head) { EntityKind::Misc } else { EntityKind::Loc };
            }
        }
    }
    // One pass into a new list: a page may hold many races.
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for race in mentions.drain(..) {
        let race_text = race.span.of(doc.text);
        let joins = |first: &Mention| {
            matches!(first.kind, EntityKind::Loc | EntityKind::Misc)
                && race.kind == EntityKind::Misc
                && (race_text == "Grand Prix" || race_text.starts_with("Grand Prix "))
                && doc.only_spaces_between(first.span.end, race.span.start)
        };
        // A trophy named after a person ("Norman Brookes" + "Challenge Cup"): the person's full
        // name right before an event's head word is the trophy's.
        let names_the_trophy = |first: &Mention| {
            let last_word = race_text.rsplit(' ').next().unwrap_or("");
            let person = first.span.of(doc.text);
            matches!(first.kind, EntityKind::Per | EntityKind::Org)
                && race.kind == EntityKind::Misc
                && EVENT_HEADS.contains(last_word)
                && person.contains(' ')
                && doc.only_spaces_between(first.span.end, race.span.start)
                && gazetteer(doc).is_some_and(|g| is_first_name(g, &fold(person.split(' ').next().unwrap_or(""))))
        };
        match out.last_mut() {
            Some(first) if joins(first) || names_the_trophy(first) => {
                *first = Mention { span: Span::new(first.span.start, race.span.end), kind: EntityKind::Misc };
            }
            _ => out.push(race),
        }
    }
    *mentions = out;
}

/// A lowercase word of four letters or more ends no English name: "European rules" is the
/// nationality and a noun ("discriminatory European rules."). Short particles ("de", "van",
/// "bin", "al") and words with a capital inside ("iPhone") are not touched.
fn leave_common_tail_out(doc: &Document, m: &mut Mention) {
    let text = m.span.of(doc.text);
    let Some((name, last)) = text.rsplit_once(' ') else { return };
    let common = last.len() >= 4 && last.bytes().all(|b| b.is_ascii_lowercase());
    if common && name.starts_with(|c: char| c.is_ascii_uppercase()) && is_english(doc, tokens_of(doc, m.span).start) {
        m.span = Span::new(m.span.start, m.span.start + name.trim_end().len());
    }
}

/// An indefinite article is never part of an organisation's or a place's name (CoNLL-2003
/// has none in 2,600 of them): "An Istanbul court" gives "Istanbul", a place when the
/// gazetteer lists it.
fn leave_article_out(doc: &Document, m: &mut Mention) {
    if m.kind == EntityKind::Per {
        return;
    }
    let text = m.span.of(doc.text);
    let Some(rest) = text.strip_prefix("An ").or_else(|| text.strip_prefix("A ")) else { return };
    if !rest.starts_with(char::is_uppercase) {
        return;
    }
    m.span = Span::new(m.span.end - rest.len(), m.span.end);
    if !rest.contains(' ') {
        if let Some(kind) = gazetteer(doc).and_then(|g| super::gazetteer_kind(g, &fold(rest))) {
            m.kind = kind;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn run(text: &str, name: &str, kind: EntityKind) -> (String, EntityKind) {
        let doc = Document::new(text, Some(Lang::En));
        let start = text.find(name).expect("name in text");
        let mut mentions = vec![Mention { span: Span::new(start, start + name.len()), kind }];
        settle(&doc, &mut mentions);
        (mentions[0].span.of(text).to_string(), mentions[0].kind)
    }

    use EntityKind::{Loc, Org, Per};

    #[test]
    fn an_indefinite_article_is_no_part_of_a_name() {
        let text = "An Istanbul court jailed him.";
        assert_eq!(run(text, "An Istanbul", Org), ("Istanbul".to_string(), EntityKind::Loc));
    }

    #[test]
    fn a_lowercase_word_ends_no_name() {
        let text = "what it calls discriminatory European rules.";
        assert_eq!(run(text, "European rules", EntityKind::Misc), ("European".to_string(), EntityKind::Misc));
        assert_eq!(run("Charles de Gaulle spoke.", "Charles de Gaulle", Per).0, "Charles de Gaulle");
        assert_eq!(run("the Apple iPhone sold.", "Apple iPhone", Org).0, "Apple iPhone");
    }

    #[test]
    fn treaties_operations_and_armed_services() {
        let text = "It put the Indus Waters Treaty in abeyance during Operation Sindoor, the Indian Air Force said.";
        assert_eq!(run(text, "Indus Waters Treaty", Org), ("Indus Waters Treaty".to_string(), EntityKind::Misc));
        let paris = "Countries reaffirmed the Paris Agreement on Saturday.";
        assert_eq!(run(paris, "Paris Agreement", Org), ("Paris Agreement".to_string(), EntityKind::Misc));
        assert_eq!(run(text, "Operation Sindoor", Per), ("Operation Sindoor".to_string(), EntityKind::Misc));
        assert_eq!(run(text, "Indian Air Force", EntityKind::Misc), ("Indian Air Force".to_string(), Org));
    }

    #[test]
    fn an_act_is_a_law() {
        let text = "under the Digital Markets Act, the Commission said.";
        assert_eq!(run(text, "Digital Markets Act", Org), ("Digital Markets Act".to_string(), EntityKind::Misc));
        // Not a lowercase "act" after a name.
        let text = "the Kremlin act was condemned.";
        assert_eq!(run(text, "Kremlin act", Org), ("Kremlin act".to_string(), Org));
    }

    #[test]
    fn event_heads_make_events() {
        for (name, kind) in [("Red Sea International Film Festival", Org), ("Academy Awards", Org), ("Davis Cup", Loc)]
        {
            let text = format!("They met at the {name} on Sunday.");
            assert_eq!(run(&text, name, kind), (name.to_string(), EntityKind::Misc), "help: {name}");
        }
        // One word is left alone; a lowercase head after a name is no part of it.
        assert_eq!(run("They met at the Cup on Sunday.", "Cup", Org), ("Cup".to_string(), Org));
        let text = "They met at the Cannes festival on Sunday.";
        assert_eq!(run(text, "Cannes festival", Loc), ("Cannes".to_string(), Loc));
    }

    #[test]
    fn a_place_before_grand_prix_names_the_race() {
        let text = "before Sunday's Abu Dhabi Grand Prix. Abu Dhabi Crown Prince Sheikh Khaled came.";
        let model = [("Abu Dhabi", Loc), ("Grand Prix", EntityKind::Misc), ("Abu Dhabi Crown", Org)];
        let got = crate::ner::run_rule(text, Lang::En, &model, join_races);
        assert_eq!(got, [("Abu Dhabi Grand Prix".into(), EntityKind::Misc), ("Abu Dhabi".into(), Loc)]);
        let text = "Vought met Senate Majority Leader John Thune.";
        let got = crate::ner::run_rule(text, Lang::En, &[("Senate Majority", Org)], join_races);
        assert_eq!(got, [("Senate".into(), Org)]);
        // Not across punctuation, nor a crown that is no title's.
        let text = "in Abu Dhabi. Grand Prix tickets sold out; the British Crown Estate grew.";
        let model = [("Abu Dhabi", Loc), ("Grand Prix", EntityKind::Misc), ("British Crown Estate", Org)];
        let got = crate::ner::run_rule(text, Lang::En, &model, join_races);
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn a_trophy_named_after_a_person_is_one_name() {
        let text = "after lifting the Norman Brookes Challenge Cup as England won the World Cup.";
        let model = [
            ("Norman Brookes", Org),
            ("Challenge Cup", EntityKind::Misc),
            ("England", Loc),
            ("World Cup", EntityKind::Misc),
        ];
        let got = crate::ner::run_rule(text, Lang::En, &model, join_races);
        let names: Vec<&str> = got.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(names, ["Norman Brookes Challenge Cup", "England", "World Cup"]);
    }

    #[test]
    fn an_untagged_act_is_a_law_with_the_place_before_it() {
        let text = "He signed four bills, including the Nigeria Tax Act, which takes effect. Act now.";
        let got = crate::ner::run_rule(text, Lang::En, &[("Nigeria", Loc)], add_laws);
        assert_eq!(got, [("Nigeria Tax Act".to_string(), EntityKind::Misc)]);
    }

    #[test]
    fn a_law_takes_the_capitalised_words_before_it() {
        let text = "unless Republicans agreed to restore enhanced Affordable Care Act tax credits.";
        let got = crate::ner::run_rule(text, Lang::En, &[("Care Act", Per)], |d, m| settle(d, m));
        assert_eq!(got, [("Affordable Care Act".into(), EntityKind::Misc)]);
        let text = "Under Clean Air Act rules, plants must report.";
        let got = crate::ner::run_rule(text, Lang::En, &[("Clean Air Act", Org)], |d, m| settle(d, m));
        assert_eq!(got, [("Clean Air Act".into(), EntityKind::Misc)]);
    }

    #[test]
    fn place_heads_make_places() {
        for (name, kind) in
            [("Emirates Stadium", Org), ("Heathrow Airport", Org), ("Elland Road", Per), ("Yas Marina Circuit", Org)]
        {
            let text = format!("They met at {name} on Sunday.");
            assert_eq!(run(&text, name, kind), (name.to_string(), Loc), "help: {name}");
        }
        // A person named Bay; clubs named after places, one-word names.
        assert_eq!(run("A film by Michael Bay opened.", "Michael Bay", Per), ("Michael Bay".to_string(), Per));
        // But a building named after a person is the building.
        assert_eq!(run("He won at Rod Laver Arena.", "Rod Laver Arena", Per), ("Rod Laver Arena".to_string(), Loc));
        for (name, kind) in [("Crystal Palace", Org), ("Manchester City", Org), ("Road", Org)] {
            let text = format!("They met at {name} on Sunday.");
            assert_eq!(run(&text, name, kind), (name.to_string(), kind), "help: {name}");
        }
        // A numbered circuit is a court of appeals.
        assert_eq!(run("Judges of the Ninth Circuit ruled.", "Ninth Circuit", Org), ("Ninth Circuit".to_string(), Org));
        // A lowercase descriptor makes no place, and is no part of the name.
        assert_eq!(run("They met at Wembley stadium on Sunday.", "Wembley stadium", Org), ("Wembley".to_string(), Org));
    }

    #[test]
    fn arabic_place_openers_make_places_of_people() {
        assert_eq!(run("Strikes hit Kfar Kila overnight.", "Kfar Kila", Per), ("Kfar Kila".to_string(), Loc));
        assert_eq!(run("Strikes hit Bint Jbeil overnight.", "Bint Jbeil", Per), ("Bint Jbeil".to_string(), Loc));
        assert_eq!(run("Imran Khan spoke.", "Imran Khan", Per), ("Imran Khan".to_string(), Per));
        assert_eq!(run("Khan Younis was hit.", "Khan Younis", Per), ("Khan Younis".to_string(), Per));
    }

    #[test]
    fn company_heads_make_works_and_people_companies_and_leave_places() {
        use EntityKind::{Loc, Misc, Org};
        assert_eq!(
            run("Shares in Adani Green Energy fell.", "Adani Green Energy", Misc),
            ("Adani Green Energy".into(), Org)
        );
        assert_eq!(run("Talks on the West Bank resumed.", "West Bank", Loc), ("West Bank".into(), Loc));
    }

    #[test]
    fn a_leading_the_stays_outside_organisations_but_not_newspapers() {
        let text = "The Social Democratic Party won.";
        assert_eq!(run(text, "The Social Democratic Party", Org), ("Social Democratic Party".into(), Org));
        assert_eq!(run("The European Commission said so.", "The European Commission", Org).0, "European Commission");
        for name in ["The Washington Post", "The New York Times"] {
            let text = format!("{name} said so.");
            assert_eq!(run(&text, name, Org).0, name, "help: {name}");
        }
        // Two words: "The Party" is left as the tagger had it; places keep "The Hague".
        assert_eq!(run("The Party won.", "The Party", Org).0, "The Party");
        assert_eq!(run("The Hague Forum met.", "The Hague Forum", Loc).0, "The Hague Forum");
    }
}
