//! Render tests of the viewer's components, natively: Yew's server renderer turns them into
//! HTML strings, and the tests read the tags. Run with
//! `cargo test --no-default-features --features ssr --test render`.

use std::rc::Rc;

use newslens::articles::DEFAULT_SLUG;
use newslens::engine::{self, Analysis, Cluster, EntityKind, Format, Mention, Quote, QuoteKind, Span, Tagger, Variant};
use newslens::ui::{ArticleView, ArticleViewProps, KindSet, ModelState};
use yew::ServerRenderer;

#[path = "support/render.rs"]
mod render_support;
use render_support::{block_on, render_app};

const SEED_TITLE: &str = "NATO-Generalsekretär Stoltenberg besucht überraschend Kiew";

fn provisional() -> ModelState {
    ModelState::provisional("test")
}

fn render_seed() -> String {
    render_app(&format!("#/a/{DEFAULT_SLUG}"), provisional)
}

/// Renders the article view of an analysis the test builds (from text only, so it is `Send`).
fn render_view(
    text: &'static str,
    build: fn(&'static str) -> Analysis,
    hidden: KindSet,
    active: Option<usize>,
) -> String {
    block_on(
        ServerRenderer::<ArticleView>::with_props(move || {
            let analysis = Rc::new(build(text));
            ArticleViewProps {
                document: Rc::new(analysis.document.clone()),
                analysis: Some(analysis),
                hidden,
                active_quote: active,
                quote_picks: 0,
                status: Default::default(),
                on_toggle: Default::default(),
                on_pick_quote: Default::default(),
            }
        })
        .hydratable(false)
        .render(),
    )
}

/// The opening tags `<name …>` in the HTML, each as written.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(&open) {
        let tail = &rest[at..];
        let after = tail[open.len()..].chars().next();
        let end = tail.find('>').map_or(tail.len(), |e| e + 1);
        if matches!(after, Some(' ' | '>' | '/')) {
            out.push(&tail[..end]);
        }
        rest = &tail[end..];
    }
    out
}

/// The value of an attribute in an opening tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

fn has_class(tag: &str, class: &str) -> bool {
    attr(tag, "class").is_some_and(|c| c.split_whitespace().any(|c| c == class))
}

/// The text between an opening tag (a slice of `html`, as [`tags`] returns) and the next
/// `</name>` (for elements without nesting of the same name).
fn inner<'a>(html: &'a str, tag: &str, name: &str) -> &'a str {
    let offset = (tag.as_ptr() as usize).wrapping_sub(html.as_ptr() as usize);
    assert!(offset < html.len(), "the tag is not a slice of the html");
    let start = offset + tag.len();
    let end = html[start..].find(&format!("</{name}>")).map_or(html.len(), |e| start + e);
    &html[start..end]
}

/// The text of some HTML with the tags removed.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn seed_article_has_title_date_and_structure() {
    let html = render_seed();
    let h1 = tags(&html, "h1");
    assert_eq!(h1.len(), 1, "{h1:?}");
    assert_eq!(text_of(inner(&html, h1[0], "h1")), SEED_TITLE);
    // The headline's names are marked like the text's.
    let headline = inner(&html, h1[0], "h1");
    assert!(
        tags(headline, "mark").iter().any(|m| attr(m, "data-kind") == Some("PER")),
        "no person marked in the headline: {headline}"
    );

    let time = tags(&html, "time");
    assert!(
        time.iter().any(|t| attr(t, "datetime") == Some("2023-04-20T12:06")),
        "no <time datetime=\"2023-04-20T12:06\"> in {time:?}"
    );
    assert!(html.contains("20.04.2023, 12:06 Uhr"));

    let subheadings: Vec<String> = tags(&html, "h2")
        .into_iter()
        .filter(|t| has_class(t, "article-subheading"))
        .map(|t| text_of(inner(&html, t, "h2")))
        .collect();
    assert_eq!(subheadings, ["Stoltenberg ist großer Ukraine-Unterstützer", "Die NATO, Ukraine und Russland"]);

    let lead = tags(&html, "p").into_iter().find(|t| has_class(t, "article-lead")).expect("a lead paragraph");
    assert!(text_of(inner(&html, lead, "p")).starts_with("Durch den russischen Angriffskrieg"));
    let paragraphs = tags(&html, "p").into_iter().filter(|t| has_class(t, "article-paragraph")).count();
    assert_eq!(paragraphs, 7);
}

