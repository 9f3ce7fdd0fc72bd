// The service worker: precaches this build for offline use. The prerenderer fills in the
// cache name (a hash of the build's files, so every deployment installs a new worker and the
// page can offer a reload) and the list of files (src/prerender/assets.rs).
const CACHE = __CACHE__;
const ASSETS = __ASSETS__;

self.addEventListener("install", (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS))));

self.addEventListener("activate", (e) => e.waitUntil(
  caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("backend-roadmap-") && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()),
));

// The page asks a waiting worker to take over when the learner accepts the new version.
self.addEventListener("message", (e) => {
  if (e.data && e.data.type === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== location.origin) return;
  if (req.mode === "navigate") {
    // Pages: the network first (fresh deployments), the cached page when offline.
    e.respondWith(fetch(req).catch(() => caches.match("./", { ignoreSearch: true })));
    return;
  }
  // Hashed assets never change: the cache first.
  e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
});
