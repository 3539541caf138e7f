//! The reader's own text: pasted into a text field or dropped as a `.txt` / `.md` file, and
//! analysed here in the browser like a bundled article. Nothing leaves the browser.

use std::rc::Rc;

use yew::prelude::*;

use super::article::ArticleView;
use super::entity_card::EntityCard;
use super::model_status::ModelStatus;
use crate::engine::{self, Analysis, Format};
use crate::ui::model::ModelState;
use crate::ui::reader::{use_viewer, Counts, ReaderAction};
use crate::ui::state::{Action, ViewerState};
use crate::ui::strings::Strings;

/// Files larger than this are not read: the analysis would keep the page busy too long.
#[cfg_attr(not(feature = "web"), allow(dead_code))]
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// A file's bytes as text: UTF-8, with invalid sequences replaced by U+FFFD. The flag says
/// whether anything was replaced, so the page can say so.
///
/// # Examples
///
/// ```
/// use newslens::ui::decode_text;
/// assert_eq!(decode_text(b"K\xc3\xb6ln"), ("Köln".to_string(), false));
/// assert_eq!(decode_text(b"K\xf6ln"), ("K\u{fffd}ln".to_string(), true));
/// ```
pub fn decode_text(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match String::from_utf8_lossy(bytes) {
        std::borrow::Cow::Borrowed(text) => (text.to_string(), false),
        std::borrow::Cow::Owned(text) => (text, true),
    }
}

/// What the reader handed in.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnSource {
    pub text: Rc<str>,
    pub format: Format,
}

/// Analyses the reader's text: Markdown as a document; plain text as paragraphs (a pasted text
/// has no title line or header to look for).
pub fn analyse_own(source: &OwnSource, tagger: &engine::Tagger) -> Analysis {
    match source.format {
        Format::Markdown => engine::analyze_with(&source.text, Format::Markdown, tagger),
        Format::Text => engine::analyze_plain(&source.text.replace("\r\n", "\n"), tagger),
    }
}

/// Texts longer than this (in bytes) are analysed in a worker, off the page's main thread.
#[cfg_attr(not(feature = "web"), allow(dead_code))]
pub const WORKER_THRESHOLD: usize = 64 * 1024;

/// The analysis of the reader's text, once ready. Short texts are analysed at once; long ones
/// in a Web Worker, so the page stays usable meanwhile (`None` until it answers).
#[hook]
fn use_analysis(source: Option<OwnSource>, model: ModelState) -> Option<Rc<Analysis>> {
    let analysis = use_state(|| None::<Rc<Analysis>>);
    #[cfg(feature = "web")]
    let job = use_mut_ref(|| None::<crate::ui::worker::WorkerJob>);
    {
        let analysis = analysis.clone();
        use_effect_with((source, model), move |(source, model)| {
            analysis.set(None);
            match (source, model.tagger()) {
                #[cfg(feature = "web")]
                (Some(source), Some(tagger)) if source.text.len() > WORKER_THRESHOLD => {
                    // Where no worker can run, the analysis still happens, on this thread.
                    let on_this_thread = {
                        let (analysis, source, tagger) = (analysis.clone(), source.clone(), tagger.clone());
                        move || analysis.set(Some(Rc::new(analyse_own(&source, &tagger))))
                    };
                    let done = {
                        let (analysis, on_this_thread) = (analysis.clone(), on_this_thread.clone());
                        Callback::from(move |result: Result<Rc<Analysis>, String>| match result {
                            Ok(result) => analysis.set(Some(result)),
                            Err(_) => on_this_thread(),
                        })
                    };
                    match crate::ui::worker::analyze_in_worker(source, done) {
                        Ok(started) => *job.borrow_mut() = Some(started),
                        Err(_) => on_this_thread(),
                    }
                }
                (Some(source), Some(tagger)) => analysis.set(Some(Rc::new(analyse_own(source, tagger)))),
                _ => {}
            }
        });
    }
    (*analysis).clone()
}

#[derive(Properties, PartialEq)]
pub struct OwnTextProps {
    pub model: ModelState,
}

/// Notes about the file read last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileNote {
    Lossy,
    TooLarge,
    NotText,
}

