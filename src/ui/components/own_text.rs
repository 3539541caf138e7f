//! The reader's own text: pasted into a text field or dropped as a `.txt` / `.md` file, and
//! analysed here in the browser like a bundled article. Nothing leaves the browser.

use std::rc::Rc;

use yew::prelude::*;

use super::article::ArticleView;
use super::entity_card::EntityCard;
use super::export_menu::ExportMenu;
use crate::engine::{self, Format};
use crate::ui::own::{LoadedFile, OwnSource};
use crate::ui::state::{use_viewer, Action, Counts};
use crate::ui::strings::use_strings;
use crate::ui::web;

/// The base of the downloads' file names: the text has no address of its own.
const OWN_FILE_NAME: &str = "own-text";

/// Notes about the file read last.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileNote {
    Lossy,
    TooLarge,
    NotText,
}

#[function_component]
pub fn OwnText() -> Html {
    let draft = use_state(String::new);
    let format = use_state(|| Format::Article);
    let submitted = use_state(|| None::<OwnSource>);
    let note = use_state(|| None::<FileNote>);
    // The reader asked to analyse an empty or blank text: say so rather than do nothing.
    let empty = use_state(|| false);
    let viewer = use_viewer();
    let t = use_strings();

    // Parsed once per submitted text, so the text does not jump when the analysis comes; the
    // analysis is built on this parse.
    let document = use_memo((*submitted).clone(), |source| {
        source.as_ref().map(|source| Rc::new(engine::parse(&source.text, source.format)))
    });
    // Analysed in the analysis worker; `None` until the analysis is there.
    let analysis = web::use_analysis((*submitted).clone().zip((*document).clone()), viewer.model.clone());
    let busy = (*submitted).is_some() && analysis.is_none();
    {
        let dispatcher = viewer.dispatcher();
        use_effect_with(analysis.clone(), move |analysis| {
            if let Some(analysis) = analysis.as_ref() {
                dispatcher.dispatch(Action::PickEntity(None));
                dispatcher.dispatch(Action::Analysed(Counts::of(analysis)));
            }
        });
    }

    let oninput = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = web::textarea_value(&event) {
                draft.set(value);
            }
        })
    };
    let onsubmit = {
        let (draft, format, submitted, empty) = (draft.clone(), format.clone(), submitted.clone(), empty.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let blank = draft.trim().is_empty();
            empty.set(blank);
            submitted.set((!blank).then(|| OwnSource { text: draft.as_str().into(), format: *format }));
        })
    };
    let on_file = {
        let (draft, format, note) = (draft.clone(), format.clone(), note.clone());
        Callback::from(move |file: LoadedFile| match file {
            LoadedFile::Text { text, lossy, markdown } => {
                draft.set(text);
                format.set(if markdown { Format::Markdown } else { Format::Article });
                note.set(lossy.then_some(FileNote::Lossy));
            }
            LoadedFile::TooLarge => note.set(Some(FileNote::TooLarge)),
            LoadedFile::NotText => note.set(Some(FileNote::NotText)),
        })
    };
    let onchange = {
        let on_file = on_file.clone();
        Callback::from(move |event: Event| web::chosen_file(&event, on_file.clone()))
    };
    let ondrop = Callback::from(move |event: DragEvent| web::dropped_file(&event, on_file.clone()));
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());

    let note_text = (*note).map(|n| match n {
        FileNote::Lossy => t.file_lossy,
        FileNote::TooLarge => t.file_too_large,
        FileNote::NotText => t.file_not_text,
    });
    let toggle_markdown = {
        let format = format.clone();
        Callback::from(move |_: Event| {
            format.set(if *format == Format::Markdown { Format::Article } else { Format::Markdown });
        })
    };
    let result = (*document).clone().map(|document| {
        html! {
            <section class="own-text-result" aria-label={t.own_text}>
                if busy {
                    <p class="own-text-busy" role="status">
                        <progress class="own-text-progress" aria-label={t.own_working}></progress>
                        {" "}{t.own_working}
                    </p>
                }
                <div class="article-actions">
                    <ExportMenu analysis={analysis.clone()} name={OWN_FILE_NAME} />
                    <p class="own-text-no-embed">{t.own_no_embed}</p>
                </div>
                <ArticleView {document} analysis={analysis.clone()} />
                <EntityCard analysis={analysis.clone()} />
            </section>
        }
    });
    html! {
        <section class="own-text">
            <h1 class="own-text-title">{t.own_text}</h1>
            <p class="own-text-privacy">{t.own_privacy}</p>
            <form class="own-text-form" {onsubmit} {ondrop} {ondragover}>
                <label class="own-text-label" for="own-text-input">{t.own_paste}</label>
                <textarea id="own-text-input" class="own-text-input" rows="10" value={(*draft).clone()} {oninput} />
                <div class="own-text-row">
                    <label class="own-text-file-label" for="own-text-file">{t.own_file}</label>
                    <input id="own-text-file" class="own-text-file" type="file" accept=".txt,.md,.markdown,text/plain,text/markdown" {onchange} />
                </div>
                <div class="own-text-row">
                    <label class="own-text-check">
                        <input type="checkbox" checked={*format == Format::Markdown} onchange={toggle_markdown} />
                        {" "}{t.own_markdown}
                    </label>
                    <button type="submit" class="own-text-submit">{t.own_analyse}</button>
                </div>
                if let Some(text) = note_text {
                    <p class="own-text-note" role="status">{text}</p>
                }
                if *empty {
                    <p class="own-text-empty" role="alert">{t.own_empty}</p>
                }
            </form>
            {result}
        </section>
    }
}
