// Starts the wasm app. A same-origin file rather than an inline script, so the page's
// Content-Security-Policy can forbid inline scripts. Paths are relative to this file, so the
// site works under any sub-path.
//
// While the wasm downloads and compiles, it also starts the analysis worker and the fetches the
// first page needs: the model, and for an article's address the shard of the index that names its file and then the
// file (for the start page, the listing). The app takes these responses instead of fetching
// again (`newslensPrefetch.take`, in src/ui/web/model.rs), so each file is fetched once. The
// module is imported after the fetches start (index.html preloads it and the wasm already).

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
// The content-hashed name a file is served under (index.html's map, see scripts/hash-names.mjs).
const served = (name) =>
  meta('newslens-files').split(/\s+/).find((pair) => pair.startsWith(`${name}=`))?.slice(name.length + 1) ?? name;

const started = new Map();
const get = (url) => {
  if (!started.has(url)) started.set(url, fetch(url));
  return started.get(url);
};
// Settles once the loader has read the article's shard and started fetching the file it names.
let naming = null;
globalThis.newslensPrefetch = {
  /** The response started for `url` (once: a body is read once), or undefined. */
  take(url) {
    if (!started.has(url) && naming) {
      // The app read the shard as soon as the loader did and asks for the article's file first:
      // it waits for the loader's fetch of it rather than starting a second one.
      const pending = naming;
      naming = null;
      return pending.then(() => globalThis.newslensPrefetch.take(url) ?? fetch(url));
    }
    const response = started.get(url);
    started.delete(url);
    return response;
  },
};

// FNV-1a over the slug's UTF-8 bytes, as src/ui/library.rs shards the index.
const shardOf = (slug, shards) => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(slug)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash % Math.max(shards, 1);
};

function prefetch() {
  get(served('model/ner.bin'));
  const [listing, ...shards] = meta('newslens-archive').split(/\s+/).filter(Boolean);
  if (!listing) return;
  const path = location.hash.replace(/^#/, '').split('?')[0].replace(/\/+$/, '');
  const article = path.match(/^\/(?:a|embed)\/([^/]+)$/);
  if (path === '' && location.hash.length > 1) {
    get(listing);
  } else if (article) {
    let slug;
    try {
      slug = decodeURIComponent(article[1]);
    } catch {
      return;
    }
    const shard = shards.length ? shards[shardOf(slug, shards.length)] : listing;
    naming = get(shard)
      .then((response) => (response.ok ? response.clone().text() : ''))
      .then((text) => {
        const line = text.split('\n').find((l) => l.startsWith(`${slug}\t`));
        if (line) get(line.split('\t')[1]);
      })
      .catch(() => {});
  }
}

prefetch();
// The analysis worker starts now too: while the text waits for the index shard and the article
// (network round trips), its module downloads and compiles. src/ui/web/worker.rs takes it from
// here (and starts one itself if this one could not be made).
try {
  const worker = new Worker(served('worker.js'), { type: 'module' });
  // A script that does not load fails before the app listens: the worker remembers it.
  worker.addEventListener('error', () => (worker.newslensFailed = true), { once: true });
  globalThis.newslensAnalyser ??= worker;
} catch (error) {
  console.error('newslens: the analysis worker could not start:', error);
}
import('./newslens-web.js')
  .then(({ default: init }) => init({ module_or_path: new URL('newslens-web_bg.wasm', import.meta.url) }))
  .catch((error) => {
    const note = document.getElementById('app-failed');
    if (note) note.hidden = false;
    console.error('newslens could not start:', error);
  });
