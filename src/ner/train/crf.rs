//! Training by conditional likelihood (a linear-chain CRF) instead of perceptron updates.
//!
//! Stochastic gradient descent on the L2-regularised negative log-likelihood, as CRFsuite's
//! `l2sgd` does it (Bottou's schedule): the rate falls as `eta0 / (1 + lambda * eta0 * t)` over
//! `t` sentences, and the L2 decay is one shared scale factor, so a step touches only the
//! sentence's own features. The weights it returns score exactly like a perceptron's, so the
//! model file, the quantiser and the tagger do not know which trainer made them. Its `exp` is
//! [`super::exp`], not the platform's, so a model trains to the same bytes everywhere.

use super::exp::exp;
use super::{Example, Rng};
use crate::ner::labels::{allowed, LABELS};
use crate::ner::model::Transitions;

pub struct Settings {
    pub epochs: usize,
    pub seed: u64,
    /// L2 strength per the whole corpus, CRFsuite's `c2`.
    pub c2: f64,
    /// The first learning rate.
    pub eta0: f64,
}

/// Weights stored as `scale * v`, so the L2 decay of every weight is one multiplication.
struct Scaled {
    v: Vec<f64>,
    scale: f64,
    t: [[f64; LABELS]; LABELS + 1],
}

impl Scaled {
    fn decay(&mut self, by: f64) {
        self.scale *= by;
        for row in &mut self.t {
            for x in row.iter_mut() {
                *x *= by;
            }
        }
        if self.scale < 1e-9 {
            // Fold the scale back in before it underflows.
            for x in &mut self.v {
                *x *= self.scale;
            }
            self.scale = 1.0;
        }
    }
}

/// Per-token label probabilities and the expected transitions of one sentence, under the
/// same BIO constraints as decoding (an I only continues its own type).
struct Marginals {
    /// `token[i][l]`: P(label of token i is l).
    token: Vec<[f64; LABELS]>,
    /// `pair[p + 1][l]` summed over positions: expected count of l after p; row 0 is the start.
    pair: [[f64; LABELS]; LABELS + 1],
}

fn marginals(w: &Scaled, ex: &Example, out: &mut Marginals) {
    let n = ex.labels.len();
    // Potentials, each token's scores shifted by their maximum so exp never overflows.
    let mut psi = vec![[0f64; LABELS]; n];
    for (i, row) in psi.iter_mut().enumerate() {
        for &f in ex.features.token(i) {
            if f != u32::MAX {
                for (a, b) in row.iter_mut().zip(&w.v[f as usize * LABELS..][..LABELS]) {
                    *a += b;
                }
            }
        }
        let max = row.iter().map(|x| x * w.scale).fold(f64::NEG_INFINITY, f64::max);
        for x in row.iter_mut() {
            *x = exp(*x * w.scale - max);
        }
    }
    let mut m = [[0f64; LABELS]; LABELS + 1];
    for (p, row) in m.iter_mut().enumerate() {
        for (l, x) in row.iter_mut().enumerate() {
            let prev = if p == 0 { None } else { Some(p as u8 - 1) };
            *x = if allowed(prev, l as u8) { exp(w.t[p][l]) } else { 0.0 };
        }
    }
    // Scaled forward pass: alpha[i] sums to 1, c[i] is the factor taken out.
    let mut alpha = vec![[0f64; LABELS]; n];
    let mut c = vec![0f64; n];
    for i in 0..n {
        for l in 0..LABELS {
            let into = if i == 0 { m[0][l] } else { (0..LABELS).map(|p| alpha[i - 1][p] * m[p + 1][l]).sum() };
            alpha[i][l] = into * psi[i][l];
        }
        c[i] = alpha[i].iter().sum::<f64>().max(1e-300);
        for x in &mut alpha[i] {
            *x /= c[i];
        }
    }
    let mut beta = vec![[1f64; LABELS]; n];
    for i in (0..n.saturating_sub(1)).rev() {
        for p in 0..LABELS {
            beta[i][p] = (0..LABELS).map(|l| m[p + 1][l] * psi[i + 1][l] * beta[i + 1][l]).sum::<f64>() / c[i + 1];
        }
    }
    out.token.clear();
    out.pair = [[0.0; LABELS]; LABELS + 1];
    for i in 0..n {
        let g: [f64; LABELS] = std::array::from_fn(|l| alpha[i][l] * beta[i][l]);
        out.token.push(g);
        if i == 0 {
            for (x, p) in out.pair[0].iter_mut().zip(&g) {
                *x += p;
            }
        } else {
            for p in 0..LABELS {
                for l in 0..LABELS {
                    out.pair[p + 1][l] += alpha[i - 1][p] * m[p + 1][l] * psi[i][l] * beta[i][l] / c[i];
                }
            }
        }
    }
}

