//! Tagging one sentence of words with a model: features, scores, Viterbi.

use super::features::{Extractor, Features};
use super::labels::LABELS;
use super::model::{viterbi, Model};

/// A model with the buffers one tagging run reuses from sentence to sentence.
pub struct Tagger<'m> {
    pub model: &'m Model,
    extractor: Extractor,
    features: Features,
    emissions: Vec<[f32; LABELS]>,
    labels: Vec<u8>,
}

impl<'m> Tagger<'m> {
    pub fn new(model: &'m Model) -> Tagger<'m> {
        Tagger {
            model,
            extractor: Extractor::new(),
            features: Features::default(),
            emissions: Vec::new(),
            labels: Vec::new(),
        }
    }

    /// The IOB2 labels of one sentence (see [`super::labels`]).
    pub fn tag(&mut self, words: &[&str]) -> &[u8] {
        self.extractor.extract(self.model.lang, &self.model.gazetteer, words, &mut self.features);
        self.emissions.clear();
        for i in 0..self.features.len() {
            self.emissions.push(self.model.score(self.features.token(i)));
        }
        viterbi(&self.emissions, self.model.transitions(), &mut self.labels);
        &self.labels
    }
}
