//! Downloads of the analysis: the JSON export (schema `newslens-analysis/2`), the entities in
//! displaCy's manual format, and the quotations as CSV. The formats are the engine's; this
//! only offers them as files.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Analysis;
use crate::ui::strings::Strings;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub analysis: Option<Rc<Analysis>>,
    /// The base of the file names.
    pub name: AttrValue,
    pub strings: &'static Strings,
}

/// The three formats: which button, which file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Json,
    Displacy,
    QuotesCsv,
}

impl ExportFormat {
    pub fn file_name(self, base: &str) -> String {
        match self {
            ExportFormat::Json => format!("{base}.newslens.json"),
            ExportFormat::Displacy => format!("{base}.displacy.json"),
            ExportFormat::QuotesCsv => format!("{base}.quotes.csv"),
        }
    }
}

#[function_component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let t = props.strings;
    let Some(analysis) = props.analysis.clone() else { return html! {} };
    let button = |format: ExportFormat, label: &'static str| {
        let (analysis, name) = (analysis.clone(), props.name.clone());
        let onclick = Callback::from(move |_: MouseEvent| download(&analysis, format, &format.file_name(&name)));
        html! {
            <li><button type="button" class="export-menu-button" data-format={format!("{format:?}")} {onclick}>{label}</button></li>
        }
    };
    html! {
        <details class="export-menu">
            <summary class="export-menu-summary">{t.export}</summary>
            <ul class="export-menu-items">
                {button(ExportFormat::Json, t.export_json)}
                {button(ExportFormat::Displacy, t.export_displacy)}
                {button(ExportFormat::QuotesCsv, t.export_csv)}
            </ul>
        </details>
    }
}

#[cfg(feature = "web")]
fn download(analysis: &Analysis, format: ExportFormat, file_name: &str) {
    use crate::engine::export;
    use crate::ui::dom;
    let (mime, text) = match format {
        ExportFormat::Json => ("application/json", dom::to_json(&export::Export::new(analysis))),
        ExportFormat::Displacy => ("application/json", dom::to_json(&export::displacy(analysis))),
        ExportFormat::QuotesCsv => ("text/csv;charset=utf-8", Some(export::quotes_csv(analysis))),
    };
    if let Some(text) = text {
        dom::download(file_name, mime, &text);
    }
}

#[cfg(not(feature = "web"))]
fn download(_analysis: &Analysis, _format: ExportFormat, _file_name: &str) {}