/// Trains on `examples` and returns weights and transitions in the perceptron's units.
pub fn train(examples: &[&Example], features: usize, s: &Settings) -> (Vec<f32>, Transitions) {
    let mut w = Scaled { v: vec![0.0; features * LABELS], scale: 1.0, t: [[0.0; LABELS]; LABELS + 1] };
    let lambda = 2.0 * s.c2 / examples.len().max(1) as f64;
    let mut rng = Rng(s.seed.max(1));
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut m = Marginals { token: Vec::new(), pair: [[0.0; LABELS]; LABELS + 1] };
    let mut step = 0f64;
    // Polyak averaging: the mean of the epoch-end weights of the second half of training.
    let mut avg = vec![0f64; features * LABELS];
    let mut avg_t = [[0f64; LABELS]; LABELS + 1];
    let mut snapshots = 0f64;
    for epoch in 0..s.epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            let ex = examples[i];
            if ex.labels.is_empty() {
                continue;
            }
            let eta = s.eta0 / (1.0 + lambda * s.eta0 * step);
            step += 1.0;
            w.decay(1.0 - eta * lambda);
            marginals(&w, ex, &mut m);
            // Gradient of the log-likelihood: observed minus expected counts.
            let gain = eta / w.scale;
            for (k, &gold) in ex.labels.iter().enumerate() {
                let p = &m.token[k];
                for &f in ex.features.token(k) {
                    if f == u32::MAX {
                        continue;
                    }
                    let row = &mut w.v[f as usize * LABELS..][..LABELS];
                    for (l, x) in row.iter_mut().enumerate() {
                        let observed = if l == gold as usize { 1.0 } else { 0.0 };
                        *x += gain * (observed - p[l]);
                    }
                }
            }
            let mut prev = 0usize;
            for &gold in &ex.labels {
                w.t[prev][gold as usize] += eta;
                prev = gold as usize + 1;
            }
            for (row, expected) in w.t.iter_mut().zip(&m.pair) {
                for (x, e) in row.iter_mut().zip(expected) {
                    *x -= eta * e;
                }
            }
        }
        if epoch >= s.epochs / 2 {
            for (a, x) in avg.iter_mut().zip(&w.v) {
                *a += x * w.scale;
            }
            for (a, b) in avg_t.iter_mut().zip(&w.t) {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
            }
            snapshots += 1.0;
        }
    }
    let weights = avg.iter().map(|x| (x / snapshots) as f32).collect();
    let mut t = [[0f32; LABELS]; LABELS + 1];
    for (a, b) in t.iter_mut().zip(&avg_t) {
        for (x, y) in a.iter_mut().zip(b) {
            *x = (*y / snapshots) as f32;
        }
    }
    (weights, t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::features::Features;

    fn example(tokens: &[&[u32]], labels: &[u8]) -> Example {
        let mut features = Features { keys: Vec::new(), starts: vec![0] };
        for t in tokens {
            features.keys.extend_from_slice(t);
            features.starts.push(features.keys.len() as u32);
        }
        Example { features, labels: labels.to_vec() }
    }

    #[test]
    fn marginals_are_probabilities_under_the_constraints() {
        let ex = example(&[&[0], &[1, 2], &[2]], &[1, 2, 0]);
        let mut w = Scaled { v: vec![0.0; 3 * LABELS], scale: 1.0, t: [[0.0; LABELS]; LABELS + 1] };
        w.v[LABELS + 3] = 2.0;
        let mut m = Marginals { token: Vec::new(), pair: [[0.0; LABELS]; LABELS + 1] };
        marginals(&w, &ex, &mut m);
        for p in &m.token {
            assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        }
        // No sentence starts with an I label, so its probability is zero.
        assert!(m.token[0].iter().enumerate().all(|(l, &p)| !crate::ner::labels::is_inside(l as u8) || p == 0.0));
        // Expected transitions count the n - 1 pairs plus the start.
        let pairs: f64 = m.pair.iter().flatten().sum();
        assert!((pairs - 3.0).abs() < 1e-9);
    }

    /// Every allowed labelling of a short sentence, with its unnormalised score.
    fn brute_force(w: &Scaled, ex: &Example) -> Vec<(Vec<u8>, f64)> {
        let n = ex.labels.len();
        let mut out = Vec::new();
        for code in 0..LABELS.pow(n as u32) {
            let labels: Vec<u8> = (0..n).map(|i| (code / LABELS.pow(i as u32) % LABELS) as u8).collect();
            let mut prev = None;
            let mut score = 0.0;
            let mut ok = true;
            for (i, &l) in labels.iter().enumerate() {
                ok &= allowed(prev, l);
                score += w.t[prev.map_or(0, |p: u8| p as usize + 1)][l as usize];
                for &f in ex.features.token(i) {
                    score += w.scale * w.v[f as usize * LABELS + l as usize];
                }
                prev = Some(l);
            }
            if ok {
                out.push((labels, exp(score)));
            }
        }
        out
    }

    #[test]
    fn marginals_match_enumeration() {
        let ex = example(&[&[0], &[1, 2], &[2]], &[1, 2, 0]);
        let mut w = Scaled { v: vec![0.0; 3 * LABELS], scale: 0.7, t: [[0.0; LABELS]; LABELS + 1] };
        for (i, x) in w.v.iter_mut().enumerate() {
            *x = ((i * 37 % 11) as f64 - 5.0) / 3.0;
        }
        for (p, row) in w.t.iter_mut().enumerate() {
            for (l, x) in row.iter_mut().enumerate() {
                *x = ((p * 7 + l * 3) % 5) as f64 / 4.0 - 0.5;
            }
        }
        let all = brute_force(&w, &ex);
        let z: f64 = all.iter().map(|(_, s)| s).sum();
        let mut m = Marginals { token: Vec::new(), pair: [[0.0; LABELS]; LABELS + 1] };
        marginals(&w, &ex, &mut m);
        for i in 0..3 {
            for l in 0..LABELS {
                let want: f64 = all.iter().filter(|(y, _)| y[i] == l as u8).map(|(_, s)| s / z).sum();
                assert!((m.token[i][l] - want).abs() < 1e-9, "token {i} label {l}: {} vs {want}", m.token[i][l]);
            }
        }
        for p in 0..LABELS {
            for l in 0..LABELS {
                let want: f64 = all
                    .iter()
                    .map(|(y, s)| (1..3).filter(|&i| y[i - 1] == p as u8 && y[i] == l as u8).count() as f64 * s / z)
                    .sum();
                assert!((m.pair[p + 1][l] - want).abs() < 1e-9, "pair {p} {l}: {} vs {want}", m.pair[p + 1][l]);
            }
        }
    }

    #[test]
    fn learns_a_separable_toy_problem() {
        // Feature 0 marks B-PER, feature 1 marks I-PER, feature 2 marks O.
        let data: Vec<Example> = (0..20).map(|_| example(&[&[2], &[0], &[1], &[2]], &[0, 1, 2, 0])).collect();
        let refs: Vec<&Example> = data.iter().collect();
        let (w, t) = train(&refs, 3, &Settings { epochs: 5, seed: 3, c2: 0.1, eta0: 0.5 });
        let mut out = Vec::new();
        let mut scores = Vec::new();
        super::super::emissions(&w, &data[0], &mut scores);
        crate::ner::model::viterbi(&scores, &t, &mut out);
        assert_eq!(out, vec![0, 1, 2, 0]);
    }
}
