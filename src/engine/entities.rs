//! Entity clusters: every mention of one entity merged into one [`Cluster`].
//!
//! - People by surname: "Jens Stoltenberg", "Stoltenberg", "Stoltenbergs", "NATO-Chef Jens
//!   Stoltenberg" are one person; role words before a name ("NATO-Generalsekretär") are not part
//!   of it.
//! - Other names by their case-folded text: "NATO" and "Nato"; a genitive "Kiews" joins "Kiew".
//! - Parts ("NATO-Gipfel") join the entity one of their pieces names.
//! - Derived words ("ukrainischen", "russischen") join the name they derive from by stem:
//!   "ukrain-ischen" / "Ukrain-e", "russ-ischen" / "Russ-land".
//! - One entity, one kind, by evidence: its names take the kind the tagger's confidence
//!   favours over all of them ("Kiew" tagged a person once among five places is a place); a
//!   name inside a compound does not outvote the plain name.
//!
//! The canonical name is the fullest the text gives. Every lookup is a hash probe, so
//! clustering is linear in the number of mentions.

use std::collections::HashMap;

use super::words::ROLE_SUFFIXES;
use super::{Cluster, EntityKind, Found, Mention, Span, Variant};

/// Shortest stem a derived word may be matched by.
const MIN_STEM: usize = 4;
/// How many candidate names one stem prefix is compared with at most.
const MAX_CANDIDATES: usize = 16;

/// Whether a word is a role or title before a name: "NATO-Generalsekretär", "Präsidentin".
fn is_role(word: &str) -> bool {
    let lower = word.to_lowercase();
    let tail = lower.rsplit('-').next().unwrap_or(&lower);
    // Inflected roles too: "Präsidenten", "Ministers".
    let stem =
        tail.strip_suffix("en").or_else(|| tail.strip_suffix('n')).or_else(|| tail.strip_suffix('s')).unwrap_or(tail);
    ROLE_SUFFIXES.iter().any(|s| tail.ends_with(s) || stem.ends_with(s))
        || matches!(tail, "herr" | "frau" | "dr." | "prof.")
}

/// The words of a person's mention that are the name: roles before it dropped.
fn name_words(text: &str) -> Vec<&str> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let first_name = words.iter().position(|w| !is_role(w)).unwrap_or(0);
    words[first_name..].to_vec()
}

/// A word without a genitive ending: "Stoltenbergs" → "stoltenberg", "Kiews" → "kiew".
fn without_genitive(lower: &str) -> Option<&str> {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .or_else(|| lower.strip_suffix('\''))
        .or_else(|| lower.strip_suffix('s'))
        .filter(|s| s.chars().count() >= 2)
}

/// The stem of a derived adjective: "ukrainischen" → "ukrain", "deutschen" → "deutsch".
fn deriv_stem(lower: &str) -> &str {
    for suffix in ["ischen", "ischem", "ischer", "isches", "ische", "isch", "ern", "er", "en", "em", "es", "e"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if stem.chars().count() >= MIN_STEM {
                return stem;
            }
        }
    }
    lower
}

/// The stem of a name a derived word may come from: "ukraine" → "ukrain", "russland" → "russ".
fn name_stem(lower: &str) -> &str {
    for suffix in ["land", "ien", "en", "e", "a"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            if stem.chars().count() >= MIN_STEM {
                return stem;
            }
        }
    }
    lower
}

fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Whether a derived word's stem and a name's stem are the same word: one is a prefix of the
/// other but for at most one letter ("chines" / "chin", "europä" / "europ").
fn stems_match(deriv: &str, name: &str) -> bool {
    let common = deriv.chars().zip(name.chars()).take_while(|(a, b)| a == b).count();
    let shorter = deriv.chars().count().min(name.chars().count());
    common >= MIN_STEM && common + 1 >= shorter
}

struct Builder {
    /// Provisional cluster of each mention.
    of: Vec<Option<usize>>,
    count: usize,
    /// Surname (lower case) → person cluster.
    surnames: HashMap<String, usize>,
    /// Case-folded name → cluster, for every kind but people's surnames.
    names: HashMap<String, usize>,
    /// First letters of a name's stem → clusters, for derived words.
    stems: HashMap<String, Vec<(String, usize)>>,
}

