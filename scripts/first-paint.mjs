// What the document holds when parsing ends, before the app's code runs, as a visitor's
// browser builds it (content in <noscript data-lazy> is still text): its elements, by the part
// of the page they are in, and the fonts (size, weight, style, family) its text is set in. Each
// font is one the browser sets up before it can lay that text out; style/main.css's type scale
// keeps them few. And the form fields Chromium's autofill looks over at DOMContentLoaded (with
// any text-like field in the page that costs the task ending parsing 8-45 ms at 4x CPU: the page
// has buttons in their places until it starts, src/widgets.rs), with their boxes' sizes.
// Passed to Playwright's addInitScript (self-contained: it runs in the page);
// the result is window.__firstPaint. Shared by the benchmark (2b) and tests/e2e/deferred.spec.mjs.
export function recordFirstPaint() {
  document.addEventListener("DOMContentLoaded", () => {
    const by = {};
    const all = document.querySelectorAll("*");
    for (const el of all) {
      const box = el.closest("section[id], header[id], footer, dialog, nav");
      const part = box ? box.id || box.tagName.toLowerCase() : "other";
      by[part] = (by[part] ?? 0) + 1;
    }
    const fonts = new Set();
    const text = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (text.nextNode()) {
      const el = text.currentNode.parentElement;
      if (!text.currentNode.textContent.trim() || el.closest("noscript, script, style") || !el.getClientRects().length) continue;
      const s = getComputedStyle(el);
      fonts.add(`${s.fontSize} ${s.fontWeight}${s.fontStyle === "normal" ? "" : ` ${s.fontStyle}`} ${s.fontFamily.split(",")[0]}`);
    }
    const notFields = ["hidden", "checkbox", "radio", "file", "button", "submit", "reset", "image", "range", "color"];
    const controls = [...document.querySelectorAll("input, textarea, select")];
    const fields = controls
      .filter((el) => !(el.tagName === "INPUT" && notFields.includes(el.type)))
      .map((el) => `${el.tagName.toLowerCase()}${el.type ? `[type=${el.type}]` : ""}${el.id ? `#${el.id}` : ""}`);
    const boxes = Object.fromEntries(controls.filter((el) => el.id).map((el) => {
      const r = el.getBoundingClientRect();
      return [el.id, { type: el.type, value: el.value, width: r.width, height: r.height }];
    }));
    window.__firstPaint = { total: all.length, by, fonts: [...fonts].sort(), fields, boxes };
  });
}