#[test]
fn seed_caption_shows_its_credit() {
    let html = render_seed();
    assert_eq!(tags(&html, "figure").len(), 1);
    let caption = tags(&html, "figcaption");
    assert_eq!(caption.len(), 1);
    let text = text_of(inner(&html, caption[0], "figcaption"));
    assert!(text.contains("Gedenkmauer"), "{text}");
    assert!(text.contains("Bild: REUTERS"), "{text}");
}

#[test]
fn seed_entities_are_marks_with_kind_classes() {
    let html = render_seed();
    let marks = tags(&html, "mark");
    assert!(marks.len() > 10, "only {} marks", marks.len());
    for mark in &marks {
        assert!(has_class(mark, "entity"), "{mark}");
        let kind = attr(mark, "data-kind").expect("data-kind");
        let kind = EntityKind::from_label(kind).expect("a known kind");
        assert!(has_class(mark, &format!("entity-{}", kind.slug())), "{mark}");
        assert!(attr(mark, "title").is_some_and(|t| !t.is_empty()), "{mark}");
        assert!(!has_class(mark, "is-off"), "{mark}");
    }
    // The seed's people include Stoltenberg, named in the tooltip of his marks.
    assert!(
        marks.iter().any(|m| attr(m, "data-kind") == Some("PER") && attr(m, "title").is_some_and(|t| t.contains("Stoltenberg"))),
        "no PER mark for Stoltenberg"
    );
}

#[test]
fn seed_quote_list_lists_every_quote() {
    let html = render_seed();
    let seed = newslens::articles::find(DEFAULT_SLUG).expect("the seed is bundled");
    let analysis = engine::analyze_with(seed.source, seed.format, &Tagger::provisional());
    let items: Vec<&str> = tags(&html, "button").into_iter().filter(|t| has_class(t, "quote-list-item")).collect();
    assert_eq!(items.len(), analysis.quotes.len());
    assert!(!items.is_empty(), "the seed has quotations");
    // Each quote is also marked in the text, and the first span carries the anchor.
    for i in 0..analysis.quotes.len() {
        let id = format!("quote-{i}");
        assert!(
            tags(&html, "span").iter().any(|t| attr(t, "id") == Some(id.as_str()) && has_class(t, "quote")),
            "no anchor {id}"
        );
    }
    let direct = items.iter().filter(|t| has_class(t, "quote-direct")).count();
    assert_eq!(direct, analysis.quotes.iter().filter(|q| q.kind.is_direct()).count());
}

#[test]
fn unknown_slug_shows_not_found_with_the_list() {
    let html = render_app("#/a/gibt-es-nicht", provisional);
    assert!(html.contains("Artikel nicht gefunden"));
    assert!(html.contains("gibt-es-nicht"));
    let links = tags(&html, "a");
    assert!(links.iter().any(|a| attr(a, "href") == Some(&format!("#/a/{DEFAULT_SLUG}")[..])), "{links:?}");
    assert!(tags(&html, "mark").is_empty());
}

#[test]
fn unknown_path_shows_not_found() {
    let html = render_app("#/nirgends", provisional);
    assert!(html.contains("Artikel nicht gefunden"));
}

