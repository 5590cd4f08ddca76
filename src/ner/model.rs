//! A trained tagger: quantised feature weights and label transitions for one or two
//! stages, and the gazetteer it was trained with, in a small binary format; Viterbi decoding.
//!
//! Stage 1 tags from the sentence alone; the optional stage 2 also sees stage 1's labels
//! across the document (see [`super::nonlocal`]).
//!
//! Format (little endian):
//! ```text
//! "HSYN" version:u8 lang:u8 labels:u8 stages:u8
//! gazetteer_len:u32 gazetteer bytes        (see Gazetteer::to_bytes)
//! lexicon_len:u32 lexicon bytes            (see Lexicon::to_bytes; version 3 on)
//! trained_sentences:u32 fingerprint:u64    the training data (see TrainedOn; version 4 on)
//! per stage:
//!   scale:f32                              weight = stored i8 × scale
//!   transitions: (labels + 1) × labels f32 (row 0: sentence start; row p + 1: after label p)
//!   features:u32
//!   keys: features × varint of the gap to the previous key (keys sorted ascending)
//!   weights: labels × features i8, label-major (compresses better than feature-major)
//! ```

use super::gazetteer::Gazetteer;
use super::labels::{allowed, LABELS};
use super::lexicon::Lexicon;
use crate::lang::Lang;

const MAGIC: &[u8; 4] = b"HSYN";
const VERSION: u8 = 4;
/// Version 2 files have no lexicon section, version 3 files no training record; they still load.
const OLDEST: u8 = 2;
pub const MAX_STAGES: usize = 2;

pub type Transitions = [[f32; LABELS]; LABELS + 1];

/// The weights of one stage, ready for lookups.
pub struct Stage {
    /// Transitions in the same units as the quantised weights.
    transitions: Transitions,
    /// Open-addressing table of keys with their weight rows beside them, so a lookup reads
    /// one cache line (a key of 0 marks an empty slot).
    slots: Vec<Slot>,
    mask: usize,
}

/// One feature of a stage: its key and its weight per label, 16 bytes.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Slot {
    key: u32,
    weights: [i8; LABELS],
}

pub struct Model {
    pub lang: Lang,
    pub gazetteer: Gazetteer,
    pub stages: Vec<Stage>,
    /// What the model was trained on, when the file says (version 4 on).
    pub trained_on: Option<TrainedOn>,
}

/// The training data of a model: the first `sentences` sentences of a CoNLL file whose
/// [`fingerprint`] they have. Lets `hashiya eval` tell a held-out score from a score on
/// sentences the model has seen (the shipped Arabic model learns from all of ANERcorp-train,
/// whose last 10 % is the dev split of a model trained with `--dev-tail 10`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrainedOn {
    pub sentences: u32,
    pub fingerprint: u64,
}

impl TrainedOn {
    /// How many of the sentences `from..` of `file` (all of a CoNLL file's sentences, in order)
    /// the model was trained on: 0 when the file is not its training file.
    pub fn overlap(&self, file: &[super::conll::Sentence], from: usize) -> usize {
        let n = self.sentences as usize;
        if n > file.len() || fingerprint(&file[..n]) != self.fingerprint {
            return 0;
        }
        n.saturating_sub(from)
    }
}

/// A hash of sentences' words and labels, in order.
pub fn fingerprint(sentences: &[super::conll::Sentence]) -> u64 {
    let mut h = crate::hash::Fnv::new();
    for s in sentences {
        for (word, &label) in s.words.iter().zip(&s.labels) {
            h = h.str(word).sep().byte(label);
        }
        h = h.byte(0xFE);
    }
    h.value()
}

/// What training produces for one stage.
pub struct Weights {
    pub scale: f32,
    pub transitions: Transitions,
    /// (key, quantised row) sorted by key, keys unique and non-zero.
    pub features: Vec<(u32, [i8; LABELS])>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len()).ok_or("model file is truncated")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4 bytes")))
    }

    fn f32(&mut self) -> Result<f32, String> {
        Ok(f32::from_bits(self.u32()?))
    }

    fn varint(&mut self) -> Result<u32, String> {
        let mut value: u64 = 0;
        for shift in (0..35).step_by(7) {
            let b = self.take(1)?[0];
            value |= ((b & 0x7F) as u64) << shift;
            if b & 0x80 == 0 {
                return u32::try_from(value).map_err(|_| "varint overflows".to_string());
            }
        }
        Err("varint too long".into())
    }
}

