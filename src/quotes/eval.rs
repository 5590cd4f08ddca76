//! `hashiya eval-quotes DIR [--show-errors] [--no-entities]`: direct quotes and speakers
//! against PolNeAR. `--no-entities` runs the quote engine without the tagger's entities.
//!
//! DIR holds `text/NAME.txt` and `attributions/NAME_*.ann` (brat standoff: Source, Cue and
//! Content spans tied by `E` lines; offsets in code points). When several annotators' files
//! exist for one text, the first by name is used.
//!
//! Definitions (printed with the scores):
//! - Gold direct quote: each piece of an attribution's Content whose every piece lies inside
//!   quotation marks (its first non-space character is an opening mark or directly follows
//!   one, and its last, before final punctuation, is a closing mark or directly precedes one).
//!   The marks themselves and surrounding spaces are trimmed off.
//! - A prediction matches a gold quote when their overlap is at least half of the longer of
//!   the two, in code points. P = predictions that match / predictions; R = gold quotes matched
//!   / gold quotes.
//! - Speaker accuracy: over matched gold quotes whose Source is a name (contains a
//!   capitalised word that is not a pronoun, determiner, title or sentence-initial function
//!   word), the share whose predicted speaker names the same person: the predicted speaker
//!   span, or any mention of its cluster, overlaps the gold Source span, or the predicted
//!   speaker's name and the Source share a name word ("Obama" ~ "President Barack Obama").

use std::collections::HashMap;
use std::path::Path;

use crate::annotations::Annotations;
use crate::span::Span;

/// One gold direct quote in byte offsets.
struct Gold {
    content: Span,
    source: Option<Span>,
}

/// Runs the evaluation and prints the scores.
pub fn eval_command(args: &[String]) -> Result<(), String> {
    let mut dir = None;
    let mut show_errors = false;
    let mut no_entities = false;
    // Floors for regression checks (`cargo xtask test` with ../shared): fail below them.
    let (mut min_f1, mut min_speaker) = (0.0, 0.0);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut floor = |name: &str| -> Result<f64, String> {
            let value = rest.next().ok_or(format!("eval-quotes: {name} needs a number"))?;
            value.parse().map_err(|_| format!("eval-quotes: {name} needs a number, not {value:?}"))
        };
        match arg.as_str() {
            "--show-errors" => show_errors = true,
            "--no-entities" => no_entities = true,
            "--min-f1" => min_f1 = floor("--min-f1")?,
            "--min-speaker" => min_speaker = floor("--min-speaker")?,
            a if a.starts_with('-') => return Err(format!("eval-quotes: unknown option {a:?}")),
            a => dir = Some(a.to_string()),
        }
    }
    let dir = dir.ok_or(
        "usage: hashiya eval-quotes DIR [--show-errors] [--no-entities] [--min-f1 F] [--min-speaker S]  \
         (DIR has text/ and attributions/)",
    )?;
    let dir = Path::new(&dir);
    let texts = sorted_files(&dir.join("text"), ".txt")?;
    let anns = sorted_files(&dir.join("attributions"), ".ann").unwrap_or_default();
    let mut score = Score::default();
    for name in &texts {
        let text = std::fs::read_to_string(dir.join("text").join(name)).map_err(|e| format!("{name}: {e}"))?;
        let stem = name.trim_end_matches(".txt");
        let gold = match anns.iter().find(|a| a.strip_prefix(stem).is_some_and(|rest| rest.starts_with('_'))) {
            Some(ann) => {
                let ann =
                    std::fs::read_to_string(dir.join("attributions").join(ann)).map_err(|e| format!("{ann}: {e}"))?;
                gold_quotes(&text, &ann)
            }
            None => Vec::new(),
        };
        let mut found = crate::annotate(&text, &crate::Options::default());
        if no_entities {
            // The quote engine alone, with its capitalised-name and noun-phrase fallback.
            let doc = crate::Document::new(&text, None);
            found.quotes = super::find(&doc, &[], &[]);
            found.entities.clear();
            found.clusters.clear();
        }
        score.add(&text, &gold, &found, show_errors.then_some(stem));
    }
    let (f1, speaker) = score.print();
    if f1 < min_f1 || speaker < min_speaker {
        return Err(format!(
            "eval-quotes: below the floor: F1 {f1:.1} (floor {min_f1}), speaker accuracy {speaker:.1} (floor {min_speaker})"
        ));
    }
    Ok(())
}

fn sorted_files(dir: &Path, suffix: &str) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(suffix))
        .collect();
    names.sort();
    Ok(names)
}

