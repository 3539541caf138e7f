//! The interface's words in German and English, in one place. Article text is never
//! translated; these are the labels, buttons and notices around it.

use super::link::Notice;
use super::prefs::{Lang, TextSize, Theme, Typeface};
use crate::engine::{EntityKind, InterviewTurn, QuoteKind};

/// One language's strings.
pub struct Strings {
    pub lang: Lang,
    pub all_articles: &'static str,
    pub pages: &'static str,
    pub own_text: &'static str,
    pub entity_index: &'static str,
    pub entity_index_note: &'static str,
    pub entity_index_waiting: &'static str,
    pub entity_index_unavailable: &'static str,
    pub previous_mention: &'static str,
    pub next_mention: &'static str,
    pub clear_choice: &'static str,
    pub mentions_one: &'static str,
    pub mentions_many: &'static str,
    pub quotes_of: &'static str,
    pub no_quotes_of: &'static str,
    pub shortcuts: &'static str,
    pub shortcuts_open: &'static str,
    pub close: &'static str,
    pub shortcut_rows: [(&'static str, &'static str); 9],
    pub display: &'static str,
    pub theme: &'static str,
    pub text_size: &'static str,
    pub typeface: &'static str,
    /// Under the legend: what its numbers count.
    pub legend_note: &'static str,
    pub embed: &'static str,
    pub embed_intro: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub export: &'static str,
    pub export_json: &'static str,
    pub export_displacy: &'static str,
    pub export_csv: &'static str,
    pub notice_unknown: &'static str,
    pub notice_invalid: &'static str,
    pub notice_entity: &'static str,
    pub notice_quote: &'static str,
    pub notice_title: &'static str,
    pub embed_not_found: &'static str,
    pub legend: &'static str,
    pub highlighted: &'static str,
    pub switched_off: &'static str,
    pub quotes: &'static str,
    pub quotes_waiting: &'static str,
    pub quotes_unavailable: &'static str,
    pub quotes_none: &'static str,
    pub speaker_unknown: &'static str,
    pub quotes_by_speaker: &'static str,
    pub speaker_mentions: &'static str,
    pub model_loading: &'static str,
    pub model_trained: &'static str,
    pub model_provisional: &'static str,
    pub model_failed: &'static str,
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub no_articles: &'static str,
    pub not_found_title: &'static str,
    /// Before and after the address that named no article.
    pub not_found_text: (&'static str, &'static str),
    pub article_loading: &'static str,
    pub list_loading: &'static str,
    pub unreadable_title: &'static str,
    /// Before the reason an article or the list could not be loaded.
    pub unreadable_text: &'static str,
    pub list_failed: &'static str,
    pub back_to_list: &'static str,
    pub filter_label: &'static str,
    pub filter_none: &'static str,
    pub show_more: &'static str,
    pub own_privacy: &'static str,
    pub own_paste: &'static str,
    pub own_file: &'static str,
    pub own_markdown: &'static str,
    pub own_analyse: &'static str,
    pub own_working: &'static str,
    pub own_empty: &'static str,
    pub own_no_embed: &'static str,
    /// Before the article's title in the compact embed's link to the whole article.
    pub embed_full_article: &'static str,
    pub file_lossy: &'static str,
    pub file_too_large: &'static str,
    pub file_not_text: &'static str,
}