#[inline]
fn slot_of(key: u32, mask: usize) -> usize {
    // Keys are already hashes; spread them once more so nearby keys do not cluster.
    (key.wrapping_mul(0x9E37_79B1) as usize) & mask
}

impl Weights {
    fn write(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.scale.to_le_bytes());
        for row in &self.transitions {
            for &t in row {
                out.extend_from_slice(&t.to_le_bytes());
            }
        }
        out.extend_from_slice(&(self.features.len() as u32).to_le_bytes());
        let mut last = 0u32;
        for &(key, _) in &self.features {
            let mut gap = key - last;
            last = key;
            loop {
                let b = (gap & 0x7F) as u8;
                gap >>= 7;
                if gap == 0 {
                    out.push(b);
                    break;
                }
                out.push(b | 0x80);
            }
        }
        for label in 0..LABELS {
            out.extend(self.features.iter().map(|(_, row)| row[label] as u8));
        }
    }
}

/// Serialises a model: its language, gazetteer and one or two stages of weights.
pub fn to_bytes(lang: Lang, gazetteer: &Gazetteer, trained_on: TrainedOn, stages: &[&Weights]) -> Vec<u8> {
    assert!(!stages.is_empty() && stages.len() <= MAX_STAGES, "one or two stages");
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    let lang_byte = if lang == Lang::Ar { 0 } else { 1 };
    out.extend_from_slice(&[VERSION, lang_byte, LABELS as u8, stages.len() as u8]);
    let gaz = gazetteer.to_bytes();
    out.extend_from_slice(&(gaz.len() as u32).to_le_bytes());
    out.extend_from_slice(&gaz);
    let lex = gazetteer.lexicon.to_bytes();
    out.extend_from_slice(&(lex.len() as u32).to_le_bytes());
    out.extend_from_slice(&lex);
    out.extend_from_slice(&trained_on.sentences.to_le_bytes());
    out.extend_from_slice(&trained_on.fingerprint.to_le_bytes());
    for stage in stages {
        stage.write(&mut out);
    }
    out
}

impl Stage {
    fn read(r: &mut Reader) -> Result<Stage, String> {
        let scale = r.f32()?;
        if !(scale.is_finite() && scale > 0.0) {
            return Err("bad weight scale".into());
        }
        let mut transitions = [[0f32; LABELS]; LABELS + 1];
        for row in transitions.iter_mut() {
            for t in row.iter_mut() {
                *t = r.f32()? / scale;
            }
        }
        let n = r.u32()? as usize;
        if n > r.bytes.len() {
            return Err("feature count larger than the file".into());
        }
        let capacity = (n * 2).next_power_of_two().max(16);
        let mask = capacity - 1;
        let mut slots = vec![Slot::default(); capacity];
        // The slot of each feature, in file order, for the weight columns that follow the keys.
        let mut at = Vec::with_capacity(n);
        let mut key = 0u32;
        for _ in 0..n {
            key = key.checked_add(r.varint()?).ok_or("keys overflow")?;
            if key == 0 {
                return Err("zero key".into());
            }
            let mut s = slot_of(key, mask);
            while slots[s].key != 0 {
                if slots[s].key == key {
                    return Err("duplicate key".into());
                }
                s = (s + 1) & mask;
            }
            slots[s].key = key;
            at.push(s);
        }
        let columns = r.take(n * LABELS)?;
        for label in 0..LABELS {
            for (&s, &b) in at.iter().zip(&columns[label * n..(label + 1) * n]) {
                slots[s].weights[label] = b as i8;
            }
        }
        Ok(Stage { transitions, slots, mask })
    }

