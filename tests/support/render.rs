//! Rendering the app natively with Yew's server renderer, for the render tests.

use std::future::Future;
use std::pin::pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, Thread};

use newslens::engine::Tagger;
use newslens::ui::{App, AppProps, Library, ModelState, Route};
use yew::ServerRenderer;

/// Runs a future on this thread; the renderer does its work on Yew's own runtime.
pub fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(output) => return output,
            Poll::Pending => thread::park(),
        }
    }
}

/// Renders the whole app at the route a location hash names (a `String` is moved in, since
/// routes are not `Send`), with the tagger `model` gives.
pub fn render_app(hash: &str, model: fn() -> ModelState) -> String {
    render_app_with(hash, model, Library::bundled)
}

/// [`render_app`] with the articles `library` gives (made on the renderer's thread).
#[allow(dead_code)]
pub fn render_app_with(hash: &str, model: fn() -> ModelState, library: fn() -> Library) -> String {
    let hash = hash.to_string();
    block_on(
        ServerRenderer::<App>::with_props(move || AppProps {
            route: Route::from_hash(&hash),
            model: model(),
            library: library(),
        })
        .hydratable(false)
        .render(),
    )
}

/// The committed model, as readers get it (`model/ner.bin`), on this thread.
pub fn trained() -> ModelState {
    ModelState::trained(trained_tagger())
}

/// The committed model's tagger.
pub fn trained_tagger() -> Tagger {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");
    let bytes = std::fs::read(path).expect("model/ner.bin is committed with the source");
    Tagger::from_bytes(&bytes).expect("model/ner.bin loads")
}
