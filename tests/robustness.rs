//! Hostile and extreme inputs: nothing panics and every span stays valid. How each input shape
//! scales with its size is a measurement, not a test: `cargo bench --bench scaling`.

#[path = "support/invariants.rs"]
mod invariants;
#[path = "support/taggers.rs"]
mod taggers;

use invariants::{check_analysis, check_export, check_tokenisation};
use newslens::engine::{analyze, Format, Span, Tagger};
use newslens::engine::{sentences, tokens};

/// Every typography of quotation mark the engine knows.
const QUOTE_MARKS: &[char] = &['"', '\'', '„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹'];

/// The bundled articles' paragraphs, the raw material of long realistic texts.
fn paragraphs() -> Vec<&'static str> {
    newslens::articles::all()
        .iter()
        .flat_map(|a| a.source.split("\n\n"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// `unit` repeated to about `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len().max(1)).max(1))
}

/// Analyses `text` in both formats and checks every invariant.
fn analyse_both(text: &str) {
    analyse_text(text);
    let analysis = analyze(text, Format::Markdown, &Tagger::provisional());
    check_analysis(&analysis);
    check_export(&analysis);
}

/// As a plain-text article, and again below a title line: a text's first line is its title,
/// so without one a one-line text would never reach the tokeniser.
fn analyse_text(text: &str) {
    for source in [text.to_string(), format!("Titel\n{text}")] {
        let analysis = analyze(&source, Format::Article, &Tagger::provisional());
        check_analysis(&analysis);
        check_export(&analysis);
    }
}

fn analyse_markdown(text: &str) {
    let analysis = analyze(text, Format::Markdown, &Tagger::provisional());
    check_analysis(&analysis);
}

#[test]
fn invalid_utf8_decoded_lossily() {
    let mut bytes = Vec::new();
    for i in 0..20_000u32 {
        bytes.extend_from_slice(b"Kiew ");
        bytes.push((0x80 + i % 0x80) as u8);
        bytes.extend_from_slice(&[0xE2, 0x80]); // a truncated „
        bytes.push(b' ');
        bytes.extend_from_slice(&[0xF0, 0x9F, 0x98]); // a truncated emoji
        bytes.extend_from_slice(if i % 7 == 0 { b".\n\n" } else { b" sagte er. " });
    }
    analyse_both(&String::from_utf8_lossy(&bytes));
}

#[test]
fn nul_bytes() {
    analyse_both(&"\0".repeat(100_000));
    analyse_both(&repeat_to("Stoltenberg\0sagte\0„Wir\0bleiben“.\0\n\0\n", 100_000));
}

#[test]
fn hundred_thousand_quotation_marks_of_each_typography() {
    for &mark in QUOTE_MARKS {
        analyse_text(&mark.to_string().repeat(100_000));
        // A hundred thousand marks between words, as quotations that never pair up properly.
        let words = ["Wir", "bleiben,", "sagte", "er."];
        let text: String = (0..100_000).map(|i| format!("{mark}{} ", words[i % words.len()])).collect();
        analyse_text(&text);
    }
}

#[test]
fn hundred_thousand_mixed_quotation_marks() {
    let mixed: String = QUOTE_MARKS.iter().cycle().take(100_000).collect();
    analyse_both(&mixed);
    let spaced: String = QUOTE_MARKS.iter().cycle().take(100_000).flat_map(|&c| [c, ' ']).collect();
    analyse_both(&spaced);
    let framed = repeat_to("„Wir bleiben“, sagte Stoltenberg. »Nein«, so Scholz: \"Ja\" ‚nie‘ ", 1_000_000);
    analyse_text(&framed);
}

#[test]
fn one_line_of_a_megabyte() {
    let line = repeat_to(&(paragraphs().join(" ") + " "), 1_000_000);
    assert!(!line.contains('\n'));
    analyse_text(&line);
    // One megabyte-long word, and a megabyte without a single space.
    analyse_text(&"a".repeat(1_000_000));
    analyse_text(&repeat_to("NATO-", 1_000_000));
}

#[test]
fn only_combining_characters() {
    analyse_both(&"\u{301}".repeat(100_000));
    analyse_both(&repeat_to("\u{300}\u{308}\u{20DD}\u{FE20}\u{1AB0} ", 100_000));
}

#[test]
fn right_to_left_text() {
    let rtl =
        "\u{5D4}\u{5E0}\u{5D0}\u{5D8}\u{5D5} \u{5D0}\u{5DE}\u{5E8}: \u{201E}\u{5E9}\u{5DC}\u{5D5}\u{5DD}\u{201C}. \
               \u{627}\u{644}\u{646}\u{627}\u{62A}\u{648} \u{200F}\u{202E}Kiew\u{202C}\u{200E}. ";
    analyse_both(&repeat_to(rtl, 100_000));
}

#[test]
fn emoji() {
    let emoji = "😀 👩‍👩‍👧‍👦 🇺🇦🇩🇪 👍🏽 „🙂“, sagte 🤖. ";
    analyse_both(&repeat_to(emoji, 100_000));
}

#[test]
fn deeply_nested_markdown() {
    for unit in [">", "*", "> ", "* ", "- ", "_", "[", "`", "#", "1. "] {
        let nested = format!("{}Text „mit“ Zitat.\n", unit.repeat(10_000));
        analyse_markdown(&nested);
        analyse_text(&nested);
    }
    analyse_markdown(&format!("{}x{}", "[".repeat(10_000), "](http://a)".repeat(10_000)));
    analyse_markdown(&format!("{}x{}", "**".repeat(5_000), "**".repeat(5_000)));
}

#[test]
fn huge_headers() {
    let title = "Titel ".repeat(200_000);
    analyse_text(&format!("date 2023-04 {title}Stand: 20.04.2023 12:06 Uhr\n\nText."));
    analyse_text(&format!("{title}Stand: {}\n\nText.", "20.04.2023 ".repeat(10_000)));
    analyse_markdown(&format!("# {title}\n\nText."));
    analyse_markdown(&format!("{}\n\nText.", "#".repeat(100_000)));
    let front_matter = format!("---\n{}---\nText.", "title: Ein Titel\n".repeat(50_000));
    analyse_markdown(&front_matter);
    analyse_markdown(&format!("---\ntitle: {title}\ndate: {}\n---\nText.", "2".repeat(100_000)));
}

#[test]
fn crlf_bom_and_stray_whitespace() {
    let source = format!("\u{FEFF}\r\n \t\r\n{}\r\n\u{A0}\u{2028}\u{3000}", paragraphs().join("\r\n\r\n"));
    analyse_both(&source);
}

#[test]
fn trained_taggers_on_hostile_text() {
    let mut all = vec![taggers::tiny_trained()];
    all.extend(taggers::committed());
    let hostile = [
        "\0".repeat(10_000),
        "\u{301}".repeat(10_000),
        repeat_to("„Wir bleiben“, sagte Jens Stoltenberg in Kiew. ", 100_000),
        "a".repeat(100_000),
        repeat_to("😀 \u{5D0} ", 10_000),
    ];
    for tagger in &all {
        for text in &hostile {
            check_analysis(&analyze(text, Format::Article, tagger));
        }
    }
}

#[test]
fn tokeniser_on_any_part_of_hostile_text() {
    let text = "z.B. „Wir“ 24. Februar… e\u{301} 😀 \0 \u{5D0}. Ein- und ...\r\n";
    let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
    for &a in &bounds {
        for &b in bounds.iter().filter(|&&b| b >= a) {
            let span = Span::new(a, b);
            check_tokenisation(text, span, &tokens(text, span), &sentences(text, span));
        }
    }
}

/// Regression: an inline code span ending in whitespace at the end of a Markdown block kept
/// its trailing tab while the block's span was trimmed, so the style reached past its block.
#[test]
fn inline_code_ending_in_whitespace_stays_inside_its_block() {
    for source in ["Jens Stoltenberg```\nJens Stoltenberg\t```\n# Jens Stoltenberg", "a `b\t`", "`\tb` c", "*a* `x `"] {
        let doc = newslens::engine::parse(source, Format::Markdown);
        invariants::check_document(&doc);
        for block in &doc.blocks {
            for style in &block.inline {
                assert!(block.span.contains(style.span), "{source:?}: {style:?} outside {:?}", block.span);
            }
        }
    }
}

/// Regression (found by the `parse_markdown` fuzz target): clamping a style to a block that
/// trims to nothing ("` `" alone) built an inverted span and tripped `Span::new`'s assertion.
#[test]
fn markdown_style_in_a_block_of_only_whitespace() {
    for source in ["` `", "a\n\n` `", "> >``\n``\n#`\0r\nrg)>\n`\nH2` \u{1c}>\n` t", "code\n` `\n\n# H1"] {
        let analysis = analyze(source, Format::Markdown, &Tagger::provisional());
        check_analysis(&analysis);
    }
}