    /// The weight row of a feature key, if the model kept it.
    #[inline]
    fn row(&self, key: u32) -> Option<&[i8; LABELS]> {
        let mut s = slot_of(key, self.mask);
        loop {
            let slot = &self.slots[s];
            if slot.key == key {
                return Some(&slot.weights);
            }
            if slot.key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Emission scores of one token from its feature keys.
    pub fn score(&self, keys: &[u32]) -> [f32; LABELS] {
        let mut sum = [0i32; LABELS];
        for &key in keys {
            if let Some(row) = self.row(key) {
                for (s, &w) in sum.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
        }
        sum.map(|s| s as f32)
    }

    pub fn transitions(&self) -> &Transitions {
        &self.transitions
    }
}

impl Model {
    /// Parses a model file. Any inconsistency is an error, never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err("not a hashiya model file".into());
        }
        let header = r.take(4)?;
        let stages = header[3] as usize;
        if !(OLDEST..=VERSION).contains(&header[0])
            || header[2] as usize != LABELS
            || !(1..=MAX_STAGES).contains(&stages)
        {
            return Err(format!("unsupported model version {} ({} labels, {stages} stages)", header[0], header[2]));
        }
        let lang = if header[1] == 0 { Lang::Ar } else { Lang::En };
        let gaz_len = r.u32()? as usize;
        let mut gazetteer = Gazetteer::from_bytes(r.take(gaz_len)?).ok_or("bad gazetteer section")?;
        if header[0] >= 3 {
            let lex_len = r.u32()? as usize;
            gazetteer.lexicon = Lexicon::from_bytes(r.take(lex_len)?).ok_or("bad lexicon section")?;
        }
        let trained_on = if header[0] >= 4 {
            let sentences = r.u32()?;
            let fingerprint = u64::from_le_bytes(r.take(8)?.try_into().expect("eight bytes"));
            Some(TrainedOn { sentences, fingerprint })
        } else {
            None
        };
        let stages = (0..stages).map(|_| Stage::read(&mut r)).collect::<Result<Vec<_>, _>>()?;
        if r.at != bytes.len() {
            return Err("trailing bytes after the model".into());
        }
        Ok(Model { lang, gazetteer, stages, trained_on })
    }
}

/// The best label sequence for the emission scores, under BIO constraints.
/// `transitions[0]` scores the first label, `transitions[p + 1]` a label after `p`.
pub fn viterbi(emissions: &[[f32; LABELS]], transitions: &[[f32; LABELS]; LABELS + 1], out: &mut Vec<u8>) {
    out.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    // The transitions with the forbidden ones at minus infinity, which no path then takes:
    // the inner loop needs no test.
    let mut masked = *transitions;
    for (from, row) in masked.iter_mut().enumerate() {
        let prev = from.checked_sub(1).map(|p| p as u8);
        for (l, t) in row.iter_mut().enumerate() {
            if !allowed(prev, l as u8) {
                *t = f32::NEG_INFINITY;
            }
        }
    }
    let mut back = vec![[0u8; LABELS]; n];
    let mut score = [f32::NEG_INFINITY; LABELS];
    for (l, s) in score.iter_mut().enumerate() {
        *s = emissions[0][l] + masked[0][l];
    }
    for i in 1..n {
        let mut next = [f32::NEG_INFINITY; LABELS];
        for (l, slot) in next.iter_mut().enumerate() {
            let mut best = (f32::NEG_INFINITY, 0u8);
            for (p, &sp) in score.iter().enumerate() {
                let s = sp + masked[p + 1][l];
                if s > best.0 {
                    best = (s, p as u8);
                }
            }
            *slot = best.0 + emissions[i][l];
            back[i][l] = best.1;
        }
        score = next;
    }
    let mut last = 0u8;
    let mut best = f32::NEG_INFINITY;
    for (l, &s) in score.iter().enumerate() {
        if s > best {
            best = s;
            last = l as u8;
        }
    }
    out.resize(n, 0);
    out[n - 1] = last;
    for i in (1..n).rev() {
        out[i - 1] = back[i][out[i] as usize];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::annotations::EntityKind::*;
    use crate::ner::labels::{begin, inside, O};

    fn no_transitions() -> Transitions {
        [[0.0; LABELS]; LABELS + 1]
    }

    #[test]
    fn viterbi_respects_bio_constraints() {
        // Token 0 prefers I-PER (not allowed at the start): B-PER wins; token 1 prefers I-LOC
        // after B-PER (not allowed) over I-PER by a little: the path takes I-PER.
        let mut e = [[0.0f32; LABELS]; 2];
        e[0][inside(Per) as usize] = 5.0;
        e[0][begin(Per) as usize] = 3.0;
        e[1][inside(Loc) as usize] = 4.0;
        e[1][inside(Per) as usize] = 3.5;
        let mut out = Vec::new();
        viterbi(&e, &no_transitions(), &mut out);
        assert_eq!(out, [begin(Per), inside(Per)]);
        viterbi(&[], &no_transitions(), &mut out);
        assert!(out.is_empty());
        let mut t = no_transitions();
        t[0][O as usize] = 10.0;
        viterbi(&e[..1], &t, &mut out);
        assert_eq!(out, [O]);
    }

    #[test]
    fn round_trips_and_rejects_bad_files() {
        let mut transitions = no_transitions();
        transitions[1][2] = 0.5;
        let first = Weights {
            scale: 0.25,
            transitions,
            features: vec![(7, [1, -2, 3, 0, 0, 0, 0, 0, 127]), (1000, [0, 0, 0, 0, 0, 0, 0, 0, -128])],
        };
        let second =
            Weights { scale: 1.0, transitions: no_transitions(), features: vec![(7, [0, 0, 0, 0, 0, 0, 0, 0, 9])] };
        let mut gaz = Gazetteer::from_lists(vec![("loc".into(), vec!["Iraq".into()])]);
        gaz.lexicon = Lexicon::from_lists(Lang::En, vec![("lex-common".into(), vec!["said".into()])]);
        let trained = TrainedOn { sentences: 3, fingerprint: 0x0123_4567_89AB_CDEF };
        let bytes = to_bytes(Lang::En, &gaz, trained, &[&first, &second]);
        let m = Model::from_bytes(&bytes).expect("parses");
        assert_eq!(m.lang, Lang::En);
        assert_eq!(m.trained_on, Some(trained));
        assert_eq!(m.stages.len(), 2);
        assert_eq!(m.stages[0].score(&[7, 5, 1000]), [1.0, -2.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0]);
        assert_eq!(m.stages[1].score(&[7]), [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 9.0]);
        assert_eq!(m.stages[0].transitions()[1][2], 2.0);
        assert_eq!(m.gazetteer.len(), 1);
        assert_eq!(m.gazetteer.lexicon.classes_of(crate::hash::Fnv::new().str("said").value()), 1);
        for cut in [0, 3, 10, bytes.len() - 1] {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "truncated at {cut}");
        }
        let mut bad = bytes.clone();
        bad[0] = b'X';
        assert!(Model::from_bytes(&bad).is_err());
        let mut extra = bytes.clone();
        extra.push(0);
        assert!(Model::from_bytes(&extra).is_err());
    }

    #[test]
    fn knows_which_sentences_of_a_file_it_was_trained_on() {
        let file = crate::ner::conll::parse("a B-PER\nb O\n\nc O\n\nd B-LOC\n\ne O\n");
        let trained = TrainedOn { sentences: 3, fingerprint: fingerprint(&file[..3]) };
        assert_eq!(trained.overlap(&file, 3), 0, "the tail after the training sentences is held out");
        assert_eq!(trained.overlap(&file, 1), 2);
        assert_eq!(trained.overlap(&file, 0), 3);
        // Another file, or the same words with other labels, is not the training file.
        let relabelled = crate::ner::conll::parse("a B-ORG\nb O\n\nc O\n\nd B-LOC\n\ne O\n");
        assert_eq!(trained.overlap(&relabelled, 0), 0);
        assert_eq!(trained.overlap(&file[..2], 0), 0, "a file shorter than the training data");
        // All of a file is its own training data when trained on all of it.
        let all = TrainedOn { sentences: 4, fingerprint: fingerprint(&file) };
        assert_eq!(all.overlap(&file, 3), 1);
    }
}
