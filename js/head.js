// Runs in <head> before the first paint: applies the theme (the URL's `theme`, else the
// visitor's saved choice), embed mode, the shown sections and a valid accent colour to <html>,
// so nothing flashes. The rules are those of src/embed/options.rs: the prerenderer fills in
// its lists (the __NAMES__), and one table of hostile cases (tests/params-cases.json) runs
// through both. Nothing from the URL reaches the page but a value found in those lists, or six
// hex digits.
(function () {
  var root = document.documentElement;
  var query;
  var saved = null;
  try {
    query = new URLSearchParams(location.search);
  } catch (e) {
    return;
  }
  try {
    saved = localStorage.getItem(__THEME_KEY__);
  } catch (e) {}
  // A parameter given more than once counts by its last value (`sections` collects them all).
  function last(name) {
    var values = query.getAll(name);
    return values.length ? values[values.length - 1] : null;
  }
  var theme = last("theme");
  var chosen = __THEMES__.indexOf(theme) >= 0 ? theme : saved;
  if (chosen === "light" || chosen === "dark") root.setAttribute("data-theme", chosen);
  if (__EMBED_ON__.indexOf(last("embed")) >= 0) root.setAttribute("data-embed", "");
  // Known sections, in page order.
  var given = query.getAll("sections").join(",").split(",")
    .map(function (s) { return s.trim(); });
  var shown = __SECTIONS__.filter(function (s) { return given.indexOf(s) >= 0; });
  if (shown.length) root.setAttribute("data-sections", shown.join(" "));
  // A roadmap file (`roadmap=NAME`, src/custom/) or the instructors' cohort view
  // (`view=cohort`, src/cohort/): the views wasm shows it, fetched only then. `data-view` hides
  // the built-in page and keeps its wasm from loading (Trunk.toml's loader). Which names are
  // files is the views wasm's to say: it refuses any other with a message.
  var named = last(__ROADMAP_PARAM__);
  if ((named !== null && named !== __ROADMAP_ID__) || last("view") === "cohort") {
    root.setAttribute("data-view", "");
    // The file is fetched now, beside the views wasm rather than after it (a name that is
    // not an id is left to the views wasm to refuse).
    if (named !== null && new RegExp(__ID_PATTERN__).test(named)) {
      var path = __FOLDER__ + "/" + named + ".json";
      // A request that never ends gives up after 30 s, so the page can say so.
      var init = window.AbortSignal && AbortSignal.timeout ? { signal: AbortSignal.timeout(30000) } : {};
      window[__FILE_FETCH__] = [path, fetch(path, init).catch(function () { return null; })];
    }
    addEventListener("DOMContentLoaded", function () {
      import("./" + __VIEWS_JS__).then(function (m) {
        return m.default({ module_or_path: "./" + __VIEWS_WASM__ });
      }).catch(function () {
        // Offline, or the host does not serve it: say so instead of loading forever.
        root.setAttribute("data-view", "failed");
      });
    });
  }
  var accent = (last("accent") || "").replace(/^#/, "");
  if (/^[0-9a-fA-F]{6}$/.test(accent)) {
    // Text on the accent is black or white, whichever contrasts more (WCAG relative luminance).
    var linear = [0, 2, 4].map(function (i) {
      var c = parseInt(accent.substr(i, 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    var y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    root.style.setProperty("--accent", "#" + accent.toLowerCase());
    root.style.setProperty("--on-accent", 1.05 / (y + 0.05) >= (y + 0.05) / 0.05 ? "#ffffff" : "#000000");
  }
  // Once a service worker is ready, tell it which files this address fetched: it keeps for
  // offline use the code this roadmap's page uses, and only that (js/sw.js).
  try {
    navigator.serviceWorker.ready.then(function (reg) {
      var urls = performance.getEntriesByType("resource").map(function (e) { return e.name; });
      if (reg.active) reg.active.postMessage({ type: "keep", urls: urls });
    });
  } catch (e) {}
  // The plan's number and date fields are buttons until the page starts (src/widgets.rs), but
  // the browser's first such field sets up its number and date formats: 20-50 ms at 4x CPU,
  // once. Set up here, before the first paint, that work stays out of the tasks after it.
  if (!root.hasAttribute("data-view")) {
    document.createElement("input").type = "number";
    document.createElement("input").type = "date";
  }
})();