/// Byte offset of every code point index (and of the end).
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect()
}

const OPENING: &[char] = &['"', '“', '«', '„', '‘', '\'', '`'];
const CLOSING: &[char] = &['"', '”', '»', '’', '\''];

/// The inside of a Content piece, if the piece lies inside quotation marks.
fn quoted_piece(text: &str, piece: Span) -> Option<Span> {
    let s = piece.of(text);
    let lead = s.len() - s.trim_start().len();
    let body = s.trim();
    let opens = body.starts_with(OPENING) || text[..piece.start + lead].trim_end().ends_with(OPENING);
    let before_punct = body.trim_end_matches(['.', ',', ';', ':', '!', '?']);
    let closes = before_punct.ends_with(CLOSING)
        || body.ends_with(CLOSING)
        || text[piece.end..].trim_start().starts_with(CLOSING);
    if !(opens && closes) {
        return None;
    }
    let inner = body.trim_start_matches(OPENING).trim_start();
    let start = piece.start + lead + (body.len() - inner.len());
    let inner = inner.trim_end_matches(CLOSING).trim_end();
    (!inner.is_empty()).then(|| Span::new(start, start + inner.len()))
}

/// The gold direct quotes of one brat file.
fn gold_quotes(text: &str, ann: &str) -> Vec<Gold> {
    let bytes = byte_offsets(text);
    let to_byte = |cp: &str| cp.parse::<usize>().ok().and_then(|i| bytes.get(i).copied());
    let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut events: Vec<HashMap<&str, &str>> = Vec::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else { continue };
        if id.starts_with('T') {
            let Some((_, ranges)) = body.split_once(' ') else { continue };
            let pieces: Option<Vec<Span>> = ranges
                .split(';')
                .map(|r| {
                    let (a, b) = r.trim().split_once(' ')?;
                    Some(Span::new(to_byte(a)?, to_byte(b)?))
                })
                .collect();
            if let Some(pieces) = pieces {
                spans.insert(id, pieces);
            }
        } else if id.starts_with('E') {
            events.push(body.split(' ').filter_map(|arg| arg.split_once(':')).collect());
        }
    }
    let mut out = Vec::new();
    for event in events {
        let Some(pieces) = event.get("Content").and_then(|id| spans.get(id)) else { continue };
        let inner: Option<Vec<Span>> = pieces.iter().map(|&p| quoted_piece(text, p)).collect();
        let source = event.get("Source").and_then(|id| spans.get(id)).and_then(|s| s.first().copied());
        for content in inner.into_iter().flatten() {
            out.push(Gold { content, source });
        }
    }
    out.sort_by_key(|g| (g.content.start, g.content.end));
    out.dedup_by_key(|g| g.content);
    out
}

/// Capitalised words that do not name anyone by themselves.
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "They",
    "We",
    "I",
    "It",
    "His",
    "Her",
    "Their",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "Some",
    "Many",
    "One",
    "Other",
    "Another",
    "Both",
    "Several",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Sen.",
    "Rep.",
    "Gov.",
    "Gen.",
    "President",
    "Senator",
    "Governor",
    "Secretary",
    "Minister",
    "Speaker",
    "Chairman",
    "Chief",
    "Officials",
    "Sources",
    "Spokesman",
    "Spokeswoman",
    "According",
    "In",
    "But",
    "And",
    "Democratic",
    "Republican",
];

/// The words of a source that name someone.
fn name_words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            w.trim_end_matches("’s").trim_end_matches("'s").trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
        })
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() > 1)
        .filter(|w| !NOT_NAMES.contains(w))
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .collect()
}

#[derive(Default)]
struct Score {
    docs: usize,
    gold: usize,
    predicted: usize,
    predicted_matched: usize,
    gold_matched: usize,
    named: usize,
    named_right: usize,
}

/// Whether two spans overlap by at least half of the longer one, counted in code points.
fn matches(text: &str, a: Span, b: Span) -> bool {
    let chars = |s: Span| s.of(text).chars().count();
    let overlap = Span::new(a.start.max(b.start), a.end.min(b.end));
    !overlap.is_empty() && 2 * chars(overlap) >= chars(a).max(chars(b))
}