#[function_component]
pub fn OwnText(props: &OwnTextProps) -> Html {
    let draft = use_state(String::new);
    let format = use_state(|| Format::Text);
    let submitted = use_state(|| None::<OwnSource>);
    let note = use_state(|| None::<FileNote>);
    let viewer = use_viewer();
    let lang = viewer.as_ref().map(|v| v.reader.lang()).unwrap_or_default();
    let t = Strings::of(lang);
    let de = t.lang == crate::ui::prefs::Lang::De;

    let analysis = use_analysis((*submitted).clone(), props.model.clone());
    let busy = (*submitted).is_some() && analysis.is_none();
    {
        let dispatcher = viewer.as_ref().map(|v| v.dispatcher());
        use_effect_with(analysis.clone(), move |analysis| {
            if let (Some(dispatcher), Some(analysis)) = (dispatcher, analysis.as_ref()) {
                dispatcher.dispatch(Action::Reader(ReaderAction::PickEntity(None)));
                dispatcher.dispatch(Action::Reader(ReaderAction::Analysed(Counts::of(analysis))));
            }
        });
    }

    let oninput = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = textarea_value(&event) {
                draft.set(value);
            }
        })
    };
    let onsubmit = {
        let (draft, format, submitted) = (draft.clone(), format.clone(), submitted.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if !draft.trim().is_empty() {
                submitted.set(Some(OwnSource { text: draft.as_str().into(), format: *format }));
            }
        })
    };
    let on_file = {
        let (draft, format, note) = (draft.clone(), format.clone(), note.clone());
        Callback::from(move |file: LoadedFile| match file {
            LoadedFile::Text { text, lossy, markdown } => {
                draft.set(text);
                format.set(if markdown { Format::Markdown } else { Format::Text });
                note.set(lossy.then_some(FileNote::Lossy));
            }
            LoadedFile::TooLarge => note.set(Some(FileNote::TooLarge)),
            LoadedFile::NotText => note.set(Some(FileNote::NotText)),
        })
    };
    let onchange = file_input_handler(on_file.clone());
    let ondrop = drop_handler(on_file);
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());

    let (title, privacy, label, file_label, analyse, markdown_label) = if de {
        (
            "Eigener Text",
            "Ihr Text wird nur hier im Browser untersucht: nichts wird hochgeladen oder gespeichert.",
            "Text einfügen",
            "oder eine .txt- oder .md-Datei wählen (oder hierher ziehen)",
            "Untersuchen",
            "als Markdown lesen",
        )
    } else {
        (
            "Your own text",
            "Your text is analysed here in the browser only: nothing is uploaded or stored.",
            "Paste a text",
            "or choose a .txt or .md file (or drop it here)",
            "Analyse",
            "read as Markdown",
        )
    };
    let note_text = (*note).map(|n| match (n, de) {
        (FileNote::Lossy, true) => "Die Datei war kein gültiges UTF-8: unlesbare Zeichen sind durch � ersetzt.",
        (FileNote::Lossy, false) => "The file was not valid UTF-8: unreadable characters are replaced by �.",
        (FileNote::TooLarge, true) => "Die Datei ist größer als 2 MB und wurde nicht gelesen.",
        (FileNote::TooLarge, false) => "The file is larger than 2 MB and was not read.",
        (FileNote::NotText, true) => "Nur .txt- und .md-Dateien lassen sich lesen.",
        (FileNote::NotText, false) => "Only .txt and .md files can be read.",
    });
    let toggle_markdown = {
        let format = format.clone();
        Callback::from(move |_: Event| {
            format.set(if *format == Format::Markdown { Format::Text } else { Format::Markdown });
        })
    };
    let result = (*submitted).as_ref().map(|source| {
        let document = Rc::new(engine::parse(&source.text, source.format));
        let strings = t;
        let working = match de {
            true => "Der Text wird im Hintergrund untersucht; die Seite bleibt bedienbar.",
            false => "The text is being analysed in the background; the page stays usable.",
        };
        html! {
            <section class="own-text-result" aria-label={title}>
                if busy {
                    <p class="own-text-busy" role="status">
                        <progress class="own-text-progress" aria-label={working}></progress>
                        {" "}{working}
                    </p>
                }
                <ArticleView
                    document={document}
                    analysis={analysis.clone()}
                    hidden={viewer.as_ref().map(|v| v.hidden).unwrap_or_default()}
                    active_quote={viewer.as_ref().and_then(|v| v.active_quote)}
                    quote_picks={viewer.as_ref().map_or(0, |v| v.quote_picks)}
                    status={html! { <ModelStatus model={props.model.clone()} /> }}
                    on_toggle={send(&viewer, Action::ToggleKind)}
                    on_pick_quote={send(&viewer, Action::PickQuote)}
                />
                <EntityCard analysis={analysis.clone()} {strings} />
            </section>
        }
    });
    html! {
        <section class="own-text">
            <h1 class="own-text-title">{title}</h1>
            <p class="own-text-privacy">{privacy}</p>
            <form class="own-text-form" {onsubmit} {ondrop} {ondragover}>
                <label class="own-text-label" for="own-text-input">{label}</label>
                <textarea id="own-text-input" class="own-text-input" rows="10" value={(*draft).clone()} {oninput} />
                <div class="own-text-row">
                    <label class="own-text-file-label" for="own-text-file">{file_label}</label>
                    <input id="own-text-file" class="own-text-file" type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" {onchange} />
                </div>
                <div class="own-text-row">
                    <label class="own-text-check">
                        <input type="checkbox" checked={*format == Format::Markdown} onchange={toggle_markdown} />
                        {" "}{markdown_label}
                    </label>
                    <button type="submit" class="own-text-submit">{analyse}</button>
                </div>
                if let Some(text) = note_text {
                    <p class="own-text-note" role="status">{text}</p>
                }
            </form>
            {result}
        </section>
    }
}

