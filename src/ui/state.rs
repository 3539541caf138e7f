//! What the reader has chosen, in one place: [`ViewerState`], changed only by an [`Action`]
//! through its one reducer. The app provides it once ([`ViewerProvider`](super::ViewerProvider));
//! components read it with [`use_viewer`] and send it actions.

use std::rc::Rc;

use yew::prelude::*;

use super::link::ViewQuery;
use super::model::ModelState;
use super::prefs::{Lang, Prefs, Theme};
use super::route::Route;
use crate::engine::{Analysis, EntityKind};

/// A set of entity kinds (the ones switched off in the legend).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct KindSet(u8);

impl KindSet {
    fn bit(kind: EntityKind) -> u8 {
        1 << (kind as u8)
    }

    pub fn contains(self, kind: EntityKind) -> bool {
        self.0 & KindSet::bit(kind) != 0
    }

    /// The set with `kind` added if it was missing, removed if it was there.
    #[must_use]
    pub fn toggled(self, kind: EntityKind) -> KindSet {
        KindSet(self.0 ^ KindSet::bit(kind))
    }

    /// Every kind but `shown`: the kinds a link's `types` parameter switches off.
    pub fn all_but(shown: &[EntityKind]) -> KindSet {
        EntityKind::ALL.into_iter().filter(|k| !shown.contains(k)).fold(KindSet::default(), KindSet::toggled)
    }
}

/// What the keyboard steps through, taken from the analysis shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub quotes: usize,
    /// The mentions of each cluster (indices into `Analysis::mentions`), by cluster index.
    pub mentions: Rc<[Rc<[usize]>]>,
}

impl Counts {
    pub fn of(analysis: &Analysis) -> Counts {
        Counts {
            quotes: analysis.quotes.len(),
            mentions: analysis.clusters.iter().map(|c| c.mentions.as_slice().into()).collect(),
        }
    }
}

/// The reader's part of the state: the chosen entity and where its mentions are stepped to, the
/// view parameters from the URL, the preferences and the shortcut overlay.
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
    /// Counts the analyses shown (`Action::Analysed`): what a link names is in the page only
    /// from then on, so scrolling to it waits for this, whenever the text arrives.
    pub analyses: u32,
}

impl Reader {
    pub fn theme(&self) -> Theme {
        self.query.theme.unwrap_or(self.prefs.theme)
    }

    pub fn lang(&self) -> Lang {
        self.query.lang.unwrap_or(self.browser_lang)
    }

    /// The index into `Analysis::mentions` of the current mention of the chosen entity.
    pub fn current_mention(&self) -> Option<usize> {
        let mentions = self.counts.mentions.get(self.entity?)?;
        mentions.get(self.cursor.min(mentions.len().checked_sub(1)?)).copied()
    }
}

/// Everything the viewer shows besides the article itself.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewerState {
    pub route: Route,
    /// Entity kinds whose highlights are switched off.
    pub hidden: KindSet,
    /// The quotation picked in the quote list, an index into `Analysis::quotes`.
    pub active_quote: Option<usize>,
    /// Counts quote picks, so picking the same quote again scrolls to it again.
    pub quote_picks: u32,
    pub model: ModelState,
    pub reader: Reader,
}