impl Builder {
    fn fresh(&mut self) -> usize {
        self.count += 1;
        self.count - 1
    }
}

/// One entity, one kind, by evidence. The tagger sees one sentence at a time, so "Kiew" can
/// come out as a place five times and as a person once, and "Reuters" as an organisation
/// after "Nachrichtenagentur" but as a person after "laut"; clustering has already put them in
/// one entity. Each mention votes for its kind with its weight (`weight`: the tagger's
/// confidence, see `ner::Evidence`); the plain names of an entity decide, and its parts
/// ("Ukraine-Experte") vote only when the text has no plain name for it, since a name inside
/// a compound is the weaker evidence. Derived words keep their own kind and do not vote. A
/// tie goes to the first kind in `EntityKind` order, never to whichever came first in the
/// text. `of` is each mention's provisional cluster, of `count`.
fn unify_kinds(found: &mut [Found], of: &[Option<usize>], count: usize, weight: &dyn Fn(Span) -> f64) {
    const KINDS: [EntityKind; 4] = [EntityKind::Per, EntityKind::Loc, EntityKind::Org, EntityKind::Oth];
    // Per cluster: the votes of its names and of its parts, by kind.
    let mut names = vec![[0.0f64; 4]; count];
    let mut parts = vec![[0.0f64; 4]; count];
    for (f, c) in found.iter().zip(of) {
        let Some(k) = KINDS.iter().position(|&k| k == f.kind) else { continue };
        let tally = match f.variant {
            Variant::Name => &mut names,
            Variant::Part => &mut parts,
            Variant::Deriv => continue,
        };
        if let Some(votes) = c.and_then(|c| tally.get_mut(c)) {
            votes[k] += weight(f.span);
        }
    }
    let winner: Vec<Option<EntityKind>> = names
        .iter()
        .zip(&parts)
        .map(|(n, p)| {
            let votes = if n.iter().any(|&v| v > 0.0) { n } else { p };
            let mut best: Option<(usize, f64)> = None;
            for (k, &v) in votes.iter().enumerate() {
                if v > 0.0 && best.is_none_or(|(_, most)| v > most) {
                    best = Some((k, v));
                }
            }
            best.map(|(k, _)| KINDS[k])
        })
        .collect();
    for (f, c) in found.iter_mut().zip(of) {
        if f.variant == Variant::Deriv || !KINDS.contains(&f.kind) {
            continue;
        }
        if let Some(kind) = c.and_then(|c| winner.get(c).copied().flatten()) {
            f.kind = kind;
        }
    }
}