fn send<T: 'static>(viewer: &Option<UseReducerHandle<ViewerState>>, action: fn(T) -> Action) -> Callback<T> {
    let dispatcher = viewer.as_ref().map(|v| v.dispatcher());
    Callback::from(move |value: T| {
        if let Some(dispatcher) = &dispatcher {
            dispatcher.dispatch(action(value));
        }
    })
}

/// A file as read.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(not(feature = "web"), allow(dead_code))]
pub enum LoadedFile {
    Text { text: String, lossy: bool, markdown: bool },
    TooLarge,
    NotText,
}

/// Whether a file name is one the page reads.
#[cfg_attr(not(feature = "web"), allow(dead_code))]
pub fn is_text_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".txt", ".md", ".markdown", ".text"].iter().any(|ext| lower.ends_with(ext))
}

#[cfg(feature = "web")]
fn textarea_value(event: &InputEvent) -> Option<String> {
    use wasm_bindgen::JsCast;
    event.target()?.dyn_into::<web_sys::HtmlTextAreaElement>().ok().map(|t| t.value())
}

#[cfg(not(feature = "web"))]
fn textarea_value(_event: &InputEvent) -> Option<String> {
    None
}

#[cfg(feature = "web")]
fn file_input_handler(on_file: Callback<LoadedFile>) -> Callback<Event> {
    use wasm_bindgen::JsCast;
    Callback::from(move |event: Event| {
        let file = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            crate::ui::dom::read_file(file, on_file.clone());
        }
    })
}

#[cfg(not(feature = "web"))]
fn file_input_handler(_on_file: Callback<LoadedFile>) -> Callback<Event> {
    Callback::noop()
}

#[cfg(feature = "web")]
fn drop_handler(on_file: Callback<LoadedFile>) -> Callback<DragEvent> {
    Callback::from(move |event: DragEvent| {
        event.prevent_default();
        if let Some(file) = event.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            crate::ui::dom::read_file(file, on_file.clone());
        }
    })
}

#[cfg(not(feature = "web"))]
fn drop_handler(_on_file: Callback<LoadedFile>) -> Callback<DragEvent> {
    Callback::noop()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding() {
        assert_eq!(decode_text(b"\xef\xbb\xbfBOM"), ("BOM".to_string(), false));
        assert_eq!(decode_text(b""), (String::new(), false));
        assert!(decode_text(b"\xff\xfe").1);
    }

    #[test]
    fn text_files() {
        assert!(is_text_file("a.TXT"));
        assert!(is_text_file("notes.md"));
        assert!(!is_text_file("photo.jpg"));
    }

    #[test]
    fn pasted_text_is_analysed_as_paragraphs() {
        let source = OwnSource {
            text: "„Wir bleiben“, sagte Jens Stoltenberg in Kiew.\r\n\r\nZweiter Absatz.".into(),
            format: Format::Text,
        };
        let analysis = analyse_own(&source, &engine::Tagger::provisional());
        assert_eq!(analysis.document.blocks.len(), 2);
        assert_eq!(analysis.quotes.len(), 1);
    }
}
