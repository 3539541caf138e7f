//! Training: an averaged structured perceptron (Collins 2002) over the features of
//! [`features`](super::features), decoded with the same constrained Viterbi as tagging.
//!
//! Pure: it takes parsed sentences and a lexicon and returns a [`Tagger`]; reading files and
//! reporting progress are the caller's.

use super::features::{extract, SentenceFeatures};
use super::hash::{key32, FastMap, Rng};
use super::lexicon::Lexicon;
use super::model::{allowed, label_index, viterbi, Model, Parts, LABELS};
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
    /// Quantisation: the largest weight becomes this integer, the rest in proportion. Fewer
    /// levels make a smaller file; dev F1 says how few are enough.
    pub levels: u32,
    /// 0 for perceptron updates; otherwise passive-aggressive updates with this cap on the
    /// step.
    pub pa: f64,
    /// Train a CRF by SGD instead of the perceptron.
    pub crf: bool,
    /// Perceptron: how many runs (seeds `seed`, `seed + 1`, …) to average.
    pub runs: usize,
    /// CRF: the L2 penalty (per corpus) and the initial learning rate.
    pub l2: f64,
    pub lr: f64,
}

/// The settings of the committed model, chosen on dev (model/MODEL.md has the comparisons).
impl Default for Options {
    fn default() -> Options {
        Options {
            epochs: 8,
            seed: 1,
            min_count: 2,
            prune: 1.0,
            levels: 250,
            pa: 0.0,
            crf: false,
            runs: 4,
            l2: 1.0,
            lr: 0.1,
        }
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
        extract(&words, &lexicon.table(), &mut feats);
        for &k in &feats.keys {
            *counts.entry(k).or_insert(0) += 1;
        }
    }
    let mut kept: Vec<u64> = counts.iter().filter(|(_, &c)| c >= options.min_count).map(|(&k, _)| k).collect();
    kept.sort_unstable();
    drop(counts);
    let ids: FastMap<u64, u32> = kept.iter().enumerate().map(|(i, &k)| (k, i as u32)).collect();

