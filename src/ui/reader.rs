//! The reader's part of the viewer state: the chosen entity and where its mentions are stepped
//! to, the view parameters from the URL, the preferences, the shortcut overlay and the entity
//! card. [`reduce`] is called by [`ViewerState`]'s one reducer for [`Action::Reader`].
//!
//! [`Action::Reader`]: super::state::Action::Reader

use std::rc::Rc;

use yew::prelude::*;

use super::link::ViewQuery;
use super::prefs::{Lang, Prefs, Theme};
use super::state::ViewerState;
use crate::engine::Analysis;

/// What the keyboard steps through, taken from the analysis shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub quotes: usize,
    /// The number of mentions of each cluster, by cluster index.
    pub mentions: Rc<[usize]>,
}

impl Counts {
    pub fn of(analysis: &Analysis) -> Counts {
        Counts { quotes: analysis.quotes.len(), mentions: analysis.clusters.iter().map(|c| c.mentions.len()).collect() }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reader {
    /// The chosen entity cluster, an index into `Analysis::clusters`.
    pub entity: Option<usize>,
    /// Which of the chosen cluster's mentions is current, 0-based, in text order.
    pub cursor: usize,
    /// Counts steps, so stepping back to the same mention scrolls to it again.
    pub steps: u32,
    pub counts: Counts,
    /// The view parameters of the URL, with notices about the ones not used.
    pub query: ViewQuery,
    pub prefs: Prefs,
    /// The browser's language, used when the URL does not set one.
    pub browser_lang: Lang,
    /// The keyboard shortcut overlay is open.
    pub help: bool,
}

/// What the article text needs of the reader state: which entity's mentions to mark. A context
/// of its own, so the text re-renders only when the choice changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub entity: Option<usize>,
    pub cursor: usize,
}

impl Selection {
    /// The index into `Analysis::mentions` of the current mention of the chosen entity.
    pub fn current_mention(self, analysis: &Analysis) -> Option<usize> {
        let cluster = analysis.clusters.get(self.entity?)?;
        cluster.mentions.get(self.cursor).copied()
    }
}

impl Reader {
    pub fn theme(&self) -> Theme {
        self.query.theme.unwrap_or(self.prefs.theme)
    }

    pub fn lang(&self) -> Lang {
        self.query.lang.unwrap_or(self.browser_lang)
    }