#[test]
fn home_lists_the_seed_with_its_date() {
    let html = render_app("#/", || ModelState::Loading);
    let link = tags(&html, "a")
        .into_iter()
        .find(|a| attr(a, "href") == Some(&format!("#/a/{DEFAULT_SLUG}")[..]) && has_class(a, "article-list-link"))
        .expect("a link to the seed");
    assert_eq!(text_of(inner(&html, link, "a")), SEED_TITLE);
    assert!(tags(&html, "time").iter().any(|t| attr(t, "datetime") == Some("2023-04-20T12:06")));
}

#[test]
fn while_the_model_loads_the_text_shows_without_marks() {
    let html = render_app(&format!("#/a/{DEFAULT_SLUG}"), || ModelState::Loading);
    assert!(html.contains(SEED_TITLE));
    assert!(html.contains("Durch den russischen Angriffskrieg"));
    assert!(tags(&html, "mark").is_empty());
    assert!(html.contains("werden geladen"));
    // The legend waits for the model.
    let toggles: Vec<&str> = tags(&html, "button").into_iter().filter(|t| has_class(t, "legend-toggle")).collect();
    assert_eq!(toggles.len(), 6);
    assert!(toggles.iter().all(|t| t.contains(" disabled")));
}

#[test]
fn the_fallback_says_so() {
    let html = render_seed();
    let status = tags(&html, "p").into_iter().find(|t| has_class(t, "model-status")).expect("a model status");
    assert!(has_class(status, "model-status-provisional"));
    assert_eq!(attr(status, "role"), Some("status"));
}

const HOSTILE: &str = "Titel <script>alert(1)</script>\n\n\
    Der Text <img src=x onerror=alert(1)> und <b>fett</b> bleibt Text, sagte Jens Stoltenberg in Kiew.";

fn analyse(text: &'static str) -> Analysis {
    engine::analyze(text, Format::Text)
}

#[test]
fn markup_in_article_text_is_escaped() {
    let html = render_view(HOSTILE, analyse, KindSet::default(), None);
    assert!(tags(&html, "script").is_empty(), "{html}");
    assert!(tags(&html, "img").is_empty(), "{html}");
    assert!(tags(&html, "b").is_empty(), "{html}");
    // In the headline too, where the "1" is marked as a number.
    assert!(html.contains("&lt;script&gt;alert(") && html.contains(")&lt;/script&gt;</h1>"), "{html}");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{html}");
    assert!(!html.contains(" style="), "inline styles break the CSP: {html}");
}

/// "Jens Stoltenberg sagte: „Wir bleiben.“ Der NATO-Gipfel beginnt." with hand-made mentions and
/// a quote, so the test does not depend on what the taggers find.
const HANDMADE: &str = "Titel\n\nJens Stoltenberg sagte: „Wir bleiben.“ Der NATO-Gipfel beginnt, der Norweger lächelt.";

fn handmade(text: &'static str) -> Analysis {
    let mut analysis = engine::analyze(text, Format::Text);
    let span = |s: &str| {
        let start = text.find(s).expect("in the text");
        Span::new(start, start + s.len())
    };
    analysis.clusters = vec![
        Cluster { name: "Jens Stoltenberg".into(), kind: EntityKind::Per, mentions: vec![0], quotes: vec![0] },
        Cluster { name: "NATO".into(), kind: EntityKind::Org, mentions: vec![1], quotes: vec![] },
    ];
    analysis.mentions = vec![
        Mention { span: span("Jens Stoltenberg"), kind: EntityKind::Per, variant: Variant::Name, cluster: 0 },
        Mention { span: span("NATO-Gipfel"), kind: EntityKind::Org, variant: Variant::Part, cluster: 1 },
    ];
    analysis.quotes = vec![
        Quote {
            kind: QuoteKind::Direct,
            spans: vec![span("„Wir bleiben.“")],
            speaker: Some(span("Jens Stoltenberg")),
            speaker_cluster: Some(0),
            cue: Some(span("sagte")),
            interview: None,
        },
        Quote {
            kind: QuoteKind::Indirect,
            spans: vec![span("lächelt")],
            speaker: Some(span("der Norweger")),
            speaker_cluster: Some(0),
            cue: None,
            interview: None,
        },
    ];
    analysis
}

