// Content nobody needs at first paint is written inside <noscript data-lazy> (the `Lazy`
// component in src/widgets.rs). Without JavaScript the browser shows it as it is; with
// JavaScript it is one text node, so the first paint parses, styles and lays out none of it.
// Each piece is built when its section comes near the screen, when a <details> around it
// opens, before printing, and otherwise one piece per idle moment once the page has loaded:
// find-in-page and screen readers have all of it within seconds, in tasks too short to block.
(function () {
  var SELECTOR = "noscript[data-lazy]";
  function build(el) {
    if (!el.parentNode) return;
    el.insertAdjacentHTML("afterend", el.textContent);
    el.remove();
  }
  function buildIn(scope) {
    Array.prototype.forEach.call(scope.querySelectorAll(SELECTOR), build);
  }
  document.addEventListener("toggle", function (ev) {
    if (ev.target.open) buildIn(ev.target);
  }, true);
  addEventListener("beforeprint", function () {
    buildIn(document);
  });
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.IntersectionObserver) return;
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
  });
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
