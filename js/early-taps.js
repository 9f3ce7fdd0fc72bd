// Taps on topics before the roadmap is live (the wasm is still loading on a slow phone).
// Each tap shows at once and is queued with the state it chose: what the learner saw,
// flipped. The app applies a section's taps in order in the task that hydrates that section,
// which then carries `data-live`, and saves them (src/hydrate.rs). The prerenderer fills in the
// __NAMES__ from Rust, so both sides use one list of states, one queue name and one spelling
// of a toggle's id.
(function () {
  var queue = (window[__QUEUE__] = []);
  var labels = __LABELS__;
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
    item.setAttribute("data-state", next);
    button.setAttribute("aria-pressed", String(next === __DONE__));
    var label = document.getElementById(button.id + "-state");
    if (label) label.textContent = labels[next];
  }, true);
})();