pub static DE: Strings = Strings {
    lang: Lang::De,
    all_articles: "Alle Artikel",
    pages: "Seiten",
    own_text: "Eigener Text",
    entity_index: "Namen im Artikel",
    entity_index_note: "Eine Wahl markiert alle Erwähnungen; mit n und p springen.",
    entity_index_waiting: "Namen werden gesucht …",
    entity_index_unavailable: "Keine Namen: die Analyse ließ sich nicht starten.",
    previous_mention: "Vorige Erwähnung",
    next_mention: "Nächste Erwähnung",
    clear_choice: "Auswahl aufheben",
    mentions_one: "Erwähnung",
    mentions_many: "Erwähnungen",
    quotes_of: "Zitate",
    no_quotes_of: "Keine Zitate.",
    shortcuts: "Tastenkürzel",
    shortcuts_open: "Tastenkürzel (?)",
    close: "Schließen",
    shortcut_rows: [
        ("n / j", "nächste Erwähnung des gewählten Namens"),
        ("p / k", "vorige Erwähnung"),
        ("← / →", "auf einem markierten Namen: zum vorigen / nächsten Namen im Text"),
        ("Pos1 / Ende", "zum ersten / letzten Namen im Text"),
        ("Enter", "den markierten Namen wählen (n und p springen dann durch seine Erwähnungen)"),
        ("]", "nächstes Zitat"),
        ("[", "voriges Zitat"),
        ("t", "Farbschema wechseln"),
        ("? / Esc", "diese Übersicht öffnen / schließen"),
    ],
    display: "Darstellung",
    theme: "Farbschema",
    text_size: "Schriftgröße",
    typeface: "Schrift",
    legend_note: "Gezählt: Markierungen, abgeleitete Wörter („europäische“) eingeschlossen.",
    embed: "Einbetten",
    embed_intro:
        "Dieser Code zeigt den Artikel mit den jetzigen Einstellungen auf einer anderen Seite; die Höhe passt sich an.",
    copy: "Code kopieren",
    copied: "Kopiert.",
    copy_failed: "Kopieren nicht erlaubt: bitte den markierten Code selbst kopieren.",
    export: "Herunterladen",
    export_json: "Analyse (JSON)",
    export_displacy: "Namen (displaCy, JSON)",
    export_csv: "Zitate (CSV)",
    notice_unknown: "Unbekannter Parameter ignoriert:",
    notice_invalid: "Ungültiger Wert, Standard verwendet:",
    notice_entity: "Den verlinkten Namen gibt es in diesem Artikel nicht.",
    notice_quote: "Das verlinkte Zitat gibt es in diesem Artikel nicht.",
    notice_title: "Hinweise zur Adresse",
    embed_not_found: "Artikel nicht gefunden.",
    legend: "Markierte Namen und Angaben",
    highlighted: "hervorgehoben",
    switched_off: "ausgeblendet",
    quotes: "Zitate",
    quotes_waiting: "Zitate werden gesucht …",
    quotes_unavailable: "Keine Zitate: die Analyse ließ sich nicht starten.",
    quotes_none: "Keine Zitate gefunden.",
    speaker_unknown: "unbekannt",
    quotes_by_speaker: "Nach Sprechern ordnen",
    speaker_mentions: "Erwähnungen markieren",
    model_loading: "Markierungen werden geladen …",
    model_trained: "Markierungen vom trainierten Modell.",
    model_provisional: "Vorläufige Markierungen: das trainierte Modell ließ sich nicht laden.",
    model_failed: "Keine Markierungen: die Analyse ließ sich in diesem Browser nicht starten.",
    home_title: "Artikel",
    home_intro:
        "Nachrichtentexte mit markierten Personen, Orten, Organisationen, Daten und Zahlen, und wer was gesagt hat.",
    no_articles: "Noch keine Artikel.",
    not_found_title: "Artikel nicht gefunden",
    not_found_text: ("Zu „", "“ gibt es hier keinen Artikel. Diese Artikel sind da:"),
    article_loading: "Artikel wird geladen …",
    list_loading: "Artikelliste wird geladen …",
    unreadable_title: "Artikel nicht lesbar",
    unreadable_text: "Der Artikel konnte nicht geladen werden:",
    list_failed: "Die Artikelliste konnte nicht geladen werden:",
    back_to_list: "Zur Artikelübersicht",
    filter_label: "Artikel filtern (Titel, Quelle, Datum)",
    filter_none: "Kein Artikel passt zum Filter.",
    show_more: "Weitere anzeigen",
    own_privacy: "Ihr Text wird nur hier im Browser untersucht: nichts wird hochgeladen oder gespeichert.",
    own_paste: "Text einfügen",
    own_file: "oder eine .txt- oder .md-Datei wählen (oder hierher ziehen)",
    own_markdown: "als Markdown lesen",
    own_analyse: "Untersuchen",
    own_working: "Der Text wird im Hintergrund untersucht; die Seite bleibt bedienbar.",
    own_empty: "Hier ist noch kein Text: fügen Sie einen Text ein oder wählen Sie eine Datei.",
    own_no_embed: "Einbetten lässt sich nur ein Artikel der Sammlung: Ihr Text ist nur in diesem Browser und hat keine Adresse, die eine andere Seite laden könnte.",
    embed_full_article: "Ganzer Artikel",
    file_lossy: "Die Datei war kein gültiges UTF-8: unlesbare Zeichen sind durch � ersetzt.",
    file_too_large: "Die Datei ist größer als 2 MB und wurde nicht gelesen.",
    file_not_text: "Nur .txt- und .md-Dateien lassen sich lesen.",
};

