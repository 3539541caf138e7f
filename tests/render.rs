//! Render tests of the viewer's components, natively: Yew's server renderer turns them into
//! HTML strings, and the tests read the tags. Run with
//! `cargo test --no-default-features --features ssr --test render`.

use std::rc::Rc;

use newslens::articles::DEFAULT_SLUG;
use newslens::engine::{self, Analysis, Cluster, EntityKind, Format, Mention, Quote, QuoteKind, Span, Tagger, Variant};
use newslens::ui::{
    Action, ArticleSource, ArticleView, HomePage, KindSet, Library, ModelState, Route, ViewerProvider, ViewerState,
};
use yew::prelude::*;
use yew::{Reducible, ServerRenderer};

#[path = "support/dom.rs"]
mod dom;
#[path = "support/render.rs"]
mod render_support;
use dom::{Dom, Node};
use render_support::{block_on, render_app, render_app_with, trained, trained_tagger};

const SEED_TITLE: &str = "NATO-Generalsekretär Stoltenberg besucht überraschend Kiew";

/// The seed article as readers see it, with the committed model.
fn render_seed() -> String {
    render_app(&format!("#/a/{DEFAULT_SLUG}"), trained)
}

/// Renders the article view of an analysis the test builds (from text only, so it is `Send`).
fn render_view(
    text: &'static str,
    build: fn(&'static str) -> Analysis,
    hidden: KindSet,
    active: Option<usize>,
) -> String {
    #[function_component]
    fn View(props: &ViewProps) -> Html {
        let mut state = Rc::new(ViewerState::new(Route::Article("view".into()), ModelState::Loading));
        for kind in EntityKind::ALL.into_iter().filter(|k| props.hidden.contains(*k)) {
            state = state.reduce(Action::ToggleKind(kind));
        }
        if let Some(index) = props.active {
            state = state.reduce(Action::PickQuote(index));
        }
        let analysis = props.analysis.clone();
        html! {
            <ViewerProvider state={(*state).clone()}>
                <ArticleView document={Rc::new(analysis.document.clone())} analysis={Some(analysis)} />
            </ViewerProvider>
        }
    }
    #[derive(Properties, PartialEq)]
    struct ViewProps {
        analysis: Rc<Analysis>,
        hidden: KindSet,
        active: Option<usize>,
    }
    block_on(
        ServerRenderer::<View>::with_props(move || ViewProps { analysis: Rc::new(build(text)), hidden, active })
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

#[test]
fn seed_article_has_title_date_and_structure() {
    let html = render_seed();
    let dom = Dom::parse(&html);
    let headline = dom.by_role("heading", SEED_TITLE);
    assert_eq!(headline.level(), Some(1));
    assert_eq!(dom.all_by_role("heading", None).iter().filter(|h| h.level() == Some(1)).count(), 1);
    // The headline's names are marked like the text's.
    assert!(
        headline.all_by_role("mark", None).iter().any(|m| m.attr("data-kind") == Some("PER")),
        "no person marked in the headline: {html}"
    );

    let time = tags(&html, "time");
    assert!(
        time.iter().any(|t| attr(t, "datetime") == Some("2023-04-20T12:06")),
        "no <time datetime=\"2023-04-20T12:06\"> in {time:?}"
    );
    assert!(html.contains("20.04.2023, 12:06 Uhr"));

    let article = dom.all_by_role("article", None);
    assert_eq!(article.len(), 1);
    let subheadings: Vec<String> =
        article[0].all_by_role("heading", None).iter().filter(|h| h.level() == Some(2)).map(Node::name).collect();
    assert_eq!(subheadings, ["Stoltenberg ist großer Ukraine-Unterstützer", "Die NATO, Ukraine und Russland"]);

    let first_paragraph = article[0]
        .all_by_role("paragraph", None)
        .into_iter()
        .find(|p| p.text().len() > 100)
        .expect("a paragraph of text");
    assert!(first_paragraph.text().starts_with("Durch den russischen Angriffskrieg"), "{}", first_paragraph.text());
    let paragraphs = tags(&html, "p").into_iter().filter(|t| has_class(t, "article-paragraph")).count();
    assert_eq!(paragraphs, 7);
}

#[test]
fn seed_caption_shows_its_credit() {
    let dom = Dom::parse(&render_seed());
    let figures = dom.all_by_role("figure", None);
    assert_eq!(figures.len(), 1);
    let text = figures[0].text();
    assert!(text.contains("Gedenkmauer"), "{text}");
    assert!(text.contains("Bild: REUTERS"), "{text}");
}

#[test]
fn seed_entities_are_marks_with_kind_classes() {
    let html = render_seed();
    // The entity marks; the quote list marks quoted fragments too.
    let marks: Vec<&str> = tags(&html, "mark").into_iter().filter(|m| !has_class(m, "quote-list-fragment")).collect();
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
fn seed_quote_list_has_one_card_per_sentence() {
    let html = render_seed();
    let seed = newslens::articles::find(DEFAULT_SLUG).expect("the seed is bundled");
    let tagger = Tagger::from_bytes(&std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin")).unwrap())
        .expect("the committed model loads");
    let analysis = engine::analyze(seed.source, seed.format, &tagger);
    let dom = Dom::parse(&html);
    let items = quote_items(&dom);
    // One card per sentence: the quoted fragments of an indirect quote are inside its card.
    let inside = analysis.enclosing_quotes();
    let fragments = inside.iter().filter(|i| i.is_some()).count();
    assert!(fragments >= 2, "the seed has an indirect quote with quoted fragments");
    assert_eq!(items.len(), analysis.quotes.len() - fragments);
    assert!(!items.is_empty(), "the seed has quotations");
    let outer = inside.iter().flatten().next().copied().expect("an enclosing quote");
    let card = tags(&html, "button").into_iter().find(|t| attr(t, "data-quote") == Some(outer.to_string().as_str()));
    assert!(card.is_some(), "the enclosing quote has a card");
    let marked = html.matches("<mark class=\"quote-list-fragment\">").count();
    assert_eq!(marked, fragments, "each fragment is marked in its card");
    // Each quote is also marked in the text, and the first span carries the anchor.
    for i in 0..analysis.quotes.len() {
        let id = format!("quote-{i}");
        assert!(
            tags(&html, "span").iter().any(|t| attr(t, "id") == Some(id.as_str()) && has_class(t, "quote")),
            "no anchor {id}"
        );
    }
    let direct = items.iter().filter(|t| t.name().starts_with("direkt")).count();
    let shown_direct = analysis.quotes.iter().zip(&inside).filter(|(q, i)| q.kind.is_direct() && i.is_none()).count();
    assert_eq!(direct, shown_direct);
}

#[test]
fn unknown_slug_shows_not_found_with_the_list() {
    let dom = Dom::parse(&render_app("#/a/gibt-es-nicht", trained));
    assert_eq!(dom.by_role("heading", "Artikel nicht gefunden").level(), Some(1));
    assert!(dom.has_text("Zu „gibt-es-nicht“ gibt es hier keinen Artikel."));
    assert_eq!(dom.by_role("link", SEED_TITLE).attr("href"), Some(&format!("#/a/{DEFAULT_SLUG}")[..]));
    assert!(dom.all_by_role("mark", None).is_empty());
}

#[test]
fn unknown_path_shows_not_found() {
    let dom = Dom::parse(&render_app("#/nirgends", trained));
    dom.by_role("heading", "Artikel nicht gefunden");
    assert!(dom.has_text("Zu „/nirgends“ gibt es hier keinen Artikel."));
}

#[test]
fn home_lists_the_seed_with_its_date() {
    let dom = Dom::parse(&render_app("#/", || ModelState::Loading));
    assert_eq!(dom.by_role("link", SEED_TITLE).attr("href"), Some(&format!("#/a/{DEFAULT_SLUG}")[..]));
    let entry = dom
        .all_by_role("listitem", None)
        .into_iter()
        .find(|item| item.all_by_role("link", Some(SEED_TITLE)).len() == 1)
        .expect("the seed's entry");
    assert!(entry.all_by_role("time", None).iter().any(|t| t.attr("datetime") == Some("2023-04-20T12:06")));
}

#[test]
fn while_the_model_loads_the_text_shows_without_marks() {
    let dom = Dom::parse(&render_app(&format!("#/a/{DEFAULT_SLUG}"), || ModelState::Loading));
    dom.by_role("heading", SEED_TITLE);
    assert!(dom.has_text("Durch den russischen Angriffskrieg"));
    assert!(dom.all_by_role("mark", None).is_empty());
    assert!(dom.all_by_role("status", None).iter().any(|s| s.text() == "Markierungen werden geladen …"));
    // The legend waits for the model.
    let toggles = dom.by_role("region", "Markierte Namen und Angaben").all_by_role("button", None);
    assert_eq!(toggles.len(), 6);
    assert!(toggles.iter().all(|t| t.has_attr("disabled")));
}

#[test]
fn without_an_analyser_the_page_says_why_and_waits_for_nothing() {
    let seed = format!("#/a/{DEFAULT_SLUG}");
    let busy = |html: &str| {
        let start = html.find("<article").expect("an article");
        let end = start + html[start..].find('>').expect("the tag ends");
        html[start..end].contains(r#"aria-busy="true""#)
    };
    assert!(busy(&render_app(&seed, || ModelState::Loading)), "loading: the highlights are to come");
    let html = render_app(&seed, || ModelState::Failed("the analysis worker could not start".into()));
    assert!(!busy(&html), "failed: the page is final");
    let dom = Dom::parse(&html);
    let status = dom.by_role("status", "the analysis worker could not start");
    assert_eq!(status.text(), "Keine Markierungen: die Analyse ließ sich in diesem Browser nicht starten.");
    assert!(dom.has_text("Durch den russischen Angriffskrieg"));
    assert!(dom.all_by_role("mark", None).is_empty());
    // Nothing says it is still looking.
    assert!(dom.has_text("Keine Zitate: die Analyse ließ sich nicht starten."));
    assert!(dom.has_text("Keine Namen: die Analyse ließ sich nicht starten."));
    assert!(!dom.has_text("werden gesucht"));
}

#[test]
fn the_fallback_says_so() {
    let html =
        render_app(&format!("#/a/{DEFAULT_SLUG}"), || ModelState::provisional("the model file could not be fetched"));
    let dom = Dom::parse(&html);
    let status = dom.by_role("status", "the model file could not be fetched");
    assert_eq!(status.text(), "Vorläufige Markierungen: das trainierte Modell ließ sich nicht laden.");
}

const HOSTILE: &str = "Titel <script>alert(1)</script>\n\n\
    Der Text <img src=x onerror=alert(1)> und <b>fett</b> bleibt Text, sagte Jens Stoltenberg in Kiew.";

/// The quotations' buttons in the quote list (the region its heading names): each one's name
/// starts with its kind.
fn quote_items(dom: &Dom) -> Vec<Node<'_>> {
    let list = dom
        .all_by_role("complementary", None)
        .into_iter()
        .find(|c| c.name().starts_with("Zitate"))
        .expect("a quote list");
    list.all_by_role("button", None)
        .into_iter()
        .filter(|b| {
            ["direkt", "indirekt", "erlebte Rede", "berichtet", "Interview"].iter().any(|k| b.name().starts_with(k))
        })
        .collect()
}

fn analyse(text: &'static str) -> Analysis {
    engine::analyze(text, Format::Article, &Tagger::provisional())
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
    let mut analysis = engine::analyze(text, Format::Article, &Tagger::provisional());
    let span = |s: &str| {
        let start = text.find(s).expect("in the text");
        Span::new(start, start + s.len())
    };
    analysis.clusters = vec![
        Cluster {
            name: "Jens Stoltenberg".into(),
            kind: EntityKind::Per,
            mentions: vec![0],
            quotes: vec![0],
            place: None,
        },
        Cluster { name: "NATO".into(), kind: EntityKind::Org, mentions: vec![1], quotes: vec![], place: None },
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
    let dom = Dom::parse(&html);
    let items = quote_items(&dom);
    assert_eq!(items.len(), 2);
    let first = items[0].name();
    assert!(
        first.starts_with("direkt")
            && first.contains("„Wir bleiben.“")
            && first.contains("Jens Stoltenberg")
            && first.contains("sagte"),
        "{first}"
    );
    let second = items[1].name();
    assert!(
        second.starts_with("indirekt") && second.contains("Jens Stoltenberg") && second.contains("„der Norweger“"),
        "{second}"
    );
    // A run of one speaker's entries has one button that marks all the speaker's mentions.
    assert_eq!(dom.all_by_role("button", Some("Erwähnungen markieren: Jens Stoltenberg")).len(), 1);
    // In the text: the quote is wrapped, and its speaker's mark sits inside the speaker span.
    let quote = tags(&html, "span").into_iter().find(|t| attr(t, "id") == Some("quote-0")).expect("quote anchor");
    assert!(has_class(quote, "quote-direct") && !has_class(quote, "is-active"));
    let speaker = tags(&html, "span").into_iter().find(|t| has_class(t, "quote-speaker")).expect("a speaker");
    assert!(inner(&html, speaker, "span").starts_with("<mark"), "{html}");
}

#[test]
fn the_picked_quote_is_active_in_list_and_text() {
    let html = render_view(HANDMADE, handmade, KindSet::default(), Some(1));
    let dom = Dom::parse(&html);
    let items = quote_items(&dom);
    assert_eq!(items[0].attr("aria-pressed"), Some("false"));
    assert_eq!(items[1].attr("aria-pressed"), Some("true"));
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
    // The word is one piece that does not break from its kind label.
    assert!(
        content.starts_with("<span class=\"entity-end\"><span class=\"entity-name\">NATO</span>-Gipfel</span>"),
        "{content}"
    );
}

#[test]
fn hidden_kinds_lose_their_highlight() {
    let hidden = KindSet::default().toggled(EntityKind::Per);
    let html = render_view(HANDMADE, handmade, hidden, None);
    for mark in tags(&html, "mark") {
        let is_person = attr(mark, "data-kind") == Some("PER");
        assert_eq!(has_class(mark, "is-off"), is_person, "{mark}");
    }
    let dom = Dom::parse(&html);
    let legend = dom.by_role("region", "Markierte Namen und Angaben");
    let toggle = legend.by_role("button", "Person1");
    assert_eq!(toggle.attr("aria-pressed"), Some("false"));
    assert_eq!(toggle.attr("title"), Some("Person: 1 Markierungen, ausgeblendet"));
    assert_eq!(legend.by_role("button", "Organisation1").attr("aria-pressed"), Some("true"));
}

#[test]
fn legend_counts_mentions_per_kind() {
    let dom = Dom::parse(&render_view(HANDMADE, handmade, KindSet::default(), None));
    let names: Vec<String> = dom
        .by_role("region", "Markierte Namen und Angaben")
        .all_by_role("button", None)
        .iter()
        .map(Node::name)
        .collect();
    assert_eq!(names, ["Person1", "Ort0", "Organisation1", "Sonstiges0", "Datum0", "Zahl0"]);
}

const INTERVIEW: &str = "Kultur braucht Geld\n\nClaudia Roth ist Kulturstaatsministerin. Mit dem SPIEGEL sprach sie \
                         über Museen.\n\nSPIEGEL: Frau Roth, wie geht es weiter?\n\nRoth: Wir machen weiter wie \
                         bisher.\n\nSPIEGEL: Auch ohne mehr Geld?\n\nRoth: Auch dann. Die Museen bleiben offen.\n\n\
                         Die Gewerkschaft forderte am Dienstag mehr Geld für die Museen.";

fn analysed(text: &'static str) -> Analysis {
    let tagger = trained_tagger();
    engine::analyze(text, Format::Article, &tagger)
}

#[test]
fn quote_list_tells_interview_turns_and_reported_speech_apart() {
    let html = render_view(INTERVIEW, analysed, KindSet::default(), None);
    let dom = Dom::parse(&html);
    let names: Vec<String> = quote_items(&dom).iter().map(|b| b.name()).collect();
    assert_eq!(names.len(), 5, "{names:?}");
    assert!(names[0].starts_with("Interview: Frage") && names[0].contains("wie geht es weiter"), "{names:?}");
    assert!(names[1].starts_with("Interview: Antwort") && names[1].contains("Claudia Roth"), "{names:?}");
    assert!(names[4].starts_with("berichtet") && names[4].contains("Die Gewerkschaft"), "{names:?}");
    let reported = tags(&html, "button").into_iter().filter(|t| has_class(t, "quote-reported")).count();
    assert_eq!(reported, 1, "the reported statement has its own style");
}

/// 120 short articles: even ones from Berlin, odd ones from Hamburg, one a day from 2023-01-01.
fn archive_of_120() -> Library {
    (0..120)
        .map(|i| {
            let city = if i % 2 == 0 { "Berlin" } else { "Hamburg" };
            let (month, day) = (1 + i / 28, 1 + i % 28);
            let text = format!(
                "date 2023-{month:02} Bericht {i} aus {city} Stand: {day:02}.{month:02}.2023 10:00 Uhr\n\nText."
            );
            ArticleSource { slug: format!("bericht-{i}").into(), format: Format::Article, source: text.into() }
        })
        .collect()
}

#[test]
fn a_large_archive_shows_one_page_newest_first_and_more_on_request() {
    let dom = Dom::parse(&render_app_with("#/", || ModelState::Loading, archive_of_120));
    let links = dom.all_by_role("link", None);
    let reports: Vec<String> = links.iter().map(|l| l.name()).filter(|n| n.starts_with("Bericht")).collect();
    assert_eq!(reports.len(), 50, "one page of entries");
    assert_eq!(reports[0], "Bericht 119 aus Hamburg", "newest first");
    assert!(dom.has_text("120 von 120 Artikeln"));
    dom.by_role("button", "Weitere anzeigen");
    assert_eq!(dom.by_label("Artikel filtern (Titel, Quelle, Datum)").attr("type"), Some("search"));
}

/// The start page of [`archive_of_120`] at a location hash (its `?q=` is the filter).
fn render_home(hash: &'static str) -> String {
    #[function_component]
    fn Home(props: &HomeProps) -> Html {
        let state = ViewerState::new(Route::Home, ModelState::Loading);
        let query = newslens::ui::link::ViewQuery::from_hash(props.hash);
        let state = Rc::new(state).reduce(Action::Navigate { route: Route::Home, query });
        html! {
            <ViewerProvider state={(*state).clone()}><HomePage library={archive_of_120()} /></ViewerProvider>
        }
    }
    #[derive(Properties, PartialEq)]
    struct HomeProps {
        hash: &'static str,
    }
    block_on(ServerRenderer::<Home>::with_props(move || HomeProps { hash }).hydratable(false).render())
}

#[test]
fn the_filter_in_the_link_narrows_the_list() {
    let dom = Dom::parse(&render_home("#/?q=berlin+2023-01"));
    assert!(dom.has_text("14 von 120 Artikeln"), "the even days of January");
    assert_eq!(dom.by_label("Artikel filtern (Titel, Quelle, Datum)").attr("value"), Some("berlin 2023-01"));
    assert!(dom.all_by_role("button", Some("Weitere anzeigen")).is_empty());
    let dom = Dom::parse(&render_home("#/?q=m%C3%BCnchen"));
    assert!(dom.has_text("Kein Artikel passt zum Filter."));
}

#[test]
fn an_article_whose_file_cannot_be_read_says_so_with_a_way_back() {
    // An index entry without its text: natively there is nothing to fetch it from, as when the
    // browser's fetch fails.
    let index = || Library::from_index("newslens-index/2\nweg\tarticles/1/weg.txt\tarticle\tWeg\t\t\t\t3\n").unwrap();
    let dom = Dom::parse(&render_app_with("#/a/weg", trained, index));
    assert_eq!(dom.by_role("heading", "Artikel nicht lesbar").level(), Some(1));
    assert!(dom.has_text("Der Artikel konnte nicht geladen werden:"));
    assert_eq!(dom.by_role("link", "Zur Artikelübersicht").attr("href"), Some("#/"));
}
