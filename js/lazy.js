// Content nobody needs at first paint is written inside <noscript data-lazy> (the `Lazy`
// component in src/widgets.rs). Without JavaScript the browser shows it as it is; with
// JavaScript it is one text node, so the first paint parses, styles and lays out none of it.
// Each piece is built when its section comes near the screen, when a <details> around it
// opens, before printing, and otherwise one piece per idle moment once the page has loaded:
// find-in-page and screen readers have all of it within seconds, in tasks too short to block.
// A piece written <noscript data-on-open> is built only when its <details> opens.
(function () {
  var SELECTOR = "noscript[data-lazy]";
  function build(el) {
    if (!el.parentNode) return;
    el.insertAdjacentHTML("afterend", el.textContent);
    el.remove();
  }
  function buildIn(scope, selector) {
    Array.prototype.forEach.call(scope.querySelectorAll(selector || SELECTOR), build);
  }
  // Pieces marked data-on-open wait for their <details> to open; a frame in one then loads
  // its data-src (without JavaScript it stays empty until a form targets it).
  document.addEventListener("toggle", function (ev) {
    if (!ev.target.open) return;
    buildIn(ev.target, SELECTOR + ", noscript[data-on-open]");
    Array.prototype.forEach.call(ev.target.querySelectorAll("iframe[data-src]"), function (f) {
      f.src = f.getAttribute("data-src");
      f.removeAttribute("data-src");
    });
  }, true);
  addEventListener("beforeprint", function () {
    buildIn(document);
  });
  // Watched from a task of its own: the task that ends parsing also styles and lays out the
  // page, and on a slow phone it is long enough already.
  document.addEventListener("DOMContentLoaded", function () {
    if (window.IntersectionObserver) setTimeout(watchNear);
  });
  function watchNear() {
    var near = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        near.unobserve(entry.target);
        buildIn(entry.target);
      });
    }, { rootMargin: "100% 0px" });
    Array.prototype.forEach.call(document.querySelectorAll(SELECTOR), function (el) {
      near.observe(el.closest("section, details") || el.parentNode);
    });
  }
  addEventListener("load", function () {
    var idle = window.requestIdleCallback || function (f) { setTimeout(f, 50); };
    idle(function next() {
      var el = document.querySelector(SELECTOR);
      if (!el) return;
      build(el);
      idle(next);
    });
  });
})();
