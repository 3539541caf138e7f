//! A block's text as nodes: quotations, inline formatting and entity marks nested around plain
//! text nodes.
//!
//! Article text only ever becomes text nodes, never markup, so `<script>` in an article stays
//! visible text. The three layers nest in a fixed order, outermost first: quotations (with their
//! speaker and cue), inline formatting, entity marks. Where an inner span crosses an outer one's
//! edge it is split at the edge, so the result is always a well-formed tree.

use std::cmp::Reverse;

use yew::prelude::*;

use super::{kind_class, quote_kind_class};
use crate::engine::{Analysis, InlineKind, InlineStyle, Mention, Span, Variant};
use crate::ui::state::KindSet;
use crate::ui::strings::{Strings, DE};

/// What wraps a piece of text.
#[derive(Clone, Copy, Debug)]
enum Wrap<'a> {
    /// One span of quotation `index`; `first` carries the anchor the quote list scrolls to.
    Quote {
        index: usize,
        first: bool,
    },
    Speaker(usize),
    Cue(usize),
    Style(&'a InlineKind),
    /// An index into `Analysis::mentions`.
    Entity(usize),
}

#[derive(Clone, Copy, Debug)]
struct Item<'a> {
    span: Span,
    wrap: Wrap<'a>,
}

impl<'a> Item<'a> {
    /// The part of the item inside `range`, if any.
    fn clip(self, range: Span) -> Option<Item<'a>> {
        let (start, end) = (self.span.start.max(range.start), self.span.end.min(range.end));
        (start < end).then_some(Item { span: Span { start, end }, wrap: self.wrap })
    }
}

/// Renders the blocks of one article. Built once per render, used for every block.
pub(crate) struct Marker<'a> {
    text: &'a str,
    analysis: Option<&'a Analysis>,
    quotes: Vec<Item<'a>>,
    entities: Vec<Item<'a>>,
    hidden: KindSet,
    active_quote: Option<usize>,
    /// The cluster chosen in the entity index, and the mention stepped to.
    chosen: Option<usize>,
    current: Option<usize>,
    strings: &'static Strings,
}

