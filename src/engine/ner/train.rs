//! Training: an averaged structured perceptron (Collins 2002) over the features of
//! [`features`](super::features), decoded with the same constrained Viterbi as tagging.
//!
//! Pure: it takes parsed sentences and a lexicon and returns a [`Tagger`]; reading files and
//! reporting progress are the caller's.

use super::features::{extract, SentenceFeatures};
use super::hash::{key32, FastMap, Rng};
use super::lexicon::Lexicon;
use super::model::{label_index, viterbi, Model, LABELS};
use super::{Label, Tagger};

/// One training sentence: words and their gold labels, the same length.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<Label>,
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct Options {
    pub epochs: usize,
    /// Seeds the order sentences are visited in; a fixed seed gives the same model.
    pub seed: u64,
    /// Features seen fewer times in training are dropped before training.
    pub min_count: u32,
    /// After averaging, features whose largest absolute weight is below this are dropped.
    pub prune: f64,
}

impl Default for Options {
    fn default() -> Options {
        Options { epochs: 12, seed: 1, min_count: 1, prune: 0.05 }
    }
}

/// Trains a tagger. `on_epoch(epoch, tagger)` runs after each epoch with the averaged model so
/// far (as it would be saved), e.g. to score it on development data.
pub fn train(
    sentences: &[Sentence],
    lexicon: &Lexicon,
    options: &Options,
    on_epoch: &mut dyn FnMut(usize, &Tagger),
) -> Tagger {
    // Feature keys → dense ids, keeping keys seen at least `min_count` times.
    let mut feats = SentenceFeatures::default();
    let mut counts: FastMap<u64, u32> = FastMap::default();
    for s in sentences {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        extract(&words, lexicon, &mut feats);
        for &k in &feats.keys {
            *counts.entry(k).or_insert(0) += 1;
        }
    }
    let mut kept: Vec<u64> = counts.iter().filter(|(_, &c)| c >= options.min_count).map(|(&k, _)| k).collect();
    kept.sort_unstable();
    drop(counts);
    let ids: FastMap<u64, u32> = kept.iter().enumerate().map(|(i, &k)| (k, i as u32)).collect();

    // Each sentence as token feature ids and gold label indices.
    struct Encoded {
        ids: Vec<u32>,
        starts: Vec<u32>,
        gold: Vec<usize>,
    }
    let data: Vec<Encoded> = sentences
        .iter()
        .filter(|s| !s.words.is_empty() && s.words.len() == s.labels.len())
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            extract(&words, lexicon, &mut feats);
            let mut ids_out = Vec::new();
            let mut starts = Vec::new();
            for i in 0..feats.len() {
                starts.push(ids_out.len() as u32);
                ids_out.extend(feats.token(i).iter().filter_map(|k| ids.get(k).copied()));
            }
            starts.push(ids_out.len() as u32);
            Encoded { ids: ids_out, starts, gold: s.labels.iter().map(|&l| label_index(l)).collect() }
        })
        .collect();
    drop(ids);

    let nf = kept.len();
    let mut w = vec![0i32; nf * LABELS];
    let mut u = vec![0i64; nf * LABELS];
    let mut ws = [0i64; LABELS];
    let mut us = [0i64; LABELS];
    let mut wt = [[0i64; LABELS]; LABELS];
    let mut ut = [[0i64; LABELS]; LABELS];
    let mut c: i64 = 1;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(options.seed);
    let mut last = None;
    for epoch in 1..=options.epochs {
        rng.shuffle(&mut order);
        for &si in &order {
            let s = &data[si];
            let n = s.gold.len();
            let mut emit = vec![0i64; n * LABELS];
            for i in 0..n {
                let e = &mut emit[i * LABELS..(i + 1) * LABELS];
                for &f in &s.ids[s.starts[i] as usize..s.starts[i + 1] as usize] {
                    let row = &w[f as usize * LABELS..(f as usize + 1) * LABELS];
                    for (a, &x) in e.iter_mut().zip(row) {
                        *a += i64::from(x);
                    }
                }
            }
            let pred = viterbi(&emit, &ws, &wt);
            if pred != s.gold {
                for i in 0..n {
                    let (g, p) = (s.gold[i], pred[i]);
                    if g != p {
                        for &f in &s.ids[s.starts[i] as usize..s.starts[i + 1] as usize] {
                            let at = f as usize * LABELS;
                            w[at + g] += 1;
                            u[at + g] += c;
                            w[at + p] -= 1;
                            u[at + p] -= c;
                        }
                    }
                    let (gp, pp) = if i == 0 { (None, None) } else { (Some(s.gold[i - 1]), Some(pred[i - 1])) };
                    if (gp, g) != (pp, p) {
                        match gp {
                            None => {
                                ws[g] += 1;
                                us[g] += c;
                            }
                            Some(q) => {
                                wt[q][g] += 1;
                                ut[q][g] += c;
                            }
                        }
                        match pp {
                            None => {
                                ws[p] -= 1;
                                us[p] -= c;
                            }
                            Some(q) => {
                                wt[q][p] -= 1;
                                ut[q][p] -= c;
                            }
                        }
                    }
                }
            }
            c += 1;
        }
        let model = average(&kept, &w, &u, &ws, &us, &wt, &ut, c, lexicon, options);
        let tagger = Tagger::from_model(model);
        on_epoch(epoch, &tagger);
        last = Some(tagger);
    }
    last.unwrap_or_else(|| {
        Tagger::from_model(average(&kept, &w, &u, &ws, &us, &wt, &ut, c, lexicon, options))
    })
}

