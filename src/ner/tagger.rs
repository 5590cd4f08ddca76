//! Tagging with a model: features, scores, Viterbi; stage 2 over a whole document.

use super::features::{Extractor, Features};
use super::labels::LABELS;
use super::model::{viterbi, Model, Stage};
use super::nonlocal::{self, DocStats};

/// Stage-1 features are kept for stage 2 up to this many keys (then re-extracted), so a
/// huge document does not hold all its features at once.
const CACHE_KEYS: usize = 4 << 20;

/// A model with the buffers one tagging run reuses from sentence to sentence.
pub struct Tagger<'m> {
    pub model: &'m Model,
    extractor: Extractor,
    features: Features,
    stacked: Features,
    emissions: Vec<[f32; LABELS]>,
    labels: Vec<u8>,
    cache: Vec<Features>,
}

fn decode(stage: &Stage, features: &Features, emissions: &mut Vec<[f32; LABELS]>, out: &mut Vec<u8>) {
    emissions.clear();
    for i in 0..features.len() {
        emissions.push(stage.score(features.token(i)));
    }
    viterbi(emissions, stage.transitions(), out);
}

impl<'m> Tagger<'m> {
    pub fn new(model: &'m Model) -> Tagger<'m> {
        Tagger {
            model,
            extractor: Extractor::new(),
            features: Features::default(),
            stacked: Features::default(),
            emissions: Vec::new(),
            labels: Vec::new(),
            cache: Vec::new(),
        }
    }

    /// Stage-1 labels of one sentence (see [`super::labels`]).
    pub fn tag(&mut self, words: &[&str]) -> &[u8] {
        self.extractor.extract(self.model.lang, &self.model.gazetteer, words, &mut self.features);
        decode(&self.model.stages[0], &self.features, &mut self.emissions, &mut self.labels);
        &self.labels
    }

    /// Labels of every word of a document given as sentences, flattened in order.
    pub fn tag_document(&mut self, sentences: &[&[&str]]) -> Vec<u8> {
        let mut labels = Vec::with_capacity(sentences.iter().map(|s| s.len()).sum());
        let mut words = Vec::with_capacity(labels.capacity());
        let mut cached_keys = 0;
        let stacked = self.model.stages.len() > 1;
        for (n, sentence) in sentences.iter().enumerate() {
            labels.extend_from_slice(self.tag(sentence));
            if !stacked {
                continue;
            }
            self.extractor.word_keys(&mut words);
            if self.cache.len() == n && cached_keys + self.features.keys.len() <= CACHE_KEYS {
                cached_keys += self.features.keys.len();
                self.cache.push(std::mem::take(&mut self.features));
            }
        }
        if !stacked {
            return labels;
        }
        let stats = DocStats::new(&words, &labels);
        let mut out = Vec::with_capacity(labels.len());
        let mut at = 0;
        for (n, sentence) in sentences.iter().enumerate() {
            let base = if n < self.cache.len() && self.cache[n].len() == sentence.len() {
                &self.cache[n]
            } else {
                self.extractor.extract(self.model.lang, &self.model.gazetteer, sentence, &mut self.features);
                &self.features
            };
            let end = at + sentence.len();
            nonlocal::stack(base, &words[at..end], &labels[at..end], &stats, &mut self.stacked);
            decode(&self.model.stages[1], &self.stacked, &mut self.emissions, &mut self.labels);
            out.extend_from_slice(&self.labels);
            at = end;
        }
        self.cache.clear();
        out
    }
}
