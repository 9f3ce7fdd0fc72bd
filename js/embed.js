// One-line embed of the Backend Developer Roadmap 2026. A host page pastes
//   <script src="https://HOST/roadmap/embed.js" data-options="sections=roadmap,faq" async></script>
// and this script puts the roadmap's frame right after itself, with the options in
// data-options (the same parameters as the frame's address; the app validates every value),
// and keeps the frame as tall as its content. It trusts only height messages from the frame
// it made, sent from the roadmap's own origin, so any number of embeds share one page. The
// frame is named after its roadmap: `data-title` (the embed builder writes it), else this
// site's own roadmap.
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var src = new URL("./", script.src);
  var options = new URLSearchParams(script.getAttribute("data-options") || "");
  options.set("embed", "1");
  src.search = options.toString();
  var frame = document.createElement("iframe");
  frame.src = src.href;
  frame.title = script.getAttribute("data-title") || __TITLE__;
  frame.loading = "lazy";
  frame.setAttribute("allow", "clipboard-write");
  frame.style.cssText = "width:100%;height:800px;border:0";
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener("message", function (e) {
    if (e.origin !== src.origin || e.source !== frame.contentWindow) return;
    if (!e.data || e.data.type !== "__HEIGHT_MESSAGE__" || typeof e.data.height !== "number") return;
    frame.style.height = Math.ceil(e.data.height) + "px";
  });
})();