    pub fn selection(&self) -> Selection {
        Selection { entity: self.entity, cursor: self.cursor }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ReaderAction {
    /// The URL's query changed (on load, back/forward, a followed link).
    FromUrl(ViewQuery),
    /// An entity was chosen in the index (or `None`: the choice was cleared).
    PickEntity(Option<usize>),
    /// Step through the chosen entity's mentions, wrapping around.
    StepMention(isize),
    /// Step through the quotations, wrapping around.
    StepQuote(isize),
    CycleTheme,
    SetPrefs(Prefs),
    Help(bool),
    /// Escape: close the overlay.
    Dismiss,
    /// A (new) analysis is shown.
    Analysed(Counts),
}

/// `position` moved by `by` in a ring of `len` places (`len > 0`).
fn wrap(position: usize, by: isize, len: usize) -> usize {
    let len = len as isize;
    (((position as isize + by) % len + len) % len) as usize
}

pub(crate) fn reduce(state: &mut ViewerState, action: ReaderAction) {
    let reader = &mut state.reader;
    match action {
        ReaderAction::FromUrl(query) => {
            reader.entity = query.entity;
            reader.cursor = 0;
            reader.steps = reader.steps.wrapping_add(1);
            if query.types.is_some() {
                state.hidden = query.hidden();
            }
            if state.active_quote != query.quote {
                state.active_quote = query.quote;
                state.quote_picks = state.quote_picks.wrapping_add(1);
            }
            reader.query = query;
        }
        ReaderAction::PickEntity(entity) => {
            reader.entity = entity;
            reader.cursor = 0;
            reader.steps = reader.steps.wrapping_add(1);
        }
        ReaderAction::StepMention(by) => {
            let len = reader.entity.and_then(|c| reader.counts.mentions.get(c).copied()).unwrap_or(0);
            if len > 0 {
                reader.cursor = wrap(reader.cursor.min(len - 1), by, len);
                reader.steps = reader.steps.wrapping_add(1);
            }
        }
        ReaderAction::StepQuote(by) => {
            let len = reader.counts.quotes;
            if len > 0 {
                state.active_quote = Some(match state.active_quote {
                    Some(i) => wrap(i.min(len - 1), by, len),
                    None if by >= 0 => 0,
                    None => len - 1,
                });
                state.quote_picks = state.quote_picks.wrapping_add(1);
            }
        }
        ReaderAction::CycleTheme => {
            reader.prefs.theme = reader.theme().next();
            reader.query.theme = None;
        }
        ReaderAction::SetPrefs(prefs) => {
            if prefs.theme != reader.prefs.theme {
                reader.query.theme = None;
            }
            reader.prefs = prefs;
        }
        ReaderAction::Help(open) => reader.help = open,
        ReaderAction::Dismiss => reader.help = false,
        ReaderAction::Analysed(counts) => reader.counts = counts,
    }
}

/// The state the app starts in: in the browser, the URL's query applied and the stored
/// preferences and the browser's language read; elsewhere (render tests) the defaults.
pub(crate) fn starting_state(state: ViewerState) -> ViewerState {
    #[cfg(feature = "web")]
    {
        let mut state = state;
        state.reader.prefs = super::dom::load_prefs();
        state.reader.browser_lang = super::dom::browser_lang();
        reduce(&mut state, ReaderAction::FromUrl(ViewQuery::from_hash(&super::dom::current_hash())));
        state
    }
    #[cfg(not(feature = "web"))]
    state
}

/// Which entity the text marks; nothing chosen outside [`App`](super::App).
#[hook]
pub fn use_selection() -> Selection {
    use_context::<Selection>().unwrap_or_default()
}

/// The app's state handle, shared through context with the components that change it. Outside
/// [`App`](super::App) (render tests of single components) there is none.
#[hook]
pub fn use_viewer() -> Option<UseReducerHandle<ViewerState>> {
    use_context::<UseReducerHandle<ViewerState>>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::model::ModelState;
    use crate::ui::route::Route;
    use crate::ui::state::Action;
    use yew::Reducible;

    fn state_with(quotes: usize, mentions: &[usize]) -> Rc<ViewerState> {
        let state = Rc::new(ViewerState::new(Route::Home, ModelState::Loading));
        let counts = Counts { quotes, mentions: mentions.into() };
        state.reduce(Action::Reader(ReaderAction::Analysed(counts)))
    }

    fn apply(state: Rc<ViewerState>, actions: &[ReaderAction]) -> Rc<ViewerState> {
        actions.iter().cloned().fold(state, |s, a| s.reduce(Action::Reader(a)))
    }

    #[test]
    fn stepping_wraps_both_ways() {
        let s = apply(state_with(0, &[1, 3]), &[ReaderAction::PickEntity(Some(1)), ReaderAction::StepMention(-1)]);
        assert_eq!(s.reader.cursor, 2);
        let s = apply(s, &[ReaderAction::StepMention(1), ReaderAction::StepMention(1)]);
        assert_eq!(s.reader.cursor, 1);
    }

    #[test]
    fn stepping_without_a_choice_or_quotes_does_nothing() {
        let s = apply(state_with(0, &[2]), &[ReaderAction::StepMention(1), ReaderAction::StepQuote(1)]);
        assert_eq!((s.reader.cursor, s.active_quote), (0, None));
        // A chosen cluster that does not exist (a stale link) does not panic either.
        let s = apply(s, &[ReaderAction::PickEntity(Some(9)), ReaderAction::StepMention(1)]);
        assert_eq!(s.reader.cursor, 0);
    }

    #[test]
    fn quotes_step_from_none_to_either_end() {
        let s = apply(state_with(4, &[]), &[ReaderAction::StepQuote(-1)]);
        assert_eq!(s.active_quote, Some(3));
        let s = apply(s, &[ReaderAction::StepQuote(1)]);
        assert_eq!(s.active_quote, Some(0));
    }

    #[test]
    fn the_url_sets_entity_quote_and_kinds() {
        let query = ViewQuery::from_hash("?entity=1&quote=2&types=per");
        let s = apply(state_with(3, &[1, 1]), &[ReaderAction::FromUrl(query)]);
        assert_eq!((s.reader.entity, s.active_quote), (Some(1), Some(2)));
        assert!(s.hidden.contains(crate::engine::EntityKind::Loc));
    }

    #[test]
    fn theme_from_url_until_the_reader_changes_it() {
        let s = apply(state_with(0, &[]), &[ReaderAction::FromUrl(ViewQuery::from_hash("?theme=dark"))]);
        assert_eq!(s.reader.theme(), Theme::Dark);
        let s = apply(s, &[ReaderAction::CycleTheme]);
        assert_eq!(s.reader.theme(), Theme::Sepia);
    }
}
