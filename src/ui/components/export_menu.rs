//! Downloads of the analysis: the JSON export (schema `newslens-analysis/2`), the entities in
//! displaCy's manual format, and the quotations as CSV. The formats are the engine's; this
//! only offers them as files.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{export, Analysis};
use crate::ui::strings::{use_strings, Strings};
use crate::ui::web;

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub analysis: Option<Rc<Analysis>>,
    /// The base of the file names.
    pub name: AttrValue,
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
    let t = use_strings();
    let Some(analysis) = props.analysis.clone() else { return html! {} };
    let button = |format: ExportFormat, label: &'static str| {
        let (analysis, name) = (analysis.clone(), props.name.clone());
        let onclick = Callback::from(move |_: MouseEvent| download(t, &analysis, format, &format.file_name(&name)));
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

fn download(t: &'static Strings, analysis: &Analysis, format: ExportFormat, file_name: &str) {
    match format {
        ExportFormat::Json => web::download_json(file_name, &export::Export::new(analysis)),
        ExportFormat::Displacy => web::download_json(file_name, &export::displacy(analysis)),
        ExportFormat::QuotesCsv => {
            // The quote types in the words the quote list uses, the data set's beside them.
            let csv = export::quotes_csv(analysis, &|q| t.quote_label(q.kind, q.interview).to_string());
            web::download_text(file_name, "text/csv;charset=utf-8", &csv)
        }
    }
}