pub static EN: Strings = Strings {
    lang: Lang::En,
    all_articles: "All articles",
    pages: "Pages",
    own_text: "Your own text",
    entity_index: "Names in this article",
    entity_index_note: "Choosing one marks all its mentions; step with n and p.",
    entity_index_waiting: "Looking for names …",
    entity_index_unavailable: "No names: the analysis could not start.",
    previous_mention: "Previous mention",
    next_mention: "Next mention",
    clear_choice: "Clear choice",
    mentions_one: "mention",
    mentions_many: "mentions",
    quotes_of: "Quotes",
    no_quotes_of: "No quotes.",
    shortcuts: "Keyboard shortcuts",
    shortcuts_open: "Shortcuts (?)",
    close: "Close",
    shortcut_rows: [
        ("n / j", "next mention of the chosen name"),
        ("p / k", "previous mention"),
        ("← / →", "on a highlighted name: to the previous / next name in the text"),
        ("Home / End", "to the first / last name in the text"),
        ("Enter", "choose the highlighted name (n and p then step through its mentions)"),
        ("]", "next quote"),
        ("[", "previous quote"),
        ("t", "cycle the colour theme"),
        ("? / Esc", "open / close this overview"),
    ],
    display: "Display",
    theme: "Theme",
    text_size: "Text size",
    typeface: "Typeface",
    legend_note: "Counted: highlights, derived words (“europäische”) included.",
    embed: "Embed",
    embed_intro: "This code shows the article with the current settings on another page; its height adjusts itself.",
    copy: "Copy code",
    copied: "Copied.",
    copy_failed: "Copying is not allowed here: please copy the selected code yourself.",
    export: "Download",
    export_json: "Analysis (JSON)",
    export_displacy: "Names (displaCy, JSON)",
    export_csv: "Quotes (CSV)",
    notice_unknown: "Unknown parameter ignored:",
    notice_invalid: "Invalid value, default used:",
    notice_entity: "The linked name does not exist in this article.",
    notice_quote: "The linked quote does not exist in this article.",
    notice_title: "About this address",
    embed_not_found: "Article not found.",
    legend: "Highlighted names and figures",
    highlighted: "highlighted",
    switched_off: "switched off",
    quotes: "Quotes",
    quotes_waiting: "Looking for quotes …",
    quotes_unavailable: "No quotes: the analysis could not start.",
    quotes_none: "No quotes found.",
    speaker_unknown: "unknown",
    quotes_by_speaker: "Group by speaker",
    speaker_mentions: "Mark mentions",
    model_loading: "Loading highlights …",
    model_trained: "Highlights from the trained model.",
    model_provisional: "Provisional highlights: the trained model could not be loaded.",
    model_failed: "No highlights: the analysis could not start in this browser.",
    home_title: "Articles",
    home_intro:
        "News texts with their people, places, organisations, dates and numbers highlighted, and who said what.",
    no_articles: "No articles yet.",
    not_found_title: "Article not found",
    not_found_text: ("There is no article for “", "” here. These articles exist:"),
    article_loading: "Loading the article …",
    list_loading: "Loading the list of articles …",
    unreadable_title: "Article could not be loaded",
    unreadable_text: "The article could not be loaded:",
    list_failed: "The list of articles could not be loaded:",
    back_to_list: "Back to all articles",
    filter_label: "Filter articles (title, source, date)",
    filter_none: "No article matches the filter.",
    show_more: "Show more",
    own_privacy: "Your text is analysed here in the browser only: nothing is uploaded or stored.",
    own_paste: "Paste a text",
    own_file: "or choose a .txt or .md file (or drop it here)",
    own_markdown: "read as Markdown",
    own_analyse: "Analyse",
    own_working: "The text is being analysed in the background; the page stays usable.",
    own_empty: "There is no text yet: paste a text or choose a file.",
    own_no_embed: "Only the collection's articles can be embedded: your text exists only in this browser and has no address another page could load.",
    embed_full_article: "Full article",
    file_lossy: "The file was not valid UTF-8: unreadable characters are replaced by �.",
    file_too_large: "The file is larger than 2 MB and was not read.",
    file_not_text: "Only .txt and .md files can be read.",
};