impl ViewerState {
    pub fn new(route: Route, model: ModelState) -> ViewerState {
        ViewerState {
            route,
            hidden: KindSet::default(),
            active_quote: None,
            quote_picks: 0,
            model,
            reader: Reader::default(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The address changed (on load, back/forward, a followed link): the page and its view
    /// parameters, read together from one hash.
    Navigate {
        route: Route,
        query: ViewQuery,
    },
    /// Switch an entity kind's highlights off or back on.
    ToggleKind(EntityKind),
    /// A quotation was picked in the list or the text.
    PickQuote(usize),
    /// The model fetch finished (or failed and fell back).
    ModelReady(ModelState),
    /// An entity was chosen in the index (or `None`: the choice was cleared).
    PickEntity(Option<usize>),
    /// A mention in the text was chosen (Enter on a focused name; an index into
    /// `Analysis::mentions`): its entity is chosen, with this mention the current one.
    ChooseMention(usize),
    /// Step through the chosen entity's mentions, wrapping around.
    StepMention(isize),
    /// Step through the quotations, wrapping around.
    StepQuote(isize),
    CycleTheme,
    SetPrefs(Prefs),
    Help(bool),
    /// Escape: close the overlay.
    Dismiss,
    /// A (new) analysis is shown: the article's text is loaded and analysed (a link's quote
    /// can be scrolled to from here on).
    Analysed(Counts),
    /// The start page's filter was typed.
    Filter(String),
}

/// `position` moved by `by` in a ring of `len` places (`len > 0`).
fn wrap(position: usize, by: isize, len: usize) -> usize {
    let len = len as isize;
    (((position as isize + by) % len + len) % len) as usize
}

impl Reducible for ViewerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let reader = &mut next.reader;
        match action {
            Action::Navigate { route, query } => {
                if route == next.route && query == reader.query {
                    return self;
                }
                if route != next.route {
                    next.route = route;
                    next.active_quote = None;
                }
                reader.entity = query.entity;
                reader.cursor = 0;
                reader.steps = reader.steps.wrapping_add(1);
                if let Some(shown) = &query.types {
                    next.hidden = KindSet::all_but(shown);
                }
                if next.active_quote != query.quote {
                    next.active_quote = query.quote;
                    next.quote_picks = next.quote_picks.wrapping_add(1);
                }
                reader.query = query;
            }
            Action::ToggleKind(kind) => next.hidden = next.hidden.toggled(kind),
            Action::PickQuote(index) => {
                next.active_quote = Some(index);
                next.quote_picks = next.quote_picks.wrapping_add(1);
            }
            Action::ModelReady(model) => next.model = model,
            Action::PickEntity(entity) => {
                reader.entity = entity;
                reader.cursor = 0;
                reader.steps = reader.steps.wrapping_add(1);
            }
            Action::ChooseMention(mention) => {
                let found = reader.counts.mentions.iter().enumerate().find_map(|(cluster, mentions)| {
                    mentions.iter().position(|&m| m == mention).map(|at| (cluster, at))
                });
                if let Some((cluster, at)) = found {
                    reader.entity = Some(cluster);
                    reader.cursor = at;
                    reader.steps = reader.steps.wrapping_add(1);
                }
            }
            Action::StepMention(by) => {
                let len = reader.entity.and_then(|c| reader.counts.mentions.get(c)).map_or(0, |m| m.len());
                if len > 0 {
                    reader.cursor = wrap(reader.cursor.min(len - 1), by, len);
                    reader.steps = reader.steps.wrapping_add(1);
                }
            }
            Action::StepQuote(by) => {
                let len = reader.counts.quotes;
                if len > 0 {
                    next.active_quote = Some(match next.active_quote {
                        Some(i) => wrap(i.min(len - 1), by, len),
                        None if by >= 0 => 0,
                        None => len - 1,
                    });
                    next.quote_picks = next.quote_picks.wrapping_add(1);
                }
            }
            Action::CycleTheme => {
                reader.prefs.theme = reader.theme().next();
                reader.query.theme = None;
            }
            Action::SetPrefs(prefs) => {
                if prefs.theme != reader.prefs.theme {
                    reader.query.theme = None;
                }
                reader.prefs = prefs;
            }
            Action::Help(open) => reader.help = open,
            Action::Dismiss => reader.help = false,
            Action::Analysed(counts) => {
                reader.counts = counts;
                reader.analyses = reader.analyses.wrapping_add(1);
            }
            Action::Filter(filter) => reader.query.filter = Some(filter).filter(|f| !f.trim().is_empty()),
        }
        Rc::new(next)
    }
}

/// The state's handle: read it, and `dispatch` actions to it.
pub type Viewer = UseReducerHandle<ViewerState>;

/// The viewer's state, from the provider the app is rendered in.
///
/// # Panics
///
/// Outside a `ViewerProvider`: every component is rendered inside one (render tests too).
#[hook]
pub fn use_viewer() -> Viewer {
    use_context::<Viewer>().expect("components are rendered inside a ViewerProvider")
}

/// A callback that sends its argument to the state as an action.
pub fn send<T: 'static>(viewer: &Viewer, action: impl Fn(T) -> Action + 'static) -> Callback<T> {
    let dispatcher = viewer.dispatcher();
    Callback::from(move |value: T| dispatcher.dispatch(action(value)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: ViewerState, action: Action) -> ViewerState {
        (*Rc::new(state).reduce(action)).clone()
    }

    fn state_with(quotes: usize, mentions: &[usize]) -> Rc<ViewerState> {
        let state = Rc::new(ViewerState::new(Route::Home, ModelState::Loading));
        let mentions = mentions.iter().map(|&n| (0..n).collect::<Rc<[usize]>>()).collect();
        state.reduce(Action::Analysed(Counts { quotes, mentions }))
    }

    fn apply(state: Rc<ViewerState>, actions: &[Action]) -> Rc<ViewerState> {
        actions.iter().cloned().fold(state, |s, a| s.reduce(a))
    }

    fn navigate(hash: &str) -> Action {
        Action::Navigate { route: Route::from_hash(hash), query: ViewQuery::from_hash(hash) }
    }

    #[test]
    fn toggling_twice_restores_the_kind() {
        let state = ViewerState::new(Route::Home, ModelState::Loading);
        let off = reduce(state.clone(), Action::ToggleKind(EntityKind::Per));
        assert!(off.hidden.contains(EntityKind::Per));
        assert!(!off.hidden.contains(EntityKind::Loc));
        let on = reduce(off, Action::ToggleKind(EntityKind::Per));
        assert_eq!(on.hidden, KindSet::default());
    }

    #[test]
    fn navigating_clears_the_picked_quote() {
        let state = ViewerState::new(Route::Article("a".into()), ModelState::Loading);
        let picked = reduce(state, Action::PickQuote(2));
        assert_eq!(picked.active_quote, Some(2));
        let moved = reduce(picked, navigate("#/a/b"));
        assert_eq!(moved.active_quote, None);
    }

    #[test]
    fn picking_again_counts() {
        let state = ViewerState::new(Route::Home, ModelState::Loading);
        let once = reduce(state, Action::PickQuote(0));
        let twice = reduce(once.clone(), Action::PickQuote(0));
        assert_ne!(once.quote_picks, twice.quote_picks);
    }

    #[test]
    fn stepping_wraps_both_ways() {
        let s = apply(state_with(0, &[1, 3]), &[Action::PickEntity(Some(1)), Action::StepMention(-1)]);
        assert_eq!(s.reader.cursor, 2);
        assert_eq!(s.reader.current_mention(), Some(2));
        let s = apply(s, &[Action::StepMention(1), Action::StepMention(1)]);
        assert_eq!(s.reader.cursor, 1);
    }

    #[test]
    fn stepping_without_a_choice_or_quotes_does_nothing() {
        let s = apply(state_with(0, &[2]), &[Action::StepMention(1), Action::StepQuote(1)]);
        assert_eq!((s.reader.cursor, s.active_quote), (0, None));
        // A chosen cluster that does not exist (a stale link) does not panic either.
        let s = apply(s, &[Action::PickEntity(Some(9)), Action::StepMention(1)]);
        assert_eq!((s.reader.cursor, s.reader.current_mention()), (0, None));
    }

    #[test]
    fn quotes_step_from_none_to_either_end() {
        let s = apply(state_with(4, &[]), &[Action::StepQuote(-1)]);
        assert_eq!(s.active_quote, Some(3));
        let s = apply(s, &[Action::StepQuote(1)]);
        assert_eq!(s.active_quote, Some(0));
    }

    #[test]
    fn the_url_sets_page_entity_quote_and_kinds_at_once() {
        let s = apply(state_with(3, &[1, 1]), &[navigate("#/a/kiew?entity=1&quote=2&types=per")]);
        assert_eq!(s.route, Route::Article("kiew".into()));
        assert_eq!((s.reader.entity, s.active_quote), (Some(1), Some(2)));
        assert!(s.hidden.contains(EntityKind::Loc));
        assert!(!s.hidden.contains(EntityKind::Per));
        // Another page with a quote in its link: the link's quote, not a cleared one.
        let s = apply(s, &[navigate("#/a/other?quote=1")]);
        assert_eq!((s.reader.entity, s.active_quote), (None, Some(1)));
    }

    #[test]
    fn choosing_a_mention_chooses_its_entity_at_that_mention() {
        // Cluster 0 has mentions 0 and 1, cluster 1 mentions 2, 3 and 4 (`state_with` numbers
        // every cluster's mentions from 0, so this one is built by hand).
        let state = Rc::new(ViewerState::new(Route::Home, ModelState::Loading));
        let mentions = vec![Rc::from([0, 1]), Rc::from([2, 3, 4])];
        let s = state.reduce(Action::Analysed(Counts { quotes: 0, mentions: mentions.into() }));
        let s = apply(s, &[Action::ChooseMention(3)]);
        assert_eq!((s.reader.entity, s.reader.cursor, s.reader.current_mention()), (Some(1), 1, Some(3)));
        // Stepping goes on from there.
        let s = apply(s, &[Action::StepMention(1)]);
        assert_eq!(s.reader.current_mention(), Some(4));
        // A mention no entity has changes nothing.
        let before = s.reader.clone();
        let s = apply(s, &[Action::ChooseMention(9)]);
        assert_eq!(s.reader, before);
    }

    #[test]
    fn each_analysis_is_counted() {
        let s = state_with(0, &[]);
        assert_eq!(s.reader.analyses, 1);
        let s = apply(s, &[Action::Analysed(Counts::default())]);
        assert_eq!(s.reader.analyses, 2);
    }

    #[test]
    fn the_filter_is_typed_and_cleared() {
        let s = apply(state_with(0, &[]), &[navigate("#/?q=kiew")]);
        assert_eq!(s.reader.query.filter.as_deref(), Some("kiew"));
        let s = apply(s, &[Action::Filter("berlin 2022".into())]);
        assert_eq!(s.reader.query.filter.as_deref(), Some("berlin 2022"));
        let s = apply(s, &[Action::Filter("  ".into())]);
        assert_eq!(s.reader.query.filter, None);
    }

    #[test]
    fn theme_from_url_until_the_reader_changes_it() {
        let s = apply(state_with(0, &[]), &[navigate("#/?theme=dark")]);
        assert_eq!(s.reader.theme(), Theme::Dark);
        let s = apply(s, &[Action::CycleTheme]);
        assert_eq!(s.reader.theme(), Theme::Sepia);
    }
}
