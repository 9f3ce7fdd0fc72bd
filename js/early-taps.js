// Taps on topics before the roadmap is live (the wasm is still loading on a slow phone).
// Each tap shows at once and is queued with the state it chose: what the learner saw,
// flipped. The app applies a section's taps in order in the task that hydrates that section,
// which then carries `data-live`, and saves them (src/hydrate.rs). The prerenderer fills in the
// __NAMES__ from Rust, so both sides use one list of states, one queue name and one spelling
// of a toggle's id.
//
// If the app cannot start (its code did not load, or failed: a dropped connection, a 404 after
// a redeploy, a blocked wasm), the loader calls window[__FAILED__], and so does a timer when
// the page is still not live long after it was parsed: the page then says so and offers a
// reload, and the taps are kept in storage, applied when the app next starts (src/store.rs).
(function () {
  var queue = (window[__QUEUE__] = []);
  var labels = __LABELS__;
  var failed = false;
  // Taps are appended to what other pages kept, each line marked with this page's token, so a
  // page that starts after all skips its own (its queue has them) and applies the others'.
  var page = (window[__PAGE__] = Math.random().toString(36).slice(2, 10));
  var kept = 0;
  function keep() {
    if (!failed || kept === queue.length) return;
    try {
      var lines = queue.slice(kept).map(function (t) { return page + " " + t[0] + ":" + t[1]; });
      var before = localStorage.getItem(__PENDING_KEY__);
      localStorage.setItem(__PENDING_KEY__, (before ? before + "\n" : "") + lines.join("\n"));
      kept = queue.length;
    } catch (e) {}
  }
  window[__FAILED__] = function () {
    var root = document.documentElement;
    if (failed || root.hasAttribute("data-ready") || root.hasAttribute("data-view") || !document.body) return;
    failed = true;
    keep();
    var box = document.createElement("div");
    box.className = "start-failed";
    box.setAttribute("role", "alert");
    var text = document.createElement("p");
    text.textContent = __FAILED_TEXT__;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-small";
    button.textContent = "Reload";
    button.addEventListener("click", function () { location.reload(); });
    box.appendChild(text);
    box.appendChild(button);
    document.body.appendChild(box);
  };
  // The time counts only while the page is seen: a tab opened in the background does not start
  // its app until it is shown (the loader waits for the first paint).
  function watch() {
    setTimeout(function () {
      if (document.visibilityState === "hidden") addEventListener("visibilitychange", watch, { once: true });
      else window[__FAILED__]();
    }, __START_TIMEOUT_MS__);
  }
  addEventListener("DOMContentLoaded", watch);
  document.addEventListener("click", function (ev) {
    var button = ev.target instanceof Element ? ev.target.closest("button.topic-toggle") : null;
    // Only until the page it belongs to is live: never on a page the views wasm renders (a
    // roadmap file, the cohort view), never once the app is ready.
    var root = document.documentElement;
    if (root.hasAttribute("data-view") || root.hasAttribute("data-ready")) return;
    if (!button || button.disabled || button.closest("[data-live]")) return;
    var item = button.closest("li[data-state]");
    if (!item) return;
    var next = item.getAttribute("data-state") === __DONE__ ? __OPEN__ : __DONE__;
    queue.push([button.id.slice(__TOGGLE_PREFIX__.length), next]);
    keep();
    item.setAttribute("data-state", next);
    button.setAttribute("aria-pressed", String(next === __DONE__));
    var label = document.getElementById(__STATE_PREFIX__ + button.id.slice(__TOGGLE_PREFIX__.length));
    if (label) label.textContent = labels[next];
  }, true);
})();