impl PartialEq for Strings {
    /// One table per language.
    fn eq(&self, other: &Strings) -> bool {
        self.lang == other.lang
    }
}

impl Strings {
    pub fn of(lang: Lang) -> &'static Strings {
        match lang {
            Lang::De => &DE,
            Lang::En => &EN,
        }
    }

    pub fn kind(&self, kind: EntityKind) -> &'static str {
        match (self.lang, kind) {
            (Lang::De, EntityKind::Per) => "Person",
            (Lang::De, EntityKind::Loc) => "Ort",
            (Lang::De, EntityKind::Org) => "Organisation",
            (Lang::De, EntityKind::Oth) => "Sonstiges",
            (Lang::De, EntityKind::Date) => "Datum",
            (Lang::De, EntityKind::Num) => "Zahl",
            (Lang::En, EntityKind::Per) => "Person",
            (Lang::En, EntityKind::Loc) => "Place",
            (Lang::En, EntityKind::Org) => "Organisation",
            (Lang::En, EntityKind::Oth) => "Other",
            (Lang::En, EntityKind::Date) => "Date",
            (Lang::En, EntityKind::Num) => "Number",
        }
    }

    /// "3 Erwähnungen", "1 mention".
    pub fn mentions(&self, n: usize) -> String {
        format!("{n} {}", if n == 1 { self.mentions_one } else { self.mentions_many })
    }

    /// A count with its thousands grouped as the language writes them: "10.000", "10,000".
    pub fn count(&self, n: usize) -> String {
        let digits = n.to_string();
        let mark = match self.lang {
            Lang::De => '.',
            Lang::En => ',',
        };
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(mark);
            }
            out.push(digit);
        }
        out
    }

    /// How many articles the start page's filter lets through: "12 von 10.000 Artikeln".
    pub fn filter_count(&self, shown: usize, of: usize) -> String {
        let (shown, of) = (self.count(shown), self.count(of));
        match self.lang {
            Lang::De => format!("{shown} von {of} Artikeln"),
            Lang::En => format!("{shown} of {of} articles"),
        }
    }

    /// "Erwähnung 3 von 7" for screen readers; the page shows "3 / 7".
    pub fn position(&self, at: usize, of: usize) -> String {
        match self.lang {
            Lang::De => format!("Erwähnung {at} von {of}"),
            Lang::En => format!("Mention {at} of {of}"),
        }
    }

    pub fn theme_name(&self, theme: Theme) -> &'static str {
        match (self.lang, theme) {
            (Lang::De, Theme::Auto) => "wie System",
            (Lang::De, Theme::Light) => "hell",
            (Lang::De, Theme::Dark) => "dunkel",
            (Lang::De, Theme::Sepia) => "Sepia",
            (Lang::En, Theme::Auto) => "system",
            (Lang::En, Theme::Light) => "light",
            (Lang::En, Theme::Dark) => "dark",
            (Lang::En, Theme::Sepia) => "sepia",
        }
    }

    pub fn size_name(&self, size: TextSize) -> &'static str {
        match (self.lang, size) {
            (Lang::De, TextSize::Small) => "klein",
            (Lang::De, TextSize::Medium) => "mittel",
            (Lang::De, TextSize::Large) => "groß",
            (Lang::De, TextSize::Larger) => "sehr groß",
            (Lang::En, TextSize::Small) => "small",
            (Lang::En, TextSize::Medium) => "medium",
            (Lang::En, TextSize::Large) => "large",
            (Lang::En, TextSize::Larger) => "larger",
        }
    }

    pub fn face_name(&self, face: Typeface) -> &'static str {
        match (self.lang, face) {
            (Lang::De, Typeface::Serif) => "mit Serifen",
            (Lang::De, Typeface::Sans) => "ohne Serifen",
            (Lang::En, Typeface::Serif) => "serif",
            (Lang::En, Typeface::Sans) => "sans-serif",
        }
    }

    /// How the quote list names a kind of quotation.
    pub fn quote_kind(&self, kind: QuoteKind) -> &'static str {
        match (self.lang, kind) {
            (Lang::De, QuoteKind::Direct) => "direkt",
            (Lang::De, QuoteKind::Indirect) => "indirekt",
            (Lang::De, QuoteKind::IndirectFreeIndirect) => "indirekt, fortgesetzt",
            (Lang::De, QuoteKind::FreeIndirect) => "erlebte Rede",
            (Lang::De, QuoteKind::Reported) => "berichtet",
            (Lang::En, QuoteKind::Direct) => "direct",
            (Lang::En, QuoteKind::Indirect) => "indirect",
            (Lang::En, QuoteKind::IndirectFreeIndirect) => "indirect, continued",
            (Lang::En, QuoteKind::FreeIndirect) => "free indirect",
            (Lang::En, QuoteKind::Reported) => "reported",
        }
    }

    /// How the quote list names a quotation: its kind, or for an interview its turn.
    pub fn quote_label(&self, kind: QuoteKind, turn: Option<InterviewTurn>) -> &'static str {
        match (self.lang, turn) {
            (Lang::De, Some(InterviewTurn::Question)) => "Interview: Frage",
            (Lang::De, Some(InterviewTurn::Answer)) => "Interview: Antwort",
            (Lang::En, Some(InterviewTurn::Question)) => "interview: question",
            (Lang::En, Some(InterviewTurn::Answer)) => "interview: answer",
            (_, None) => self.quote_kind(kind),
        }
    }

    /// The legend toggle's description: "Person: 12 Markierungen, hervorgehoben".
    /// The names index's group of derived words with no known base: "von Orten abgeleitet".
    pub fn derived_from(&self, kind: EntityKind) -> &'static str {
        match (self.lang, kind) {
            (Lang::De, EntityKind::Per) => "von Personen abgeleitet",
            (Lang::De, EntityKind::Loc) => "von Orten abgeleitet",
            (Lang::De, EntityKind::Org) => "von Organisationen abgeleitet",
            (Lang::De, _) => "von anderen Namen abgeleitet",
            (Lang::En, EntityKind::Per) => "derived from people",
            (Lang::En, EntityKind::Loc) => "derived from places",
            (Lang::En, EntityKind::Org) => "derived from organisations",
            (Lang::En, _) => "derived from other names",
        }
    }

    pub fn legend_label(&self, kind: EntityKind, count: &str, shown: bool) -> String {
        let state = if shown { self.highlighted } else { self.switched_off };
        match self.lang {
            Lang::De => format!("{}: {count} Markierungen, {state}", self.kind(kind)),
            Lang::En => format!("{}: {count} highlights, {state}", self.kind(kind)),
        }
    }

    pub fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::Unknown(name) => format!("{} „{name}“", self.notice_unknown),
            Notice::Invalid { name, value } => format!("{} {name}=„{value}“", self.notice_invalid),
        }
    }
}

/// The strings of the interface language the reader sees: the one way components read words.
#[yew::hook]
pub fn use_strings() -> &'static Strings {
    Strings::of(super::state::use_viewer().reader.lang())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_group_thousands_as_each_language_writes_them() {
        let (de, en) = (Strings::of(Lang::De), Strings::of(Lang::En));
        for (n, german, english) in
            [(0, "0", "0"), (999, "999", "999"), (1000, "1.000", "1,000"), (10_000, "10.000", "10,000")]
        {
            assert_eq!(de.count(n), german);
            assert_eq!(en.count(n), english);
        }
        assert_eq!(de.count(1_234_567), "1.234.567");
        assert_eq!(de.filter_count(12, 10_000), "12 von 10.000 Artikeln");
        assert_eq!(en.filter_count(1, 10_000), "1 of 10,000 articles");
    }
}
