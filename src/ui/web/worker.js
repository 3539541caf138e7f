// The analysis worker: runs the analysis module (newslens-analysis.js, src/bin/analysis.rs) off
// the page's main thread, so the page's own module holds no tagger and stays responsive. The
// loader script starts it while the page's module compiles; the page (src/ui/web/worker.rs)
// then posts, each with an `id` the answer repeats:
//   {model: url}     load the trained model from `url` (relative to this script, which sits
//                    beside index.html) → {model: "trained"} or {error} (the provisional tagger
//                    stands in);
//   {text, format}   → {annotations} (the analysis without the parsed document, which the page
//                    has, as postcard bytes in a Uint8Array whose buffer moves to the page) or
//                    {error}.
// {failed} says the module itself could not start.
//
// The worker fetches the model itself, once per address, and loads it as soon as the bytes and
// the module are in: the page never holds the model's megabytes.
//
// It starts its fetches at once: its wasm, and the model the loader named in this script's
// address (`worker.js?model=…`). A message from the page reaches the worker only when the page's
// main thread passes it on, and that thread is busy compiling and rendering the article then
// (a worker the app starts itself, without the address, fetches the model on the page's
// {model}). The page's own files have answered by the time this script runs, so these fetches
// do not hold up the text.
//
// The wasm compiles as it arrives, beside the glue's download (the glue's own init would start
// the compile only once the glue is in), as the loader does for the page's module. A host that
// serves wasm under another MIME type gets a compile of the whole bytes.
const wasm = fetch(new URL('newslens-analysis_bg.wasm', import.meta.url)).then((response) => {
  if (!response.ok) throw new Error(`HTTP ${response.status} for the analysis module`);
  return response.headers.get('content-type')?.startsWith('application/wasm')
    ? WebAssembly.compileStreaming(response)
    : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
});
// The browser compiles a wasm function when it first runs, so the page's first analysis would
// also pay for compiling most of the module. A short analysis of this text, run while the model
// is still on its way, compiles the paths every article takes (its words are our own).
const WARM_UP =
  'Die Ministerin Anna Beispiel sagte am 3. Mai in Berlin: „Wir bleiben dabei.“ ' +
  'Der Verband erklärte, er habe 120 Mitglieder befragt, und laut der Stadt sei alles geprüft.';
const ready = import('./newslens-analysis.js').then(async (glue) => {
  const exports = await glue.default({ module_or_path: wasm });
  try {
    glue.annotationsOf(WARM_UP, 'article');
  } catch {
    // Only a warm-up: the page's own request reports any real fault.
  }
  return { glue, exports };
});
// A module that cannot start is answered as {failed} to each message, not reported unhandled.
ready.catch(() => {});

// The model being loaded: its address, and a promise that settles once it is in use (or says
// why it is not).
let model = null;
const loadModel = (url) => {
  if (model?.url !== url) {
    // Read as a blob first: the browser gathers a blob's bytes outside this thread, which is
    // busy compiling and warming up the module while the 4 MB arrive (read straight into an
    // ArrayBuffer, each chunk waits for the thread); the copy out of the blob is then one pass.
    const bytes = fetch(new URL(url, import.meta.url)).then(
      (response) =>
        response.ok ? response.blob().then((blob) => blob.arrayBuffer()) : Promise.reject(`HTTP ${response.status} for ${url}`),
      (error) => Promise.reject(String(error)),
    ).catch((why) => Promise.reject(`the model file could not be fetched: ${why}`));
    const loaded = Promise.all([ready, bytes]).then(([{ glue }, buffer]) => glue.useModel(new Uint8Array(buffer)));
    loaded.catch(() => {});
    model = { url, loaded };
  }
  return model.loaded;
};
const named = new URL(import.meta.url).searchParams.get('model');
if (named) loadModel(named);

self.onmessage = async ({ data }) => {
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
      await loadModel(String(data.model));
      self.postMessage({ id, model: 'trained' });
    } else {
      const annotations = glue.annotationsOf(String(data.text), String(data.format));
      // Linear memory only grows, so its size now is the analyses' peak: kept for measurements.
      self.newslensPeakMemory = exports.memory.buffer.byteLength;
      self.postMessage({ id, annotations }, [annotations.buffer]);
    }
  } catch (error) {
    self.postMessage({ id, error: String(error) });
  }
};