/// The averaged weights, pruned and quantised into a model.
#[allow(clippy::too_many_arguments)]
fn average(
    keys: &[u64],
    w: &[i32],
    u: &[i64],
    ws: &[i64; LABELS],
    us: &[i64; LABELS],
    wt: &[[i64; LABELS]; LABELS],
    ut: &[[i64; LABELS]; LABELS],
    c: i64,
    lexicon: &Lexicon,
    options: &Options,
) -> Model {
    let cf = c as f64;
    let avg = |w: i64, u: i64| w as f64 - u as f64 / cf;
    // The quantisation step: the largest weight maps to ±30000 of the i16 range, leaving room
    // for the rare rows that two features share.
    let mut max_abs = 1e-9f64;
    for (&w, &u) in w.iter().zip(u) {
        max_abs = max_abs.max(avg(i64::from(w), u).abs());
    }
    let step = max_abs / 30000.0;
    let q = |x: f64| (x / step).round();
    let mut rows: FastMap<u32, u32> = FastMap::default();
    let mut weights: Vec<i16> = Vec::new();
    for (f, &key) in keys.iter().enumerate() {
        let at = f * LABELS;
        let row: Vec<f64> = (0..LABELS).map(|y| avg(i64::from(w[at + y]), u[at + y])).collect();
        let max = row.iter().fold(0.0f64, |m, x| m.max(x.abs()));
        if max < options.prune || max == 0.0 {
            continue;
        }
        let k = key32(key);
        let r = *rows.entry(k).or_insert_with(|| {
            weights.extend([0i16; LABELS]);
            (weights.len() / LABELS - 1) as u32
        });
        // Two features sharing a 32-bit key (rare) add up, as they would when tagging.
        for (y, x) in row.iter().enumerate() {
            let slot = &mut weights[r as usize * LABELS + y];
            *slot = (f64::from(*slot) + q(*x)).clamp(-32767.0, 32767.0) as i16;
        }
    }
    let mut start = [0i64; LABELS];
    let mut trans = [[0i64; LABELS]; LABELS];
    for y in 0..LABELS {
        start[y] = q(avg(ws[y], us[y])) as i64;
        for z in 0..LABELS {
            trans[y][z] = q(avg(wt[y][z], ut[y][z])) as i64;
        }
    }
    Model { scale: step as f32, start, trans, rows, weights, lexicon: lexicon.clone() }
}
