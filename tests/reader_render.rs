//! Render tests of the reader features, natively (Yew's server renderer): the entity index, the
//! marks it steers, the embed view without chrome, the own-text page, and the link helpers. Run
//! with `cargo test --no-default-features --features ssr --test reader_render`.

use newslens::articles::DEFAULT_SLUG;
use newslens::ui::link::ViewQuery;
use newslens::ui::{embed_snippet, ModelState};

#[path = "support/render.rs"]
mod render_support;
use render_support::render_app;

/// Renders the app at a location hash with the provisional tagger.
fn render(hash: &str) -> String {
    render_app(hash, || ModelState::provisional("test"))
}

#[test]
fn article_has_the_entity_index_grouped_by_kind_and_focusable_marks() {
    let html = render(&format!("#/a/{DEFAULT_SLUG}"));
    assert!(html.contains(r#"class="entity-index""#), "the index is shown");
    assert!(html.contains(r#"data-kind="PER""#));
    let items = html.matches(r#"class="entity-index-item""#).count();
    assert!(items >= 5, "{items} index entries");
    // Every mark can be focused (for its card) and names its mention; only the first is a Tab
    // stop, the arrow keys lead on from it.
    let marks: Vec<&str> = html.split("<mark ").skip(1).map(|m| &m[..m.find('>').unwrap_or(m.len())]).collect();
    assert!(marks.len() > 10);
    for mark in &marks {
        assert!(mark.contains("tabindex="), "{mark}");
        assert!(mark.contains("data-mention="), "{mark}");
    }
    let stops: Vec<&&str> = marks.iter().filter(|m| m.contains(r#"tabindex="0""#)).collect();
    assert_eq!(stops.len(), 1, "{stops:?}");
    assert!(marks[0].contains(r#"tabindex="0""#) && marks[0].contains(r#"data-mention="0""#), "{}", marks[0]);
    // The header has the reader's controls; the article the embed code and downloads.
    assert!(html.contains(r#"id="reader-theme""#));
    assert!(html.contains(r#"class="embed-code""#));
    assert!(html.contains(r#"class="export-menu""#));
    assert!(!html.contains("app-embed"));
}

#[test]
fn embed_view_has_no_site_chrome() {
    let html = render(&format!("#/embed/{DEFAULT_SLUG}"));
    assert!(html.contains("app-embed"));
    assert!(!html.contains("app-header"), "no header in an embed");
    assert!(!html.contains(r#"class="embed-code""#), "no embed code inside the embed");
    assert!(html.contains("<mark "), "the article with its marks");
    // The list of names starts closed in an embed.
    assert!(
        html.contains(r#"<details class="entity-index-panel">"#),
        "{}",
        &html[html.find("entity-index-panel").unwrap_or(0)..][..80]
    );
}

#[test]
fn unknown_embed_says_so_without_chrome() {
    let html = render("#/embed/gibt-es-nicht");
    assert!(html.contains("embed-missing"));
    assert!(!html.contains("app-header"));
}

#[test]
fn own_text_page_says_nothing_is_uploaded() {
    let html = render("#/text");
    assert!(html.contains(r#"id="own-text-input""#));
    assert!(html.contains("nichts wird hochgeladen"));
    assert!(html.contains(r#"accept=".txt,.md,.markdown,text/plain,text/markdown""#));
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
