// The service worker: caches this build for offline use. The prerenderer fills in the cache
// name (a hash of the build's files, so every deployment installs a new worker and the page
// can offer a reload), the files every address uses (installed), and the code that only some
// addresses use (src/prerender/assets.rs): the built-in page's wasm, a roadmap file's views
// wasm, the topics' details. Those are kept only once the page has used them, so a learner
// of a bootcamp's roadmap never downloads the built-in page's code, nor the reverse.
const CACHE = __CACHE__;
const ASSETS = __ASSETS__;
const KEPT = __KEPT__.map((file) => new URL(file, location).href);
// A roadmap file (`?roadmap=NAME`) can change without a new build.
const ROADMAP_FILE = /\/roadmaps\/[^/]+\.json$/;

self.addEventListener("install", (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS))));

self.addEventListener("activate", (e) => e.waitUntil(
  caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("backend-roadmap-") && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()),
));

// The page asks a waiting worker to take over when the learner accepts the new version, and
// tells it which files it fetched before the worker controlled it (js/head.js): those of this
// build's that only some addresses use are kept (from the browser's cache, as a rule).
self.addEventListener("message", (e) => {
  if (e.data && e.data.type === "skip-waiting") self.skipWaiting();
  if (e.data && e.data.type === "keep" && Array.isArray(e.data.urls)) {
    const file = (url) => typeof url === "string" && url.startsWith(location.origin + "/") && ROADMAP_FILE.test(new URL(url).pathname);
    const used = KEPT.filter((url) => e.data.urls.includes(url)).concat(e.data.urls.filter(file).slice(0, 1));
    e.waitUntil(caches.open(CACHE)
      .then((c) => Promise.all(used.map((url) => c.match(url).then((hit) => hit || c.add(url)))))
      .catch(() => {}));
  }
});

self.addEventListener("fetch", (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== location.origin) return;
  if (req.mode === "navigate") {
    // Pages: the network first (fresh deployments), the cached page when offline.
    e.respondWith(fetch(req).catch(() => caches.match("./", { ignoreSearch: true })));
    return;
  }
  // A roadmap file: the network first, the copy from the last visit when offline.
  if (ROADMAP_FILE.test(url.pathname)) {
    e.respondWith(fetch(req).then(keep(req)).catch(() => caches.match(req).then((hit) => hit || Response.error())));
    return;
  }
  // Hashed assets never change: the cache first. Code only some addresses use is kept the
  // first time it is fetched.
  e.respondWith(caches.match(req).then((hit) => hit || fetch(req).then(KEPT.includes(req.url) ? keep(req) : (res) => res)));
});

// Keep a good response in this build's cache, and pass it on (if storage is full, it is only
// not kept).
function keep(req) {
  return (res) => {
    if (res.ok) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy)).catch(() => {});
    }
    return res;
  };
}
