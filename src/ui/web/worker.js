// Analyses a large text off the page's main thread, so the page stays usable meanwhile.
// The page posts {text, markdown, model}: `model` is the bytes of the trained model the page
// fetched (absent when the page uses the provisional tagger), so this worker fetches nothing
// but the wasm module. It answers {analysis} or {error}; it loads the same wasm module as the
// page (whose viewer does not start here: a worker has no window).
import init, { workerAnalyze } from './newslens-web.js';

const ready = init();

self.onmessage = async ({ data }) => {
  try {
    const wasm = await ready;
    const analysis = workerAnalyze(String(data.text), Boolean(data.markdown), data.model);
    // Linear memory only grows, so its size now is the analysis's peak: kept for measurements.
    self.newslensPeakMemory = wasm.memory.buffer.byteLength;
    self.postMessage({ analysis });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
