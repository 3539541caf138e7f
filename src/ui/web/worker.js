// The analysis worker: runs the analysis module (newslens-analysis.js, src/bin/analysis.rs) off
// the page's main thread, so the page's own module holds no tagger and stays responsive. The
// loader script starts it while the page's module compiles; the page (src/ui/web/worker.rs)
// then posts, each with an `id` the answer repeats:
//   {model: Uint8Array|null}  the model's bytes (null: the fetch failed) → {model: "trained"} or
//                             {error} (the provisional tagger stands in);
//   {text, format}            → {annotations} (the analysis without the parsed document, which
//                             the page has) or {error}.
//   {go}                      start fetching the module's wasm (no answer).
// {failed} says the module itself could not start. The worker fetches nothing but its module.

// The loader starts the worker with the page, so its script and glue are here early, but the
// wasm (the larger part) waits until the page's own first requests are out: the loader posts
// {go} then (and any request of the page's counts as one). The wasm's fetch then starts beside
// the glue's if that is still on its way (a static import would fetch the glue first, then the
// wasm).
let go;
const going = new Promise((resolve) => (go = resolve));
const wasm = going.then(() => fetch(new URL('newslens-analysis_bg.wasm', import.meta.url)));
const ready = import('./newslens-analysis.js').then(async (glue) => ({
  glue,
  exports: await glue.default({ module_or_path: wasm }),
}));
// A module that cannot start is answered as {failed} to each message, not reported unhandled.
ready.catch(() => {});

self.onmessage = async ({ data }) => {
  go();
  if (data.go) return;
  const { id } = data;
  let glue, exports;
  try {
    ({ glue, exports } = await ready);
  } catch (error) {
    self.postMessage({ id, failed: String(error) });
    return;
  }
  try {
    if ('model' in data) {
      if (data.model) glue.useModel(data.model);
      self.postMessage({ id, model: data.model ? 'trained' : 'provisional' });
    } else {
      const annotations = glue.annotationsOf(String(data.text), String(data.format));
      // Linear memory only grows, so its size now is the analyses' peak: kept for measurements.
      self.newslensPeakMemory = exports.memory.buffer.byteLength;
      self.postMessage({ id, annotations });
    }
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
