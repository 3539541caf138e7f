//! Speakers to entities: the mention a speaker phrase overlaps, or for a pronoun or a
//! description ("er", "der Norweger", "die Ministerin") the person it most likely refers to.
//!
//! Candidates are the people named in the few sentences before, and the speaker of the quotation
//! before; agreement (a masculine or feminine article or pronoun against what the text says of
//! each person), salience (a full name, how often named, having spoken) and distance decide.

use super::lexicon;
use super::{Doc, Draft};
use crate::engine::words::ROLE_SUFFIXES;
use crate::engine::{Cluster, EntityKind, Mention, Span, Variant};

/// How many sentences back a pronoun or description looks for its person.
const WINDOW: usize = 5;
/// How many mentions back the search goes at most, so it stays bounded on long texts.
const MAX_MENTIONS: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Masc,
    Fem,
    Unknown,
}

fn agrees(a: Gender, b: Gender) -> bool {
    a == Gender::Unknown || b == Gender::Unknown || a == b
}

/// The gender a speaker phrase states, and whether it refers back (pronoun or description).
/// A description refers to a person only when its noun names one in the singular: "der
/// Norweger", "die Ministerin"; "die Polizei", "die Anwohner", "der Verband" refer to no one.
fn phrase_gender(d: &Doc, (a, b): (usize, usize)) -> Option<Gender> {
    let first = d.lw(a);
    let last = d.lw(b);
    let feminine_noun = last.ends_with("in") && ROLE_SUFFIXES.iter().any(|s| s.ends_with("in") && last.ends_with(s));
    match first {
        "er" | "dieser" if a == b => Some(Gender::Masc),
        "sie" | "diese" if a == b => Some(Gender::Fem),
        // An indefinite "ein NATO-Vertreter" introduces somebody new: it refers back to no one.
        "der" | "dieser" if lexicon::is_person_noun(last) => Some(Gender::Masc),
        "die" | "diese" if feminine_noun => Some(Gender::Fem),
        _ => None,
    }
}

/// What the words before a person's mentions say of their gender: "Ministerin X", "Herr X".
fn cluster_genders(d: &Doc, mentions: &[Mention], clusters: &[Cluster]) -> Vec<Gender> {
    let mut out = vec![Gender::Unknown; clusters.len()];
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Per) {
        let t = d.toks.partition_point(|t| t.start < m.span.start);
        let Some(prev) = t.checked_sub(1) else { continue };
        let w = d.lw(prev);
        let tail = w.rsplit('-').next().unwrap_or(w);
        let g = if w == "frau"
            || (tail.ends_with("in") && ROLE_SUFFIXES.iter().any(|s| s.ends_with("in") && tail.ends_with(s)))
        {
            Gender::Fem
        } else if w == "herr" || ROLE_SUFFIXES.iter().any(|s| !s.ends_with("in") && tail.ends_with(s)) {
            Gender::Masc
        } else {
            continue;
        };
        if let Some(slot) = out.get_mut(m.cluster) {
            *slot = g;
        }
    }
    out
}

fn mention_at(mentions: &[Mention], span: Span) -> Option<&Mention> {
    let k = mentions.partition_point(|m| m.span.start < span.end);
    // A part of a word ("NATO" in "der NATO-Chef") names something else than the speaker.
    mentions[..k].iter().rev().take(8).find(|m| {
        m.span.overlaps(span) && m.variant == Variant::Name && !matches!(m.kind, EntityKind::Date | EntityKind::Num)
    })
}

/// The cluster of each draft's speaker, if one fits.
pub(crate) fn speakers(
    d: &Doc,
    drafts: &[Draft],
    mentions: &[Mention],
    clusters: &[Cluster],
    inside: &[bool],
) -> Vec<Option<usize>> {
    let genders = cluster_genders(d, mentions, clusters);
    let full_name: Vec<bool> = clusters.iter().map(|c| c.name.split_whitespace().count() >= 2).collect();
    let mut seen = vec![0usize; clusters.len()];
    let mut counted = 0; // mentions counted into `seen` so far
    let mut last: Option<(usize, usize)> = None; // (cluster, sentence) of the last resolved speaker
    let mut out = Vec::with_capacity(drafts.len());
    for q in drafts {
        let Some((a, b)) = q.speaker else {
            out.push(None);
            continue;
        };
        let span = d.span(a, b);
        let sentence = d.sent.get(a).copied().unwrap_or(0);
        while counted < mentions.len() && mentions[counted].span.end <= span.start {
            if let Some(s) = seen.get_mut(mentions[counted].cluster) {
                *s += 1;
            }
            counted += 1;
        }
        let direct = q.cluster.or_else(|| mention_at(mentions, span).map(|m| m.cluster));
        let resolved = direct.or_else(|| {
            let gender = phrase_gender(d, (a, b))?;
            let window_start = d.sents.get(sentence.saturating_sub(WINDOW)).map_or(0, |s| s.0);
            let from = d.toks.get(window_start).map_or(0, |t| t.start);
            let mut best: Option<(i64, usize)> = None;
            let k = mentions.partition_point(|m| m.span.start < span.start);
            for (rank, m) in mentions[..k].iter().rev().take(MAX_MENTIONS).enumerate() {
                if m.span.start < from {
                    break;
                }
                if m.kind != EntityKind::Per
                    || !agrees(gender, genders.get(m.cluster).copied().unwrap_or(Gender::Unknown))
                {
                    continue;
                }
                // People named inside quotation marks are spoken about, not speaking; a person
                // opening a sentence is its subject, the likeliest to be referred back to.
                let t = d.toks.partition_point(|t| t.start < m.span.start);
                if inside.get(t).copied().unwrap_or(false) {
                    continue;
                }
                let c = m.cluster;
                let mut score = -(rank as i64);
                if d.sentence_of(t).0 == t {
                    score += 3;
                }
                score += 3 * i64::from(full_name.get(c).copied().unwrap_or(false));
                score += seen.get(c).copied().unwrap_or(0).min(4) as i64;
                if last.is_some_and(|(lc, ls)| lc == c && sentence.saturating_sub(ls) <= WINDOW) {
                    score += 6;
                }
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, c));
                }
            }
            best.map(|(_, c)| c).or_else(|| {
                last.filter(|&(lc, ls)| {
                    sentence.saturating_sub(ls) <= WINDOW
                        && clusters.get(lc).is_some_and(|c| c.kind == EntityKind::Per)
                        && agrees(gender, genders.get(lc).copied().unwrap_or(Gender::Unknown))
                })
                .map(|(lc, _)| lc)
            })
        });
        if let Some(c) = resolved {
            last = Some((c, sentence));
        }
        out.push(resolved);
    }
    out
}
