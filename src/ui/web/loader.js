// Starts the wasm app. The build (scripts/hash-names.mjs) writes this script into index.html
// itself, allowed by its hash in the page's Content-Security-Policy: as a file of its own it
// would cost a round trip before the article's fetches could start. Paths are relative to the
// page, so the site works under any sub-path.
//
// While the wasm downloads and compiles, it starts the fetches the first page needs: for an
// article's address its file (the index.html manifest gives the address from the slug) and,
// beside it, the shard of the index that holds its entry; for the start page, the listing. The
// analysis worker starts at once and fetches its wasm and the model itself, named in its
// script's address (src/ui/web/worker.js). The app takes these responses instead of
// fetching again (`newslensPrefetch.take`, in src/ui/web/model.rs), so each file is fetched
// once. The module is imported after the fetches start (index.html preloads it and the wasm
// already), and the wasm compiles here as it arrives. The app starts once the first page's
// texts are read too (`newslensPrefetch.text`), so its first frame shows the article, not a
// placeholder.

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
// The content-hashed name a file is served under (index.html's map, see scripts/hash-names.mjs).
const served = (name) =>
  meta('newslens-files').split(/\s+/).find((pair) => pair.startsWith(`${name}=`))?.slice(name.length + 1) ?? name;

const started = new Map();
// Every address the loader asked for, taken or not: none is asked for twice.
const asked = new Set();
const get = (url) => {
  if (!asked.has(url)) {
    asked.add(url);
    started.set(url, fetch(url));
  }
  return started.get(url);
};
// The texts read for the first page (its shard and article, or the listing), by address: the
// app renders them in its first render rather than waiting a task for each body.
const texts = new Map();
const reads = new Map();
const read = (url) => {
  if (!reads.has(url)) {
    reads.set(url, get(url)
      .then((response) => (response.ok ? response.clone().text() : undefined))
      .then((text) => {
        if (text !== undefined) texts.set(url, text);
        return text;
      }, () => undefined));
  }
  return reads.get(url);
};
// On an article's page: settles once the loader has started every fetch it will start (the
// article's file, once the shard named it).
let naming = null;
const taken = (url) => {
  const response = started.get(url);
  started.delete(url);
  return response;
};
globalThis.newslensPrefetch = {
  /** The response started for `url` (once: a body is read once), or undefined; on an article's
   * page, a promise of it while the loader may still start it. */
  take(url) {
    // The app may ask before the loader got there (it reads the shard as soon as the loader
    // does): it waits for the loader's fetch rather than starting a second one.
    if (started.has(url) || !naming) return taken(url);
    return naming.then(() => taken(url) ?? fetch(url));
  },
  /** The text of `url` if the loader has read it (once), or undefined. */
  text(url) {
    const text = texts.get(url);
    if (text !== undefined) {
      texts.delete(url);
      started.delete(url);
    }
    return text;
  },
};

// The analysis worker (src/ui/web/worker.rs takes it from here, and starts one itself if this
// one could not be made).
function startWorker() {
  if (globalThis.newslensAnalyser) return;
  try {
    const model = encodeURIComponent(served('model/ner.bin'));
    const worker = new Worker(`${served('worker.js')}?model=${model}`, { type: 'module' });
    // A script that does not load fails before the app listens: the worker remembers it.
    worker.addEventListener('error', () => (worker.newslensFailed = true), { once: true });
    globalThis.newslensAnalyser = worker;
  } catch (error) {
    console.error('newslens: the analysis worker could not start:', error);
  }
}

// FNV-1a over the slug's UTF-8 bytes, as src/ui/library.rs shards the index.
const shardOf = (slug, shards) => {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(slug)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash % Math.max(shards, 1);
};

// The article's shard and file, side by side (the manifest's path for the files gives the
// file's address from the slug; the shard says whether there is such an article). Settles once
// the texts the first page shows are read (or failed: the app then fetches and reports).
function prefetch() {
  startWorker();
  const paths = meta('newslens-archive').split(/\s+/).filter(Boolean);
  const files = paths.find((p) => p.includes('{slug}'));
  const [listing, ...shards] = paths.filter((p) => p !== files);
  const path = location.hash.replace(/^#/, '').split('?')[0].replace(/\/+$/, '');
  const article = listing && path.match(/^\/(?:a|embed)\/([^/]+)$/);
  let slug;
  try {
    slug = article && decodeURIComponent(article[1]);
  } catch {
    slug = null;
  }
  if (!slug) {
    return listing && path === '' && location.hash.length > 1 ? read(listing) : undefined;
  }
  const shard = shards.length ? shards[shardOf(slug, shards.length)] : listing;
  // Only a slug that can name a file (as `newslens index` allows) is looked for.
  if (files && /^[A-Za-z0-9_-]+$/.test(slug)) read(files.replace('{slug}', slug));
  naming = read(shard)
    .then((text = '') => {
      const line = text.split('\n').find((l) => l.startsWith(`${slug}\t`));
      // The file asked for above (or, in an archive without the path, now), once it answered.
      if (line) return read(line.split('\t')[1]);
    })
    .then(() => {}, () => {});
  return naming;
}

const first = prefetch();
// The page's wasm compiles while its bytes arrive, beside the glue's download (the glue's own
// init would start only once the glue is in). A host that serves wasm under another MIME type
// gets a compile of the whole bytes, as the glue would do.
const compiled = fetch(new URL('newslens-web_bg.wasm', import.meta.url)).then((response) =>
  response.headers.get('content-type')?.startsWith('application/wasm')
    ? WebAssembly.compileStreaming(response)
    : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)));
import('./newslens-web.js')
  .then(async ({ default: init }) => {
    const module = await compiled;
    // Its texts are smaller than the wasm and asked for beside it, so this rarely waits; a
    // host that never answers for them holds the app back a second at most (it then shows
    // its own loading state and takes the texts when they come).
    await Promise.race([first, new Promise((done) => setTimeout(done, 1000))]);
    return init({ module_or_path: module });
  })
  .catch((error) => {
    const note = document.getElementById('app-failed');
    if (note) note.hidden = false;
    console.error('newslens could not start:', error);
  });