impl Score {
    fn add(&mut self, text: &str, gold: &[Gold], found: &Annotations, show: Option<&str>) {
        self.docs += 1;
        self.gold += gold.len();
        self.predicted += found.quotes.len();
        for q in &found.quotes {
            let hit = gold.iter().any(|g| matches(text, q.span, g.content));
            self.predicted_matched += usize::from(hit);
            let label = if hit { "TP" } else { "FP" };
            show.inspect(|doc| println!("{label}\t{doc}\t{:?}", q.span.of(text)));
        }
        for g in gold {
            let Some(q) = found.quotes.iter().find(|q| matches(text, q.span, g.content)) else {
                show.inspect(|doc| println!("FN\t{doc}\t{:?}", g.content.of(text)));
                continue;
            };
            self.gold_matched += 1;
            let Some(source) = g.source.filter(|s| !name_words(s.of(text)).is_empty()) else { continue };
            self.named += 1;
            let right = q.speaker.is_some_and(|sp| {
                let mentions = q
                    .speaker_cluster
                    .into_iter()
                    .flat_map(|c| found.entities.iter().filter(move |e| e.cluster == c).map(|e| e.span));
                let name = q.speaker_cluster.map_or(sp.of(text), |c| found.clusters[c].name.as_str());
                let gold_words = name_words(source.of(text));
                std::iter::once(sp).chain(mentions).any(|m| m.overlaps(source))
                    || name_words(name).iter().any(|w| gold_words.contains(w))
            });
            self.named_right += usize::from(right);
            if !right {
                let said = q.speaker.map_or("-", |s| s.of(text));
                let mut from = q.span.start.saturating_sub(120);
                while !text.is_char_boundary(from) {
                    from -= 1;
                }
                let mut to = (q.span.end + 60).min(text.len());
                while !text.is_char_boundary(to) {
                    to += 1;
                }
                let around = &text[from..to];
                show.inspect(|doc| println!("SPK\t{doc}\tgold {:?}\tgot {said:?}\t{around:?}", source.of(text)));
            }
        }
    }

    /// Prints the scores and returns the quote F1 and the speaker accuracy.
    fn print(&self) -> (f64, f64) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        let p = ratio(self.predicted_matched, self.predicted);
        let r = ratio(self.gold_matched, self.gold);
        let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
        println!("documents\t{} (none skipped)", self.docs);
        println!("gold direct quotes\t{}", self.gold);
        println!("predicted quotes\t{}", self.predicted);
        println!(
            "precision\t{p:.1}\t({} of {} predictions match a gold quote)",
            self.predicted_matched, self.predicted
        );
        println!("recall\t{r:.1}\t({} of {} gold quotes matched)", self.gold_matched, self.gold);
        println!("F1\t{f1:.1}");
        let speaker = ratio(self.named_right, self.named);
        println!(
            "speaker accuracy\t{speaker:.1}\t({} of {} matched quotes whose gold source is a name)",
            self.named_right, self.named
        );
        (f1, speaker)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_quotes_are_the_quoted_contents() {
        let text = "“We will win,” he said. He said that we would win. ''Tax it,'' said Mr. Burman. \
                    He said she was “a disgrace to the party.”";
        let cp = |s: &str| text[..text.find(s).unwrap()].chars().count();
        let span = |s: &str| format!("{} {}", cp(s), cp(s) + s.chars().count());
        let ann = format!(
            "T1\tContent {}\t\nT2\tSource {}\t\nE1\tAttribution:T9 Content:T1 Source:T2\n\
             T3\tContent {}\t\nE2\tAttribution:T8 Content:T3\n\
             T4\tContent {}\t\nT5\tSource {}\t\nE3\tAttribution:T7 Content:T4 Source:T5 \n\
             T6\tContent {}\t\nE4\tContent:T6\n",
            span("“We will win,”"),
            span("he"),
            span("we would win"),
            span("''Tax it,''"),
            span("Mr. Burman"),
            span("she was “a disgrace to the party.”"),
        );
        let gold = gold_quotes(text, &ann);
        let got: Vec<&str> = gold.iter().map(|g| g.content.of(text)).collect();
        assert_eq!(got, ["We will win,", "Tax it,"]);
        assert_eq!(gold[1].source.map(|s| s.of(text)), Some("Mr. Burman"));
    }

    #[test]
    fn half_overlap_of_the_longer_span_matches() {
        let text = "0123456789";
        assert!(matches(text, Span::new(0, 10), Span::new(0, 5)));
        assert!(!matches(text, Span::new(0, 10), Span::new(0, 4)));
        assert!(!matches(text, Span::new(0, 3), Span::new(3, 6)));
    }

    #[test]
    fn name_words_skip_pronouns_and_titles() {
        assert_eq!(name_words("President Barack Obama’s"), ["barack", "obama"]);
        assert!(name_words("The president").is_empty());
        assert!(name_words("he").is_empty());
        assert_eq!(name_words("Mr. King"), ["king"]);
    }
}