impl<'a> Marker<'a> {
    /// Without an analysis (the model is still loading) the text is shown plain.
    pub(crate) fn new(
        text: &'a str,
        analysis: Option<&'a Analysis>,
        hidden: KindSet,
        active_quote: Option<usize>,
    ) -> Marker<'a> {
        let mut quotes = Vec::new();
        let mut entities = Vec::new();
        if let Some(analysis) = analysis {
            for (index, quote) in analysis.quotes.iter().enumerate() {
                for (n, &span) in quote.spans.iter().enumerate() {
                    quotes.push(Item { span, wrap: Wrap::Quote { index, first: n == 0 } });
                }
                if let Some(span) = quote.speaker {
                    quotes.push(Item { span, wrap: Wrap::Speaker(index) });
                }
                if let Some(span) = quote.cue {
                    quotes.push(Item { span, wrap: Wrap::Cue(index) });
                }
            }
            entities = analysis
                .mentions
                .iter()
                .enumerate()
                .map(|(i, m)| Item { span: m.span, wrap: Wrap::Entity(i) })
                .collect();
        }
        Marker { text, analysis, quotes, entities, hidden, active_quote, chosen: None, current: None, strings: &DE }
    }

    /// Marks the mentions of cluster `chosen` and, among them, mention `current` (an index into
    /// `Analysis::mentions`).
    pub(crate) fn with_chosen(self, chosen: Option<usize>, current: Option<usize>) -> Marker<'a> {
        Marker { chosen, current, ..self }
    }

    /// The interface language of the marks' tooltips.
    pub(crate) fn with_strings(self, strings: &'static Strings) -> Marker<'a> {
        Marker { strings, ..self }
    }

    /// The nodes for `span` of the text, with the block's inline formatting.
    /// Footnote marks, which take no room in the text, stand as superscript numbers between
    /// the nodes of the text around them.
    pub(crate) fn render(&self, span: Span, inline: &'a [InlineStyle]) -> Html {
        let styles: Vec<Item<'a>> = inline
            .iter()
            .filter(|s| !matches!(s.kind, InlineKind::FootnoteRef(_)))
            .map(|s| Item { span: s.span, wrap: Wrap::Style(&s.kind) })
            .collect();
        let layers = [self.quotes.clone(), styles, self.entities.clone()];
        let mut out = Vec::new();
        let mut pos = span.start;
        for style in inline {
            let InlineKind::FootnoteRef(number) = style.kind else { continue };
            let at = style.span.start.clamp(pos, span.end);
            out.extend(self.nodes(Span { start: pos, end: at }, &layers));
            out.push(html! { <sup class="article-footnote-ref">{number.to_string()}</sup> });
            pos = at;
        }
        out.extend(self.nodes(Span { start: pos, end: span.end }, &layers));
        out.into_iter().collect()
    }

    /// The nodes for `range`: the first layer's items wrap the nodes of the layers below.
    fn nodes(&self, range: Span, layers: &[Vec<Item<'a>>]) -> Vec<Html> {
        if range.start >= range.end {
            return Vec::new();
        }
        let Some((first, rest)) = layers.split_first() else {
            return vec![html! { { range.slice(self.text).to_string() } }];
        };
        let mut items: Vec<Item<'a>> = first.iter().filter_map(|item| item.clip(range)).collect();
        items.sort_by_key(|item| (item.span.start, Reverse(item.span.end)));

        let mut out = Vec::new();
        let mut pos = range.start;
        let mut i = 0;
        while i < items.len() {
            let outer = items[i];
            i += 1;
            if outer.span.start < pos {
                // Starts inside an earlier sibling it was not nested in: nothing left to wrap.
                continue;
            }
            // Items of the same layer that start inside this one nest within it (Markdown's
            // strong inside emphasis); their parts beyond its end are dropped.
            let mut inner = Vec::new();
            while i < items.len() && items[i].span.start < outer.span.end {
                inner.extend(items[i].clip(outer.span));
                i += 1;
            }
            out.extend(self.nodes(Span { start: pos, end: outer.span.start }, rest));
            let children = if inner.is_empty() {
                self.nodes(outer.span, rest)
            } else {
                let mut nested = vec![inner];
                nested.extend_from_slice(rest);
                self.nodes(outer.span, &nested)
            };
            out.push(self.wrap(outer, children));
            pos = outer.span.end;
        }
        out.extend(self.nodes(Span { start: pos, end: range.end }, rest));
        out
    }

    fn wrap(&self, item: Item<'a>, children: Vec<Html>) -> Html {
        let children: Html = children.into_iter().collect();
        let is_active = |index: usize| (self.active_quote == Some(index)).then_some("is-active");
        let kind_of = |index: usize| self.analysis.and_then(|a| a.quotes.get(index)).map(|q| q.kind);
        match item.wrap {
            Wrap::Quote { index, first } => {
                let class = classes!("quote", kind_of(index).map(quote_kind_class), is_active(index),);
                let id = first.then(|| format!("quote-{index}"));
                html! {
                    <span {class} {id} data-quote={index.to_string()}>{children}</span>
                }
            }
            Wrap::Speaker(index) => html! {
                <span class={classes!("quote-speaker", is_active(index))} data-quote={index.to_string()}>
                    {children}
                </span>
            },
            Wrap::Cue(index) => html! {
                <span class={classes!("quote-cue", is_active(index))} data-quote={index.to_string()}>
                    {children}
                </span>
            },
            Wrap::Style(kind) => match kind {
                InlineKind::Emphasis => html! { <em>{children}</em> },
                InlineKind::Strong => html! { <strong>{children}</strong> },
                InlineKind::Code => html! { <code>{children}</code> },
                InlineKind::Strikethrough => html! { <del>{children}</del> },
                InlineKind::FootnoteRef(_) => children,
                InlineKind::Link(href) if is_safe_href(href) => html! {
                    <a href={href.clone()} rel="noopener noreferrer" target="_blank">{children}</a>
                },
                InlineKind::Link(_) => children,
            },
            Wrap::Entity(index) => match self.analysis.and_then(|a| a.mentions.get(index)) {
                Some(mention) => self.mark(index, mention, item.span),
                None => children,
            },
        }
    }

    /// One entity mark. It is the innermost layer, so it renders its text itself.
    fn mark(&self, index: usize, mention: &Mention, span: Span) -> Html {
        let written = span.slice(self.text);
        let cluster = self.analysis.and_then(|a| a.clusters.get(mention.cluster));
        let name = cluster.map(|c| c.name.as_str()).filter(|n| !n.is_empty()).unwrap_or(written);
        let english = self.strings.lang == crate::ui::prefs::Lang::En;
        let (variant_class, variant_note) = match (mention.variant, english) {
            (Variant::Name, _) => (None, ""),
            (Variant::Deriv, false) => (Some("entity-deriv"), " (abgeleitet)"),
            (Variant::Deriv, true) => (Some("entity-deriv"), " (derived)"),
            (Variant::Part, false) => (Some("entity-part"), " (Wortteil)"),
            (Variant::Part, true) => (Some("entity-part"), " (part of a word)"),
        };
        let class = classes!(
            "entity",
            kind_class(mention.kind),
            variant_class,
            self.hidden.contains(mention.kind).then_some("is-off"),
            (self.chosen == Some(mention.cluster)).then_some("is-chosen"),
            (self.current == Some(index)).then_some("is-current"),
        );
        // A mention split by a quotation's edge has its anchor on its first piece only.
        let id = (span.start == mention.span.start).then(|| format!("mention-{index}"));
        let current = (self.current == Some(index)).then_some("true");
        // One Tab stop for all the marks (the current mention's, else the first one's): the
        // arrow keys move between them, and Tab goes on past the article rather than through
        // its seventy names.
        let tab_stop = id.is_some() && self.current.unwrap_or(0) == index;
        let tabindex = if tab_stop { "0" } else { "-1" };
        let title = format!("{}{variant_note}: {name}", self.strings.kind(mention.kind));
        // The last word and the kind label after it (drawn by the stylesheet) are kept on one
        // line: "Reuters" and its "ORG" never part at a line's end.
        let content = if mention.variant == Variant::Part {
            // Show which part of the word is the name: "[NATO]-Gipfel".
            let (before, part, after) = split_part(written, name);
            html! { <span class="entity-end">{before}<span class="entity-name">{part}</span>{after}</span> }
        } else {
            let (head, last) = split_last_word(written);
            html! { <>{head}<span class="entity-end">{last}</span></> }
        };
        html! {
            <mark {class} {id} data-kind={mention.kind.label()} data-cluster={name.to_string()}
                data-mention={index.to_string()} {tabindex} aria-current={current} {title}>
                {content}
            </mark>
        }
    }
}

/// Splits a word into the text before the name, the name and the text after it. Tries the whole
/// name, then its words longest first ("Stoltenberg" of "Jens Stoltenberg" in
/// "Stoltenberg-Besuch"); when none is found, the whole word is the name.
fn split_part(word: &str, name: &str) -> (String, String, String) {
    let mut candidates: Vec<&str> = std::iter::once(name).chain(name.split_whitespace()).collect();
    candidates[1..].sort_by_key(|w| Reverse(w.len()));
    for candidate in candidates.into_iter().filter(|c| !c.is_empty()) {
        if let Some(at) = word.find(candidate) {
            let end = at + candidate.len();
            return (word[..at].to_string(), candidate.to_string(), word[end..].to_string());
        }
    }
    (String::new(), word.to_string(), String::new())
}

/// A mention's text before its last word (with the space) and its last word: "Jens " and
/// "Stoltenberg".
fn split_last_word(written: &str) -> (String, String) {
    match written.rfind(char::is_whitespace) {
        Some(at) => {
            let space = written[at..].chars().next().map_or(1, char::len_utf8);
            (written[..at + space].to_string(), written[at + space..].to_string())
        }
        None => (String::new(), written.to_string()),
    }
}

/// Links open only to the web or mail; the engine already checks this, the view does not rely on it.
fn is_safe_href(href: &str) -> bool {
    let lower = href.trim_start().to_ascii_lowercase();
    ["https://", "http://", "mailto:"].iter().any(|scheme| lower.starts_with(scheme))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_names_inside_words() {
        let cases = [
            ("NATO-Gipfel", "NATO", ("", "NATO", "-Gipfel")),
            ("Stoltenberg-Besuch", "Jens Stoltenberg", ("", "Stoltenberg", "-Besuch")),
            ("Ukraine-Unterstützer", "Ukraine", ("", "Ukraine", "-Unterstützer")),
            ("Bündniskreisen", "NATO", ("", "Bündniskreisen", "")),
            ("EU-Gipfel", "", ("", "EU-Gipfel", "")),
        ];
        for (word, name, (a, b, c)) in cases {
            let got = split_part(word, name);
            assert_eq!((got.0.as_str(), got.1.as_str(), got.2.as_str()), (a, b, c), "{word:?} {name:?}");
        }
    }

    #[test]
    fn last_words() {
        assert_eq!(split_last_word("Jens Stoltenberg"), ("Jens ".into(), "Stoltenberg".into()));
        assert_eq!(split_last_word("Reuters"), (String::new(), "Reuters".into()));
        assert_eq!(split_last_word("Ende\u{a0}Februar"), ("Ende\u{a0}".into(), "Februar".into()));
    }

    #[test]
    fn only_web_and_mail_links() {
        assert!(is_safe_href("https://www.tagesschau.de/"));
        assert!(is_safe_href("mailto:a@b.de"));
        assert!(!is_safe_href("javascript:alert(1)"));
        assert!(!is_safe_href(" JAVASCRIPT:alert(1)"));
        assert!(!is_safe_href("data:text/html,x"));
    }
}