    let data: Vec<Encoded> = sentences
        .iter()
        .filter(|s| !s.words.is_empty() && s.words.len() == s.labels.len())
        .map(|s| {
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            extract(&words, &lexicon.table(), &mut feats);
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

    if options.crf {
        return train_crf(&data, &kept, lexicon, options, on_epoch);
    }
    // Several runs over different sentence orders, their averaged weights averaged again: a
    // perceptron's result moves with the order it sees the data in (±0.3 F1 on dev), and the
    // mean of a few runs is steadier than any one.
    let runs = options.runs.max(1);
    let mut total = Weights::new(kept.len());
    for run in 0..runs {
        let nf = kept.len();
        let mut wt = Weights::new(nf);
        let mut c: f64 = 1.0;
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = Rng::new(options.seed.wrapping_add(run as u64));
        for epoch in 1..=options.epochs {
            rng.shuffle(&mut order);
            for &si in &order {
                let s = &data[si];
                let n = s.gold.len();
                let token = |i: usize| &s.ids[s.starts[i] as usize..s.starts[i + 1] as usize];
                let mut emit = vec![0f64; n * LABELS];
                for i in 0..n {
                    let e = &mut emit[i * LABELS..(i + 1) * LABELS];
                    for &f in token(i) {
                        let row = &wt.w[f as usize * LABELS..(f as usize + 1) * LABELS];
                        for (a, &x) in e.iter_mut().zip(row) {
                            *a += f64::from(x);
                        }
                    }
                }
                let pred = viterbi(&emit, &wt.ws, &wt.wt);
                if pred == s.gold {
                    c += 1.0;
                    continue;
                }
                // The step: 1 for the perceptron; for passive-aggressive (PA-I, Crammer et al.
                // 2006) just enough to score gold above the prediction by its Hamming loss, capped.
                let tau = if options.pa > 0.0 {
                    let path_score = |ys: &[usize]| {
                        let mut total = 0.0;
                        for (i, &y) in ys.iter().enumerate() {
                            total += emit[i * LABELS + y];
                            total += if i == 0 { wt.ws[y] } else { wt.wt[ys[i - 1]][y] };
                        }
                        total
                    };
                    let margin = path_score(&s.gold) - path_score(&pred);
                    let mut loss = 0.0;
                    let mut norm = 0.0;
                    for i in 0..n {
                        if s.gold[i] != pred[i] {
                            loss += 1.0;
                            norm += 2.0 * token(i).len() as f64;
                        }
                        let prev = |ys: &[usize]| if i == 0 { None } else { Some(ys[i - 1]) };
                        if (prev(&s.gold), s.gold[i]) != (prev(&pred), pred[i]) {
                            norm += 2.0;
                        }
                    }
                    if norm == 0.0 {
                        0.0
                    } else {
                        ((loss - margin) / norm).clamp(0.0, options.pa)
                    }
                } else {
                    1.0
                };
                if tau > 0.0 {
                    for i in 0..n {
                        let (g, p) = (s.gold[i], pred[i]);
                        if g != p {
                            for &f in token(i) {
                                wt.feature(f, g, tau, c);
                                wt.feature(f, p, -tau, c);
                            }
                        }
                        let (gp, pp) = if i == 0 { (None, None) } else { (Some(s.gold[i - 1]), Some(pred[i - 1])) };
                        if (gp, g) != (pp, p) {
                            wt.transition(gp, g, tau, c);
                            wt.transition(pp, p, -tau, c);
                        }
                    }
                }
                c += 1.0;
            }
            let tagger = Tagger::from_model(average(&kept, &wt, c, lexicon, options));
            on_epoch(run * options.epochs + epoch, &tagger);
        }
        for (t, (&w, &u)) in total.w.iter_mut().zip(wt.w.iter().zip(&wt.u)) {
            *t += ((f64::from(w) - u / c) / runs as f64) as f32;
        }
        for y in 0..LABELS {
            total.ws[y] += (wt.ws[y] - wt.us[y] / c) / runs as f64;
            for z in 0..LABELS {
                total.wt[y][z] += (wt.wt[y][z] - wt.ut[y][z] / c) / runs as f64;
            }
        }
    }
    Tagger::from_model(average(&kept, &total, 1.0, lexicon, options))
}

/// Current weights `w` and the sums `u` of each update times the example count when it was
/// made: the average over all steps is `w - u / c` (Daumé's trick), with no per-step copy.
struct Weights {
    w: Vec<f32>,
    u: Vec<f64>,
    ws: [f64; LABELS],
    us: [f64; LABELS],
    wt: [[f64; LABELS]; LABELS],
    ut: [[f64; LABELS]; LABELS],
}

impl Weights {
    fn new(features: usize) -> Weights {
        Weights {
            w: vec![0.0; features * LABELS],
            u: vec![0.0; features * LABELS],
            ws: [0.0; LABELS],
            us: [0.0; LABELS],
            wt: [[0.0; LABELS]; LABELS],
            ut: [[0.0; LABELS]; LABELS],
        }
    }

    fn feature(&mut self, f: u32, y: usize, d: f64, c: f64) {
        let at = f as usize * LABELS + y;
        self.w[at] += d as f32;
        self.u[at] += c * d;
    }

    fn transition(&mut self, from: Option<usize>, to: usize, d: f64, c: f64) {
        match from {
            None => {
                self.ws[to] += d;
                self.us[to] += c * d;
            }
            Some(q) => {
                self.wt[q][to] += d;
                self.ut[q][to] += c * d;
            }
        }
    }
}

/// A sentence as token feature ids and gold label indices.
struct Encoded {
    ids: Vec<u32>,
    starts: Vec<u32>,
    gold: Vec<usize>,
}

impl Encoded {
    fn token(&self, i: usize) -> &[u32] {
        &self.ids[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

/// A linear-chain CRF (Lafferty et al. 2001) trained by stochastic gradient ascent on the
/// log-likelihood with L2 regularisation (the weight-scale trick keeps the decay O(1) per
/// step), the BIO constraints built into the partition function as into decoding.
fn train_crf(
    data: &[Encoded],
    kept: &[u64],
    lexicon: &Lexicon,
    options: &Options,
    on_epoch: &mut dyn FnMut(usize, &Tagger),
) -> Tagger {
    let nf = kept.len();
    let mut w = vec![0f64; nf * LABELS];
    let mut scale = 1.0f64;
    let mut ws = [0f64; LABELS];
    let mut wt = [[0f64; LABELS]; LABELS];
    let n_data = data.len().max(1) as f64;
    let lambda = options.l2 / n_data;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Rng::new(options.seed);
    let mut last = None;
    let snapshot = |w: &[f64], scale: f64, ws: &[f64; LABELS], wt: &[[f64; LABELS]; LABELS]| {
        let mut weights = Weights::new(0);
        weights.w = w.iter().map(|&x| (x * scale) as f32).collect();
        weights.u = vec![0.0; w.len()];
        weights.ws = *ws;
        weights.wt = *wt;
        Tagger::from_model(average(kept, &weights, 1.0, lexicon, options))
    };
    for epoch in 1..=options.epochs {
        rng.shuffle(&mut order);
        let lr = options.lr / (1.0 + 0.5 * (epoch - 1) as f64);
        for &si in &order {
            let s = &data[si];
            let n = s.gold.len();
            // Potentials in probability space, shifted per token to stay finite.
            let mut psi = vec![0f64; n * LABELS];
            for i in 0..n {
                let e = &mut psi[i * LABELS..(i + 1) * LABELS];
                for &f in s.token(i) {
                    let row = &w[f as usize * LABELS..(f as usize + 1) * LABELS];
                    for (a, &x) in e.iter_mut().zip(row) {
                        *a += x;
                    }
                }
                let mut max = f64::NEG_INFINITY;
                for (y, a) in e.iter_mut().enumerate() {
                    *a *= scale;
                    if i == 0 {
                        *a = if allowed(None, y) { *a + ws[y] } else { f64::NEG_INFINITY };
                    }
                    max = max.max(*a);
                }
                for a in e.iter_mut() {
                    *a = (*a - max).exp();
                }
            }
            let mut et = [[0f64; LABELS]; LABELS];
            for p in 0..LABELS {
                for y in 0..LABELS {
                    et[p][y] = if allowed(Some(p), y) { wt[p][y].exp() } else { 0.0 };
                }
            }
            // Forward and backward, each step normalised.
            let mut alpha = vec![0f64; n * LABELS];
            let mut beta = vec![0f64; n * LABELS];
            alpha[..LABELS].copy_from_slice(&psi[..LABELS]);
            normalise(&mut alpha[..LABELS]);
            for i in 1..n {
                for y in 0..LABELS {
                    let mut sum = 0.0;
                    for p in 0..LABELS {
                        sum += alpha[(i - 1) * LABELS + p] * et[p][y];
                    }
                    alpha[i * LABELS + y] = sum * psi[i * LABELS + y];
                }
                normalise(&mut alpha[i * LABELS..(i + 1) * LABELS]);
            }
            beta[(n - 1) * LABELS..].iter_mut().for_each(|b| *b = 1.0);
            for i in (0..n.saturating_sub(1)).rev() {
                for p in 0..LABELS {
                    let mut sum = 0.0;
                    for y in 0..LABELS {
                        sum += et[p][y] * psi[(i + 1) * LABELS + y] * beta[(i + 1) * LABELS + y];
                    }
                    beta[i * LABELS + p] = sum;
                }
                normalise(&mut beta[i * LABELS..(i + 1) * LABELS]);
            }
            // Gradient step: observed minus expected counts.
            scale *= 1.0 - lr * lambda;
            if scale < 1e-6 {
                w.iter_mut().for_each(|x| *x *= scale);
                scale = 1.0;
            }
            let step = lr / scale;
            for i in 0..n {
                let mut marg = [0f64; LABELS];
                let mut z = 0.0;
                for y in 0..LABELS {
                    marg[y] = alpha[i * LABELS + y] * beta[i * LABELS + y];
                    z += marg[y];
                }
                // Not `z <= 0.0`: a NaN sum is skipped too.
                #[allow(clippy::neg_cmp_op_on_partial_ord)]
                if !(z > 0.0) || !z.is_finite() {
                    continue;
                }
                let mut grad = [0f64; LABELS];
                for y in 0..LABELS {
                    grad[y] = -marg[y] / z;
                }
                grad[s.gold[i]] += 1.0;
                for &f in s.token(i) {
                    let row = &mut w[f as usize * LABELS..(f as usize + 1) * LABELS];
                    for (x, g) in row.iter_mut().zip(grad) {
                        *x += step * g;
                    }
                }
                if i == 0 {
                    for y in 0..LABELS {
                        ws[y] += lr * grad[y];
                    }
                    ws.iter_mut().for_each(|x| *x *= 1.0 - lr * lambda);
                } else {
                    let mut xi = [[0f64; LABELS]; LABELS];
                    let mut zz = 0.0;
                    for p in 0..LABELS {
                        let a = alpha[(i - 1) * LABELS + p];
                        if a == 0.0 {
                            continue;
                        }
                        for y in 0..LABELS {
                            let v = a * et[p][y] * psi[i * LABELS + y] * beta[i * LABELS + y];
                            xi[p][y] = v;
                            zz += v;
                        }
                    }
                    if zz > 0.0 && zz.is_finite() {
                        for p in 0..LABELS {
                            for y in 0..LABELS {
                                wt[p][y] -= lr * xi[p][y] / zz;
                            }
                        }
                        wt[s.gold[i - 1]][s.gold[i]] += lr;
                    }
                }
            }
            for row in wt.iter_mut() {
                row.iter_mut().for_each(|x| *x *= 1.0 - lr * lambda);
            }
        }
        let tagger = snapshot(&w, scale, &ws, &wt);
        on_epoch(epoch, &tagger);
        last = Some(tagger);
    }
    last.unwrap_or_else(|| snapshot(&w, scale, &ws, &wt))
}

fn normalise(v: &mut [f64]) {
    let sum: f64 = v.iter().sum();
    if sum > 0.0 && sum.is_finite() {
        v.iter_mut().for_each(|x| *x /= sum);
    }
}

/// The averaged weights, pruned and quantised into a model.
fn average(keys: &[u64], wt: &Weights, c: f64, lexicon: &Lexicon, options: &Options) -> Model {
    let avg = |w: f64, u: f64| w - u / c;
    // The quantisation step: the largest weight maps to ±levels (at most 30000 of the i16 range,
    // leaving room for the rare rows that two features share).
    let mut max_abs = 1e-9f64;
    for (&w, &u) in wt.w.iter().zip(&wt.u) {
        max_abs = max_abs.max(avg(f64::from(w), u).abs());
    }
    let step = max_abs / f64::from(options.levels.clamp(1, 30000));
    let q = |x: f64| (x / step).round();
    let mut rows: FastMap<u32, usize> = FastMap::default();
    let mut features: Vec<(u32, [i16; LABELS])> = Vec::new();
    for (f, &key) in keys.iter().enumerate() {
        let at = f * LABELS;
        let row: Vec<f64> = (0..LABELS).map(|y| avg(f64::from(wt.w[at + y]), wt.u[at + y])).collect();
        let max = row.iter().fold(0.0f64, |m, x| m.max(x.abs()));
        if max < options.prune || row.iter().all(|&x| q(x) == 0.0) {
            continue;
        }
        let k = key32(key);
        let r = *rows.entry(k).or_insert_with(|| {
            features.push((k, [0i16; LABELS]));
            features.len() - 1
        });
        // Two features sharing a 32-bit key (rare) add up, as they would when tagging.
        for (slot, x) in features[r].1.iter_mut().zip(&row) {
            *slot = (f64::from(*slot) + q(*x)).clamp(-32767.0, 32767.0) as i16;
        }
    }
    let mut start = [0i64; LABELS];
    let mut trans = [[0i64; LABELS]; LABELS];
    for y in 0..LABELS {
        start[y] = q(avg(wt.ws[y], wt.us[y])) as i64;
        // Four tables indexed alike: the indices read plainer than four zipped iterators.
        #[allow(clippy::needless_range_loop)]
        for z in 0..LABELS {
            trans[y][z] = q(avg(wt.wt[y][z], wt.ut[y][z])) as i64;
        }
    }
    Model::build(&Parts { scale: step as f32, outside_bias: 0, start, trans, features, lexicon })
}