/// Merges mentions of one entity, and gives an entity's names one kind. Mentions come in text
/// order and leave in it. `evidence` weighs a mention's vote for its kind by its span (the
/// tagger's confidence); a mention it does not list weighs 1.
pub(crate) fn cluster(
    text: &str,
    mut found: Vec<Found>,
    evidence: &HashMap<Span, f64>,
) -> (Vec<Mention>, Vec<Cluster>) {
    let mut b = Builder {
        of: vec![None; found.len()],
        count: 0,
        surnames: HashMap::new(),
        names: HashMap::new(),
        stems: HashMap::new(),
    };
    // Case-folded, with a place's qualifier written either way ("Frankfurt/Oder", "Frankfurt
    // (Oder)") folded to one key.
    let lower: Vec<String> = found
        .iter()
        .map(|f| {
            let lower = f.span.slice(text).to_lowercase();
            if lower.contains(['/', '(']) {
                lower
                    .split(|c: char| c.is_whitespace() || matches!(c, '/' | '(' | ')'))
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                lower
            }
        })
        .collect();

    // Full names of people first, so "Stoltenberg" early in the text still finds "Jens
    // Stoltenberg" named later.
    for (i, f) in found.iter().enumerate() {
        if f.kind == EntityKind::Per && f.variant == Variant::Name {
            let words = name_words(&lower[i]);
            if words.len() >= 2 {
                let surname = words[words.len() - 1].to_string();
                let known =
                    b.surnames.get(&surname).or_else(|| without_genitive(&surname).and_then(|s| b.surnames.get(s)));
                let c = match known.copied() {
                    Some(c) => c,
                    None => {
                        let c = b.fresh();
                        b.surnames.insert(surname, c);
                        c
                    }
                };
                b.of[i] = Some(c);
            }
        }
    }
    // Then every other name.
    for (i, f) in found.iter().enumerate() {
        if b.of[i].is_some() || f.variant != Variant::Name {
            continue;
        }
        let key = lower[i].as_str();
        let c = match f.kind {
            EntityKind::Date | EntityKind::Num => {
                *b.names.entry(format!("{}:{key}", f.kind.label())).or_insert_with(|| {
                    b.count += 1;
                    b.count - 1
                })
            }
            EntityKind::Per => {
                let words = name_words(key);
                let last = words.last().copied().unwrap_or(key);
                // A single word may also name a place or organisation the tagger took for a
                // person elsewhere ("Kiew").
                let found_c = b
                    .surnames
                    .get(last)
                    .or_else(|| without_genitive(last).and_then(|s| b.surnames.get(s)))
                    .or_else(|| (words.len() == 1).then(|| b.names.get(key)).flatten())
                    .or_else(|| {
                        (words.len() == 1).then(|| without_genitive(key).and_then(|s| b.names.get(s))).flatten()
                    })
                    .copied();
                match found_c {
                    Some(c) => c,
                    None => {
                        let c = b.fresh();
                        b.surnames.insert(last.to_string(), c);
                        c
                    }
                }
            }
            _ => {
                let found_c = b
                    .names
                    .get(key)
                    .or_else(|| without_genitive(key).and_then(|s| b.names.get(s)))
                    .or_else(|| (!key.contains(' ')).then(|| b.surnames.get(key)).flatten())
                    .copied();
                match found_c {
                    Some(c) => c,
                    None => {
                        let c = b.fresh();
                        b.names.insert(key.to_string(), c);
                        c
                    }
                }
            }
        };
        b.of[i] = Some(c);
    }
    // Stems of every name, for the derived words.
    for (key, &c) in b.names.iter().chain(b.surnames.iter()) {
        let stem = name_stem(key);
        if stem.chars().count() >= MIN_STEM && !stem.contains(' ') {
            b.stems.entry(prefix(stem, MIN_STEM)).or_default().push((stem.to_string(), c));
        }
    }
    for list in b.stems.values_mut() {
        // Hash map order is arbitrary; the earliest cluster wins a tie.
        list.sort_by_key(|(_, c)| *c);
    }
    // Parts and derived words join the entity they name.
    for (i, f) in found.iter().enumerate() {
        if b.of[i].is_some() {
            continue;
        }
        let key = lower[i].as_str();
        let joined = match f.variant {
            Variant::Part => key.split(['-', '‐']).find_map(|piece| {
                b.names
                    .get(piece)
                    .or_else(|| b.surnames.get(piece))
                    .or_else(|| without_genitive(piece).and_then(|p| b.names.get(p)))
                    .copied()
            }),
            _ => {
                let stem = deriv_stem(key);
                b.stems.get(&prefix(stem, MIN_STEM)).and_then(|list| {
                    list.iter().take(MAX_CANDIDATES).find(|(name, _)| stems_match(stem, name)).map(|&(_, c)| c)
                })
            }
        };
        let c = joined.unwrap_or_else(|| {
            // No base in the text: the part or derived word stands for its own entity.
            let own = match f.variant {
                Variant::Part => key.split(['-', '‐']).next().unwrap_or(key).to_string(),
                _ => format!("~{}", deriv_stem(key)),
            };
            match b.names.get(&own) {
                Some(&c) => c,
                None => {
                    let c = b.fresh();
                    b.names.insert(own, c);
                    c
                }
            }
        });
        b.of[i] = Some(c);
    }

    unify_kinds(&mut found, &b.of, b.count, &|span| evidence.get(&span).copied().unwrap_or(1.0));

    // Number clusters by first mention and name each after its fullest name.
    let mut renumber: Vec<Option<usize>> = vec![None; b.count];
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut best: Vec<(usize, usize)> = Vec::new(); // rank of the name chosen so far
    let mut mentions = Vec::with_capacity(found.len());
    for (i, f) in found.iter().enumerate() {
        let provisional = b.of[i].unwrap_or(0);
        let id = match renumber.get(provisional).copied().flatten() {
            Some(id) => id,
            None => {
                let id = clusters.len();
                if let Some(slot) = renumber.get_mut(provisional) {
                    *slot = Some(id);
                }
                clusters.push(Cluster {
                    name: String::new(),
                    kind: f.kind,
                    mentions: Vec::new(),
                    quotes: Vec::new(),
                    place: None,
                });
                best.push((0, 0));
                id
            }
        };
        let surface = f.span.slice(text);
        let name = if f.kind == EntityKind::Per {
            name_words(surface).join(" ")
        } else {
            surface.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        // Names beat parts and derived words; more words beat fewer; a genitive loses.
        let rank = match f.variant {
            Variant::Name => (1 + name.split_whitespace().count(), 0),
            _ => (0, 0),
        };
        let current = &clusters[id].name;
        // "Stoltenberg" beats an earlier genitive "Stoltenbergs".
        let drops_genitive = rank.0 == best[id].0
            && current.len() == name.len() + 1
            && current.ends_with('s')
            && current.starts_with(name.as_str());
        if current.is_empty() || rank.0 > best[id].0 || drops_genitive {
            clusters[id].name = name;
            best[id] = rank;
            if f.variant == Variant::Name {
                clusters[id].kind = f.kind;
            }
        }
        clusters[id].mentions.push(mentions.len());
        mentions.push(Mention { span: f.span, kind: f.kind, variant: f.variant, cluster: id });
    }
    // A place's derived words with no name of the place beside them: the place, from the table
    // of peoples, for the names index.
    for cluster in &mut clusters {
        let derived_only = cluster.mentions.iter().all(|&m| mentions[m].variant == Variant::Deriv);
        if cluster.kind == EntityKind::Loc && derived_only {
            let first = cluster.mentions.first().map(|&m| mentions[m].span.slice(text));
            cluster.place = first.and_then(crate::engine::ner::place_of_derived).map(String::from);
        }
    }
    (mentions, clusters)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems() {
        assert_eq!(deriv_stem("ukrainischen"), "ukrain");
        assert_eq!(name_stem("ukraine"), "ukrain");
        assert_eq!(deriv_stem("russischen"), "russ");
        assert_eq!(name_stem("russland"), "russ");
        assert!(stems_match("chines", "chin"));
        assert!(!stems_match("brasil", "britann"));
    }

    /// Finds each listed word in `text` (in order) and tags it.
    fn found(text: &str, tags: &[(&str, EntityKind, Variant)]) -> Vec<Found> {
        let mut from = 0;
        tags.iter()
            .map(|&(word, kind, variant)| {
                let start = from + text[from..].find(word).expect("word in text");
                from = start + word.len();
                Found { span: crate::engine::Span::new(start, from), kind, variant }
            })
            .collect()
    }

    fn names(text: &str, tags: &[(&str, EntityKind, Variant)]) -> Vec<(String, Vec<String>)> {
        let (mentions, clusters) = cluster(text, found(text, tags), &HashMap::new());
        clusters
            .iter()
            .map(|c| (c.name.clone(), c.mentions.iter().map(|&m| mentions[m].span.slice(text).to_string()).collect()))
            .collect()
    }

    #[test]
    fn people_by_surname_with_roles_and_genitives() {
        use EntityKind::*;
        use Variant::*;
        let text = "Stoltenberg kam. NATO-Chef Jens Stoltenberg sprach. Besuch Stoltenbergs. Die Nato und die NATO.";
        let got = names(
            text,
            &[
                ("Stoltenberg", Per, Name),
                ("NATO-Chef Jens Stoltenberg", Per, Name),
                ("Stoltenbergs", Per, Name),
                ("Nato", Org, Name),
                ("NATO", Org, Name),
            ],
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Jens Stoltenberg");
        assert_eq!(got[0].1.len(), 3);
        assert_eq!(got[1].0, "Nato");
        assert_eq!(got[1].1, ["Nato", "NATO"]);
    }

    #[test]
    fn one_entity_takes_one_kind() {
        use EntityKind::*;
        use Variant::*;
        let text = "Kiew. Kiew. Kiew. Reuters. Reuters. Ukraine-Hilfe. Ukraine. ukrainisch. NATO.";
        let tags = found(
            text,
            &[
                ("Kiew", Loc, Name),
                ("Kiew", Per, Name),
                ("Kiew", Loc, Name),
                ("Reuters", Org, Name),
                ("Reuters", Per, Name),
                ("Ukraine-Hilfe", Org, Part),
                ("Ukraine", Loc, Name),
                ("ukrainisch", Per, Deriv),
                ("NATO", Org, Name),
            ],
        );
        // The tagger was sure of "Reuters" after "Nachrichtenagentur", unsure after "laut".
        let evidence: HashMap<Span, f64> = [(tags[3].span, 4.0), (tags[4].span, 1.5)].into_iter().collect();
        let (mentions, _) = cluster(text, tags.clone(), &evidence);
        let kinds: Vec<EntityKind> = mentions.iter().map(|m| m.kind).collect();
        // The majority for Kiew; the more confident mention for Reuters; the plain name for
        // Ukraine, whose part follows it (and stays a part); the derived word is left alone.
        assert_eq!(kinds, [Loc, Loc, Loc, Org, Org, Loc, Loc, Per, Org]);
        assert_eq!(mentions[5].variant, Part);
        // The same votes the other way round give the other kind: order does not decide.
        let swapped: HashMap<Span, f64> = [(tags[3].span, 1.5), (tags[4].span, 4.0)].into_iter().collect();
        let (mentions, _) = cluster(text, tags, &swapped);
        assert_eq!(mentions[3].kind, Per);
    }

    #[test]
    fn parts_and_derivations_join_their_base() {
        use EntityKind::*;
        use Variant::*;
        let text = "Der NATO-Gipfel in der ukrainischen Hauptstadt. Die Ukraine und Russland. Die russischen Truppen. Die NATO.";
        let (mentions, clusters) = cluster(
            text,
            found(
                text,
                &[
                    ("NATO-Gipfel", Org, Part),
                    ("ukrainischen", Loc, Deriv),
                    ("Ukraine", Loc, Name),
                    ("Russland", Loc, Name),
                    ("russischen", Loc, Deriv),
                    ("NATO", Org, Name),
                ],
            ),
            &HashMap::new(),
        );
        let name_of = |i: usize| clusters[mentions[i].cluster].name.as_str();
        assert_eq!(name_of(0), "NATO");
        assert_eq!(name_of(1), "Ukraine");
        assert_eq!(name_of(4), "Russland");
        assert_eq!(clusters.len(), 3);
        // Clusters are numbered by first mention, their mentions in text order.
        assert_eq!(mentions[0].cluster, 0);
        assert!(clusters.iter().all(|c| c.mentions.windows(2).all(|w| w[0] < w[1])));
    }

    #[test]
    fn many_mentions_stay_fast() {
        let text = "Meier sagte. ".repeat(50_000);
        let found: Vec<Found> = (0..50_000)
            .map(|i| Found {
                span: crate::engine::Span::new(i * 13, i * 13 + 5),
                kind: EntityKind::Per,
                variant: Variant::Name,
            })
            .collect();
        let (mentions, clusters) = cluster(&text, found, &HashMap::new());
        assert_eq!(mentions.len(), 50_000);
        assert_eq!(clusters.len(), 1);
    }

    #[test]
    fn roles_are_not_names() {
        assert_eq!(name_words("NATO-Generalsekretär Jens Stoltenberg"), ["Jens", "Stoltenberg"]);
        assert_eq!(name_words("Stoltenberg"), ["Stoltenberg"]);
    }
}
