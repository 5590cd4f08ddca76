//! BIO labels over the four entity types, and the chunks they spell.

use crate::annotations::EntityKind;

/// O, then B and I for PER, ORG, LOC, MISC: label `1 + 2k` is B of kind `k`, `2 + 2k` is I.
pub const LABELS: usize = 9;
pub const O: u8 = 0;

pub const fn begin(kind: EntityKind) -> u8 {
    1 + 2 * kind_index(kind)
}

pub const fn inside(kind: EntityKind) -> u8 {
    2 + 2 * kind_index(kind)
}

pub const fn kind_index(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Per => 0,
        EntityKind::Org => 1,
        EntityKind::Loc => 2,
        EntityKind::Misc => 3,
    }
}

/// The kind of a B or I label; `None` for O.
pub const fn kind_of(label: u8) -> Option<EntityKind> {
    match label {
        1 | 2 => Some(EntityKind::Per),
        3 | 4 => Some(EntityKind::Org),
        5 | 6 => Some(EntityKind::Loc),
        7 | 8 => Some(EntityKind::Misc),
        _ => None,
    }
}

pub const fn is_inside(label: u8) -> bool {
    label != O && label % 2 == 0
}

/// Whether `next` may follow `prev` (`None`: sentence start). I-X only continues X.
pub const fn allowed(prev: Option<u8>, next: u8) -> bool {
    if !is_inside(next) {
        return true;
    }
    match prev {
        // B-X (2k+1) and I-X (2k+2) share (label + 1) / 2.
        Some(p) => p != O && p.div_ceil(2) == next / 2,
        None => false,
    }
}

/// A tag string of a CoNLL file (IOB1 or IOB2; `PERS` accepted) as (is-begin, kind).
pub fn parse_tag(tag: &str) -> Option<(bool, EntityKind)> {
    let (bio, kind) = tag.split_once('-')?;
    let kind = EntityKind::from_label(kind)?;
    match bio {
        "B" => Some((true, kind)),
        "I" => Some((false, kind)),
        _ => None,
    }
}

/// Converts CoNLL tags (IOB1 or IOB2) to IOB2 labels: an I that does not continue a
/// chunk of its kind starts one.
pub fn labels_from_tags<S: AsRef<str>>(tags: &[S]) -> Vec<u8> {
    let mut out: Vec<u8> = Vec::with_capacity(tags.len());
    for tag in tags {
        let label = match parse_tag(tag.as_ref()) {
            None => O,
            Some((true, kind)) => begin(kind),
            Some((false, kind)) => {
                let continues = out.last().is_some_and(|&p| kind_of(p) == Some(kind));
                if continues {
                    inside(kind)
                } else {
                    begin(kind)
                }
            }
        };
        out.push(label);
    }
    out
}

/// The chunks of a well-formed IOB2 label sequence: (first token, end token, kind).
/// An I that does not continue its kind is read as a B (what conlleval does).
pub fn chunks(labels: &[u8]) -> Vec<(usize, usize, EntityKind)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (i, &label) in labels.iter().enumerate() {
        let kind = kind_of(label);
        let continues = is_inside(label) && open.is_some_and(|(_, k)| Some(k) == kind);
        if !continues {
            if let Some((start, k)) = open.take() {
                out.push((start, i, k));
            }
            open = kind.map(|k| (i, k));
        }
    }
    if let Some((start, k)) = open {
        out.push((start, labels.len(), k));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;

    #[test]
    fn converts_iob1_and_reads_chunks() {
        let tags = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC", "B-PERS"];
        let labels = labels_from_tags(&tags);
        assert_eq!(labels, [1, 2, 0, 5, 5, 3, 7, 1]);
        assert_eq!(chunks(&labels), [(0, 2, Per), (3, 4, Loc), (4, 5, Loc), (5, 6, Org), (6, 7, Misc), (7, 8, Per)]);
        // A stray I starts a chunk.
        assert_eq!(chunks(&[0, 4, 4, 2]), [(1, 3, Org), (3, 4, Per)]);
    }

    #[test]
    fn transitions_only_continue_the_same_kind() {
        assert!(allowed(None, begin(Per)));
        assert!(!allowed(None, inside(Per)));
        assert!(allowed(Some(begin(Org)), inside(Org)));
        assert!(allowed(Some(inside(Org)), inside(Org)));
        assert!(!allowed(Some(begin(Org)), inside(Loc)));
        assert!(!allowed(Some(O), inside(Misc)));
    }
}
