//! What [`crate::annotate`] returns: entities, quotes, clusters and paragraphs, in byte spans.

use crate::lang::Lang;
use crate::span::Span;

/// The four CoNLL entity types (see the annotation guidelines).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [EntityKind::Per, EntityKind::Org, EntityKind::Loc, EntityKind::Misc];

    /// The label used in the CLI, the JS API and the highlight names (`hashiya-PER`).
    pub const fn label(self) -> &'static str {
        match self {
            EntityKind::Per => "PER",
            EntityKind::Org => "ORG",
            EntityKind::Loc => "LOC",
            EntityKind::Misc => "MISC",
        }
    }

    /// Parses `PER`, `ORG`, `LOC`, `MISC` and the ANERcorp spelling `PERS`.
    pub fn from_label(label: &str) -> Option<EntityKind> {
        match label {
            "PER" | "PERS" => Some(EntityKind::Per),
            "ORG" => Some(EntityKind::Org),
            "LOC" => Some(EntityKind::Loc),
            "MISC" => Some(EntityKind::Misc),
            _ => None,
        }
    }
}

/// One mention of a named entity. `cluster` indexes [`Annotations::clusters`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub span: Span,
    pub kind: EntityKind,
    pub cluster: usize,
}

/// A direct quote: `span` is the inside of the quotation marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    /// The mention nearest the quote that names its speaker; `None` when unattributed.
    pub speaker: Option<Span>,
    /// The speaker's cluster, when the speaker is a tagged entity.
    pub speaker_cluster: Option<usize>,
    /// Whether the speaker is an unnamed source ("a senior U.S. official", "مسؤول مصري"):
    /// `speaker` is then the phrase that describes it.
    pub speaker_unnamed: bool,
}

/// All mentions of one entity, linked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cluster {
    pub id: usize,
    pub kind: EntityKind,
    /// The canonical (fullest) name, as written in the text.
    pub name: String,
    pub mentions: usize,
}

/// A paragraph of the input and the language detected for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub lang: Lang,
}

/// Everything hashiya found in one text. All spans are byte spans into that text,
/// sorted by start, and entity spans never overlap.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Annotations {
    /// The dominant language of the document (by letters).
    pub lang: Lang,
    pub paragraphs: Vec<Paragraph>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub clusters: Vec<Cluster>,
}