#[test]
fn quote_list_names_speaker_mention_and_cue() {
    let html = render_view(HANDMADE, handmade, KindSet::default(), None);
    let items: Vec<&str> = tags(&html, "button").into_iter().filter(|t| has_class(t, "quote-list-item")).collect();
    assert_eq!(items.len(), 2);
    assert!(has_class(items[0], "quote-direct") && has_class(items[1], "quote-indirect"));
    let first = text_of(inner(&html, items[0], "button"));
    assert!(
        first.contains("„Wir bleiben.“") && first.contains("Jens Stoltenberg") && first.contains("sagte"),
        "{first}"
    );
    let second = text_of(inner(&html, items[1], "button"));
    assert!(second.contains("Jens Stoltenberg") && second.contains("„der Norweger“"), "{second}");
    // In the text: the quote is wrapped, and its speaker's mark sits inside the speaker span.
    let quote = tags(&html, "span").into_iter().find(|t| attr(t, "id") == Some("quote-0")).expect("quote anchor");
    assert!(has_class(quote, "quote-direct") && !has_class(quote, "is-active"));
    let speaker = tags(&html, "span").into_iter().find(|t| has_class(t, "quote-speaker")).expect("a speaker");
    assert!(inner(&html, speaker, "span").starts_with("<mark"), "{html}");
}

#[test]
fn the_picked_quote_is_active_in_list_and_text() {
    let html = render_view(HANDMADE, handmade, KindSet::default(), Some(1));
    let items: Vec<&str> = tags(&html, "button").into_iter().filter(|t| has_class(t, "quote-list-item")).collect();
    assert!(!has_class(items[0], "is-active") && has_class(items[1], "is-active"));
    assert_eq!(attr(items[1], "aria-pressed"), Some("true"));
    let quote = tags(&html, "span").into_iter().find(|t| attr(t, "id") == Some("quote-1")).expect("quote anchor");
    assert!(has_class(quote, "is-active"));
}

#[test]
fn part_mentions_mark_the_name_inside_the_word() {
    let html = render_view(HANDMADE, handmade, KindSet::default(), None);
    let mark = tags(&html, "mark").into_iter().find(|t| has_class(t, "entity-part")).expect("a part mark");
    assert!(has_class(mark, "entity-org"));
    assert_eq!(attr(mark, "data-cluster"), Some("NATO"));
    let content = inner(&html, mark, "mark");
    assert!(content.starts_with("<span class=\"entity-name\">NATO</span>-Gipfel"), "{content}");
}

#[test]
fn hidden_kinds_lose_their_highlight() {
    let hidden = KindSet::default().toggled(EntityKind::Per);
    let html = render_view(HANDMADE, handmade, hidden, None);
    for mark in tags(&html, "mark") {
        let is_person = attr(mark, "data-kind") == Some("PER");
        assert_eq!(has_class(mark, "is-off"), is_person, "{mark}");
    }
    let toggle = tags(&html, "button")
        .into_iter()
        .find(|t| has_class(t, "legend-toggle") && attr(t, "data-kind") == Some("PER"))
        .expect("a PER toggle");
    assert!(has_class(toggle, "is-off"));
    assert_eq!(attr(toggle, "aria-pressed"), Some("false"));
}

#[test]
fn legend_counts_mentions_per_kind() {
    let html = render_view(HANDMADE, handmade, KindSet::default(), None);
    let count = |kind: &str| {
        let toggle = tags(&html, "button")
            .into_iter()
            .find(|t| has_class(t, "legend-toggle") && attr(t, "data-kind") == Some(kind))
            .expect("a toggle");
        text_of(inner(&html, toggle, "button"))
    };
    assert_eq!(count("PER"), "Person1");
    assert_eq!(count("ORG"), "Organisation1");
    assert_eq!(count("LOC"), "Ort0");
}
