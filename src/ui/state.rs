//! The viewer's one reducer: every change of what the page shows is an [`Action`].

use std::rc::Rc;

use yew::Reducible;

use super::model::ModelState;
use super::reader::{self, Reader, ReaderAction};
use super::route::Route;
use crate::engine::EntityKind;

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
    /// The chosen entity, view parameters, preferences and overlays (see [`reader`]).
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

#[derive(Clone, Debug)]
pub enum Action {
    /// The URL changed.
    Navigate(Route),
    /// Switch an entity kind's highlights off or back on.
    ToggleKind(EntityKind),
    /// A quotation was picked in the list.
    PickQuote(usize),
    /// The model fetch finished (or failed and fell back).
    ModelReady(ModelState),
    /// Entity choice, stepping, preferences, overlays (see [`reader::reduce`]).
    Reader(ReaderAction),
}

impl Reducible for ViewerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Navigate(route) => {
                if route == next.route {
                    return self;
                }
                next.route = route;
                next.active_quote = None;
            }
            Action::ToggleKind(kind) => next.hidden = next.hidden.toggled(kind),
            Action::PickQuote(index) => {
                next.active_quote = Some(index);
                next.quote_picks = next.quote_picks.wrapping_add(1);
            }
            Action::ModelReady(model) => next.model = model,
            Action::Reader(action) => reader::reduce(&mut next, action),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reduce(state: ViewerState, action: Action) -> ViewerState {
        (*Rc::new(state).reduce(action)).clone()
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
        let moved = reduce(picked, Action::Navigate(Route::Article("b".into())));
        assert_eq!(moved.active_quote, None);
    }

    #[test]
    fn picking_again_counts() {
        let state = ViewerState::new(Route::Home, ModelState::Loading);
        let once = reduce(state, Action::PickQuote(0));
        let twice = reduce(once.clone(), Action::PickQuote(0));
        assert_ne!(once.quote_picks, twice.quote_picks);
    }
}
