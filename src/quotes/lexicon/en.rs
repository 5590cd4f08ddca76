//! English reporting verbs and attribution words (lowercase forms).

use super::{Cue, CueKind, Gender};

/// Verbs that introduce or follow quoted speech or writing, in their reporting forms.
const VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "explained",
    "explains",
    "asked",
    "asks",
    "stated",
    "states",
    "noted",
    "notes",
    "argued",
    "argues",
    "insisted",
    "insists",
    "continued",
    "continues",
    "declared",
    "declares",
    "announced",
    "warned",
    "warns",
    "claimed",
    "claims",
    "recalled",
    "recalls",
    "replied",
    "replies",
    "responded",
    "responds",
    "acknowledged",
    "admitted",
    "remarked",
    "observed",
    "concluded",
    "emphasized",
    "emphasised",
    "stressed",
    "conceded",
    "joked",
    "quipped",
    "shouted",
    "yelled",
    "exclaimed",
    "testified",
    "testifies",
    "predicted",
    "predicts",
    "countered",
    "counters",
    "cautioned",
    "complained",
    "lamented",
    "boasted",
    "mused",
    "urged",
    "urges",
    "vowed",
    "vows",
    "promised",
    "promises",
    "reported",
    "reports",
    "read",
    "reads",
    "proclaimed",
];

/// Participles that attach a quote to the subject of the clause before them.
const PARTICIPLES: &[&str] =
    &["saying", "adding", "writing", "noting", "telling", "arguing", "explaining", "declaring"];

/// The cue starting at `word` (lowercase), given the lowercase word after it.
pub fn cue(word: &str, next: Option<&str>) -> Option<Cue> {
    let simple = |kind| Some(Cue { kind, gender: None, tokens: 1 });
    match word {
        "according" if next == Some("to") => Some(Cue { kind: CueKind::According, gender: None, tokens: 2 }),
        // Two-word verbs: "as X put it", "pointed out", "shot back", "fired back".
        "put" if next == Some("it") => Some(Cue { kind: CueKind::Verb, gender: None, tokens: 2 }),
        "pointed" | "points" if next == Some("out") => Some(Cue { kind: CueKind::Verb, gender: None, tokens: 2 }),
        "shot" | "fired" | "wrote" | "hit" if next == Some("back") => {
            Some(Cue { kind: CueKind::Verb, gender: None, tokens: 2 })
        }
        w if VERBS.contains(&w) => simple(CueKind::Verb),
        w if PARTICIPLES.contains(&w) => simple(CueKind::Participle),
        _ => None,
    }
}

/// Subject pronouns that stand for one person, with their gender.
pub fn person_pronoun(word: &str) -> Option<Option<Gender>> {
    match word {
        "he" => Some(Some(Gender::Male)),
        "she" => Some(Some(Gender::Female)),
        _ => None,
    }
}

/// Pronouns and relative words that do not name a speaker we can resolve.
pub fn is_other_pronoun(word: &str) -> bool {
    matches!(word, "i" | "we" | "you" | "they" | "it" | "this" | "that" | "one" | "someone" | "which" | "there")
}

/// Titles written before a name and left out of the speaker span; some mark gender.
pub fn title(word: &str) -> Option<Option<Gender>> {
    match word.trim_end_matches('.') {
        "mr" | "sir" | "lord" => Some(Some(Gender::Male)),
        "mrs" | "ms" | "miss" | "dame" | "lady" => Some(Some(Gender::Female)),
        "dr" | "prof" | "sen" | "rep" | "gov" | "gen" | "col" | "lt" | "sgt" | "capt" | "maj" | "rev" | "president"
        | "senator" | "governor" | "secretary" | "minister" | "judge" | "justice" | "mayor" | "speaker"
        | "chairman" | "chairwoman" | "chancellor" | "king" | "queen" | "prince" | "pope" | "ambassador"
        | "attorney" | "general" | "representative" | "congressman" | "congresswoman" | "commissioner" | "director"
        | "adm" | "admiral" => Some(None),
        _ => None,
    }
}

/// Capitalised words that open sentences or clauses without being names.
pub fn is_capitalised_function_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "the",
        "a",
        "an",
        "but",
        "and",
        "or",
        "in",
        "on",
        "at",
        "as",
        "when",
        "while",
        "after",
        "before",
        "however",
        "still",
        "yet",
        "so",
        "then",
        "now",
        "also",
        "meanwhile",
        "later",
        "earlier",
        "speaking",
        "asked",
        "during",
        "for",
        "from",
        "to",
        "with",
        "by",
        "of",
        "if",
        "though",
        "although",
        "because",
        "since",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "last",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "he",
        "she",
        "they",
        "we",
        "i",
        "it",
        "yes",
        "no",
        "not",
    ];
    WORDS.contains(&word)
}

/// Adverbs and auxiliaries that sit between a subject and its verb ("Obama has also said").
pub fn is_verb_filler(word: &str) -> bool {
    // Adverbs in -ly ("famously responded") and times ("later Thursday told").
    (word.len() > 4 && word.ends_with("ly") && word != "early")
        || matches!(word, "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday")
        || matches!(word, "today" | "yesterday" | "tonight" | "earlier" | "afterward" | "afterwards" | "then,")
        || matches!(
            word,
            "also"
                | "later"
                | "then"
                | "previously"
                | "again"
                | "recently"
                | "once"
                | "has"
                | "had"
                | "have"
                | "was"
                | "is"
                | "further"
                | "simply"
                | "repeatedly"
                | "often"
                | "publicly"
                | "privately"
                | "flatly"
                | "just"
                | "already"
                | "would"
                | "will"
                | "similarly"
                | "reportedly"
                | "bluntly"
                | "angrily"
        )
}

/// Heads of a phrase naming an unnamed source ("a senior U.S. official", "a Pentagon
/// spokesman", "people familiar with the talks"): a place or body named inside the phrase
/// only says whose source it is.
pub fn is_anonymous_source(head: &str) -> bool {
    matches!(
        head,
        "official"
            | "officials"
            | "source"
            | "sources"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "diplomat"
            | "diplomats"
            | "aide"
            | "aides"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
            | "officer"
            | "officers"
            | "negotiator"
            | "negotiators"
            | "insider"
            | "insiders"
            | "people"
            | "person"
    )
}

/// Nouns for a written statement: its voice is whoever issued it.
pub fn is_statement(word: &str) -> bool {
    matches!(word, "statement" | "release" | "communique" | "communiqué" | "memo" | "report" | "letter")
}

/// Words that begin a determiner phrase ("the president", "a spokesman").
pub fn is_determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "another" | "one" | "two" | "three" | "some")
}
