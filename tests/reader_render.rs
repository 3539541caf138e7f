//! Render tests of the reader features, natively (Yew's server renderer): the entity index, the
//! marks it steers, the embed view without chrome, the own-text page, and the link helpers. Run
//! with `cargo test --no-default-features --features ssr --test reader_render`.

use newslens::articles::DEFAULT_SLUG;
use newslens::ui::embed_snippet;
use newslens::ui::link::ViewQuery;

#[path = "support/dom.rs"]
mod dom;
#[path = "support/render.rs"]
mod render_support;
use dom::Dom;
use render_support::{render_app, trained};

/// Renders the app at a location hash with the committed model.
fn render(hash: &str) -> String {
    render_app(hash, trained)
}

#[test]
fn article_has_the_entity_index_grouped_by_kind_and_focusable_marks() {
    let html = render(&format!("#/a/{DEFAULT_SLUG}"));
    let dom = Dom::parse(&html);
    // The index: a heading per kind, in the kinds' order, and a button per entity with its count.
    let kinds: Vec<String> =
        dom.all_by_role("heading", None).iter().filter(|h| h.level() == Some(3)).map(|h| h.name()).collect();
    assert_eq!(kinds[..3], ["Person", "Ort", "Organisation"], "{kinds:?}");
    let items: Vec<_> = dom
        .all_by_role("button", None)
        .into_iter()
        .filter(|b| b.attr("aria-pressed") == Some("false") && b.has_attr("data-cluster"))
        .collect();
    assert!(items.len() >= 5, "{} index entries", items.len());
    assert!(items.iter().any(|b| b.name().starts_with("Jens Stoltenberg")), "Stoltenberg is in the index");
    // Every entity mark can be focused (for its card) and names its mention; only the first is
    // a Tab stop, the arrow keys lead on from it. (The quote list marks quoted fragments too.)
    let marks: Vec<&str> = html
        .split("<mark ")
        .skip(1)
        .map(|m| &m[..m.find('>').unwrap_or(m.len())])
        .filter(|m| !m.contains("quote-list-fragment"))
        .collect();
    assert!(marks.len() > 10);
    for mark in &marks {
        assert!(mark.contains("tabindex="), "{mark}");
        assert!(mark.contains("data-mention="), "{mark}");
    }
    let stops: Vec<&&str> = marks.iter().filter(|m| m.contains(r#"tabindex="0""#)).collect();
    assert_eq!(stops.len(), 1, "{stops:?}");
    assert!(marks[0].contains(r#"tabindex="0""#) && marks[0].contains(r#"data-mention="0""#), "{}", marks[0]);
    // The header has the reader's controls; the article the embed code and downloads.
    let banner = dom.all_by_role("banner", None);
    assert_eq!(banner.len(), 1);
    assert_eq!(dom.by_label("Farbschema").role(), Some("combobox"));
    assert!(dom.by_role("textbox", "Einbetten").has_attr("readonly"));
    for download in ["Analyse (JSON)", "Namen (displaCy, JSON)", "Zitate (CSV)"] {
        dom.by_role("button", download);
    }
    assert!(!html.contains("app-embed"));
}

#[test]
fn derived_words_are_listed_under_the_place_they_come_from() {
    let html = render(&format!("#/a/{DEFAULT_SLUG}"));
    let dom = Dom::parse(&html);
    let names: Vec<String> =
        dom.all_by_role("button", None).into_iter().filter(|b| b.has_attr("data-cluster")).map(|b| b.name()).collect();
    // "europäische" and "der Norweger" are the article's only words for Europe and Norway.
    assert!(names.iter().any(|n| n.starts_with("Europa (europäische)")), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("Norwegen (Norweger)")), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("europäische") || n.starts_with("Norweger")), "{names:?}");
    // The settings fold behind one button (the stylesheet shows them unfolded on wide screens).
    assert_eq!(dom.by_role("button", "Darstellung").attr("aria-expanded"), Some("false"));
}

#[test]
fn embed_view_has_no_site_chrome() {
    let html = render(&format!("#/embed/{DEFAULT_SLUG}"));
    let dom = Dom::parse(&html);
    assert!(html.contains("app-embed"));
    assert!(dom.all_by_role("banner", None).is_empty(), "no header in an embed");
    assert!(dom.all_by_role("navigation", None).is_empty(), "no site navigation in an embed");
    assert!(dom.all_by_role("textbox", Some("Einbetten")).is_empty(), "no embed code inside the embed");
    assert!(dom.all_by_role("button", Some("Analyse (JSON)")).is_empty(), "no downloads inside the embed");
    assert!(!dom.all_by_role("mark", None).is_empty(), "the article with its marks");
    // The list of names starts closed in an embed.
    assert!(
        html.contains(r#"<details class="entity-index-panel">"#),
        "{}",
        &html[html.find("entity-index-panel").unwrap_or(0)..][..80]
    );
}

#[test]
fn unknown_embed_says_so_without_chrome() {
    let dom = Dom::parse(&render("#/embed/gibt-es-nicht"));
    assert_eq!(dom.by_role("alert", "").text(), "Artikel nicht gefunden.");
    assert!(dom.all_by_role("banner", None).is_empty());
}

#[test]
fn own_text_page_says_nothing_is_uploaded() {
    let dom = Dom::parse(&render("#/text"));
    assert_eq!(dom.by_label("Text einfügen").role(), Some("textbox"));
    assert!(dom.has_text("nichts wird hochgeladen"));
    let file = dom.by_label("oder eine .txt- oder .md-Datei wählen (oder hierher ziehen)");
    assert_eq!(file.attr("accept"), Some(".txt,.md,.markdown,text/plain,text/markdown"));
    assert_eq!(dom.by_label("als Markdown lesen").role(), Some("checkbox"));
    dom.by_role("button", "Untersuchen");
}

#[test]
fn embed_snippet_escapes_and_carries_the_options() {
    let query = ViewQuery::from_hash("?theme=dark&types=per&quotes=0&lang=en");
    let code = embed_snippet("https://example.org/nl/index.html", "kiew", &query, "„A“ & <B>");
    assert!(
        code.contains(
            r#"src="https://example.org/nl/index.html#/embed/kiew?theme=dark&amp;types=per&amp;quotes=0&amp;lang=en""#
        ),
        "{code}"
    );
    assert!(code.contains(r#"title="„A“ &amp; &lt;B&gt;""#), "{code}");
    assert!(code.contains(r#"<script src="https://example.org/nl/embed.js" async></script>"#), "{code}");
    assert!(code.contains("data-newslens"));
}
