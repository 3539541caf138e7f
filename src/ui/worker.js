// Analyses a large text off the page's main thread, so the page stays usable meanwhile.
// The page posts {text, markdown}; this answers {analysis} or {error}. It loads the same wasm
// module as the page (whose viewer does not start here: a worker has no window) and the same
// trained model, both from the site's own folder.
import init, { workerAnalyze, workerUseModel } from './newslens-web.js';

let wasm;
const ready = (async () => {
  wasm = await init();
  try {
    const response = await fetch('model/ner.bin');
    if (response.ok) workerUseModel(new Uint8Array(await response.arrayBuffer()));
  } catch {
    // Without the model the provisional tagger stands in, as on the page.
  }
})();

self.onmessage = async ({ data }) => {
  try {
    await ready;
    const analysis = workerAnalyze(String(data.text), Boolean(data.markdown));
    // Linear memory only grows, so its size now is the analysis's peak: kept for measurements.
    self.newslensPeakMemory = wasm.memory.buffer.byteLength;
    self.postMessage({ analysis });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
