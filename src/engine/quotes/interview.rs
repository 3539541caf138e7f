//! Interviews in question-and-answer form: paragraphs that open with a label and a colon
//! ("SPIEGEL: …", "Frage: …", "Roth: …", "EHRENBERG: …").
//!
//! Each answer is a direct quotation of the person its label names; each question is the
//! interviewer's. A label counts only where the article names that person (or the outlet), in
//! any capitalisation, and labels take turns through the text: a run of topic lines
//! ("Steuern: …", "Rente: …") names nobody and is no interview.

use super::{Doc, Draft};
use crate::engine::words::QUESTION_LABELS;
use crate::engine::{Cluster, EntityKind, InterviewTurn, QuoteKind};

/// The most words a label has ("Claudia Roth:").
const LABEL_WORDS: usize = 3;

/// One labelled paragraph: its label's tokens, the first and last token of what follows the
/// colon, and who the label names.
struct Turn {
    label: (usize, usize),
    text: (usize, usize),
    turn: InterviewTurn,
    cluster: Option<usize>,
    /// "Frage:" names no one.
    named: bool,
}

/// The cluster whose name the label is, in any capitalisation: the whole name or its last
/// word ("Roth", "EHRENBERG" for "Paul Ehrenberg").
fn cluster_named(label: &str, clusters: &[Cluster], kinds: &[EntityKind]) -> Option<usize> {
    clusters.iter().position(|c| {
        kinds.contains(&c.kind)
            && (c.name.to_lowercase() == label
                || c.name.split_whitespace().next_back().is_some_and(|last| last.to_lowercase() == label))
    })
}

/// Whether labelled paragraphs take turns as an interview's questions and answers do: most
/// neighbours differ (three in four), so a run of one kind of label is no interview. `asks` is
/// whether each turn, in text order, is a question.
pub(in crate::engine) fn take_turns(asks: impl Iterator<Item = bool>) -> bool {
    let asks: Vec<bool> = asks.collect();
    let switches = asks.windows(2).filter(|w| w[0] != w[1]).count();
    switches * 4 >= asks.len().saturating_sub(1) * 3
}

/// The labelled paragraphs of an interview, or nothing when the text is not one.
pub(crate) fn find(d: &Doc, clusters: &[Cluster]) -> Vec<Draft> {
    let mut turns: Vec<Turn> = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let block = d.block[i];
        let end = (i..d.len()).find(|&k| d.block[k] != block).unwrap_or(d.len());
        if let Some(turn) = labelled(d, i, end, clusters) {
            turns.push(turn);
        }
        i = end;
    }
    let answers = turns.iter().filter(|t| t.turn == InterviewTurn::Answer).count();
    let questions = turns.len() - answers;
    if answers < 2 || questions < 1 || !take_turns(turns.iter().map(|t| t.turn == InterviewTurn::Question)) {
        return Vec::new();
    }
    turns
        .into_iter()
        .map(|t| Draft {
            kind: QuoteKind::Direct,
            spans: vec![t.text],
            speaker: t.named.then_some(t.label),
            cue: None,
            cluster: t.cluster,
            interview: Some(t.turn),
        })
        .collect()
}

/// The turn a paragraph `[a, end)` opens with a label, if it does.
fn labelled(d: &Doc, a: usize, end: usize, clusters: &[Cluster]) -> Option<Turn> {
    let colon = (a + 1..end.min(a + LABEL_WORDS + 1)).find(|&k| d.word(k) == ":")?;
    if colon + 1 >= end || !(a..colon).all(|k| d.is_cap(k)) {
        return None;
    }
    let label = d.text.get(d.toks[a].start..d.toks[colon - 1].end)?.to_lowercase();
    let (turn, cluster, named) = if super::lexicon::is(QUESTION_LABELS, &label) {
        (InterviewTurn::Question, None, false)
    } else if let Some(c) = cluster_named(&label, clusters, &[EntityKind::Per]) {
        (InterviewTurn::Answer, Some(c), true)
    } else if let Some(c) = cluster_named(&label, clusters, &[EntityKind::Org, EntityKind::Oth]) {
        // The outlet asks: "SPIEGEL:", "STANDARD:".
        (InterviewTurn::Question, Some(c), true)
    } else {
        return None;
    };
    Some(Turn { label: (a, colon - 1), text: (colon + 1, end - 1), turn, cluster, named })
}
