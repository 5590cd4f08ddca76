//! The serialisable form of [`Annotations`]: offsets in the caller's unit and the text of
//! every span, as in the CLI contract (`docs/cli-contract.md`). The CLI and the JS API
//! both build this; only the unit differs.

use serde::Serialize;

use crate::annotations::Annotations;
use crate::span::Span;
use crate::text::offsets::{OffsetMap, Unit};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutputSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutputEntity {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub text: String,
    /// The id of the entity's cluster.
    pub entity: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutputQuote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<OutputSpan>,
    pub speaker_name: Option<String>,
    pub speaker_entity: Option<usize>,
    /// Present (true) only for an unnamed source: `speaker` is the phrase that describes it.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub speaker_unnamed: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutputCluster {
    pub id: usize,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub name: String,
    pub mentions: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutputParagraph {
    pub start: usize,
    pub end: usize,
    pub lang: &'static str,
}

/// One document's annotations as the CLI prints them and the JS API returns them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Output {
    pub lang: &'static str,
    pub entities: Vec<OutputEntity>,
    pub quotes: Vec<OutputQuote>,
    pub clusters: Vec<OutputCluster>,
    /// Each paragraph with its detected language (an addition to the contract's keys).
    pub paragraphs: Vec<OutputParagraph>,
}

impl Output {
    /// Converts byte spans into `unit` in one pass over `text` (see [`OffsetMap`]).
    pub fn new(text: &str, found: &Annotations, unit: Unit) -> Output {
        let mut offsets =
            Vec::with_capacity(2 * (found.entities.len() + 2 * found.quotes.len() + found.paragraphs.len()));
        let mut add = |s: Span| offsets.extend([s.start, s.end]);
        found.entities.iter().for_each(|e| add(e.span));
        found.quotes.iter().for_each(|q| {
            add(q.span);
            q.speaker.into_iter().for_each(&mut add);
        });
        found.paragraphs.iter().for_each(|p| add(p.span));
        let map = OffsetMap::new(text, unit, offsets);
        // Spans come from the core on char boundaries, so every lookup succeeds.
        let at = |byte: usize| map.get(byte).expect("core spans lie on char boundaries");
        let span = |s: Span| OutputSpan { start: at(s.start), end: at(s.end), text: s.of(text).to_string() };
        Output {
            lang: found.lang.code(),
            entities: found
                .entities
                .iter()
                .map(|e| OutputEntity {
                    start: at(e.span.start),
                    end: at(e.span.end),
                    kind: e.kind.label(),
                    text: e.span.of(text).to_string(),
                    entity: e.cluster,
                })
                .collect(),
            quotes: found
                .quotes
                .iter()
                .map(|q| OutputQuote {
                    start: at(q.span.start),
                    end: at(q.span.end),
                    text: q.span.of(text).to_string(),
                    speaker: q.speaker.map(span),
                    speaker_name: q
                        .speaker_cluster
                        .map(|c| found.clusters[c].name.clone())
                        .or_else(|| q.speaker.map(|s| crate::quotes::name_of(text, s))),
                    speaker_entity: q.speaker_cluster,
                    speaker_unnamed: q.speaker_unnamed,
                })
                .collect(),
            clusters: found
                .clusters
                .iter()
                .map(|c| OutputCluster { id: c.id, kind: c.kind.label(), name: c.name.clone(), mentions: c.mentions })
                .collect(),
            paragraphs: found
                .paragraphs
                .iter()
                .map(|p| OutputParagraph { start: at(p.span.start), end: at(p.span.end), lang: p.lang.code() })
                .collect(),
        }
    }
}
