//! Build-time prerendering (native, `ssr` feature): render the App to HTML and turn trunk's
//! `index.html` into the final page: app markup spliced after `<body>`, preload tags dropped
//! (they delay first paint on slow phones), FAQ structured data, and a Content-Security-Policy
//! whose script hashes are computed from the page's own inline scripts.

use crate::content::FAQ;
use base64::Engine;
use leptos::prelude::*;
use sha2::{Digest, Sha256};
use std::sync::Arc;

/// Render the App natively, followed by the hydration bootstrap script Leptos expects.
pub fn render_app() -> String {
    use futures::StreamExt;
    use hydration_context::{SharedContext, SsrSharedContext};
    let _ = any_spawner::Executor::init_futures_executor();
    let context = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(context.clone() as Arc<dyn SharedContext + Send + Sync>));
    let html = owner.with(|| {
        let body: String = futures::executor::block_on(
            crate::App()
                .into_view()
                .to_html_stream_in_order()
                .collect::<String>(),
        );
        let data: String = match context.pending_data() {
            Some(stream) => futures::executor::block_on(stream.collect::<String>()),
            None => String::new(),
        };
        // Leptos marks hydration positions with `<!>`, which HTML parsers read as a "bogus
        // comment" (an error for validators); `<!---->` builds the same empty comment node.
        // Text and attributes escape `<`, so every `<!>` here is a marker.
        format!("{}<script>{data}</script>", body.replace("<!>", "<!---->"))
    });
    owner.unset_with_forced_cleanup();
    html
}

/// Put `fragment` right after the `<body ...>` start tag, before trunk's own body content.
pub fn splice_into_body(page: &str, fragment: &str) -> Result<String, String> {
    let start = find_tag(page, "<body").ok_or("no <body> tag in index.html")?;
    let end = start + page[start..].find('>').ok_or("unterminated <body> tag")? + 1;
    let rest = page[end..].trim_start();
    Ok(format!("{}{}{}", &page[..end], fragment, rest))
}

/// Find an opening tag by name, skipping comments.
fn find_tag(page: &str, tag: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = page[from..].find(tag).map(|i| i + from) {
        let comment_open = page[..i].rfind("<!--");
        let comment_close = page[..i].rfind("-->");
        let in_comment = match (comment_open, comment_close) {
            (Some(o), Some(c)) => o > c,
            (Some(_), None) => true,
            _ => false,
        };
        let next = page[i + tag.len()..].chars().next();
        if !in_comment && matches!(next, Some('>' | ' ' | '\n' | '\t')) {
            return Some(i);
        }
        from = i + tag.len();
    }
    None
}

/// Remove `<link rel="preload" ...>` and `<link rel="modulepreload" ...>` tags.
pub fn strip_preloads(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(i) = rest.find("<link") {
        let Some(len) = rest[i..].find('>') else {
            break;
        };
        let tag = &rest[i..=i + len];
        out.push_str(&rest[..i]);
        if !(tag.contains("rel=\"preload\"") || tag.contains("rel=\"modulepreload\"")) {
            out.push_str(tag);
        }
        rest = &rest[i + len + 1..];
    }
    out.push_str(rest);
    out
}

/// Make trunk's loader start fetching the app only after the first frame is painted: the
/// prerendered page needs no script to show, and on a slow phone the wasm download must not
/// compete with the page for the network or delay its largest paint. trunk writes
/// `import init, * as bindings from './app.js';`; it becomes a dynamic import after one frame.
pub fn defer_loader(page: &str) -> Result<String, String> {
    let start = page
        .find("import init, * as bindings from '")
        .ok_or("trunk's loader not found")?;
    let path_start = start + "import init, * as bindings from '".len();
    let path_end = path_start + page[path_start..].find('\'').ok_or("unterminated import")?;
    let end = path_end + page[path_end..].find(';').ok_or("unterminated import")? + 1;
    let path = &page[path_start..path_end];
    let deferred = format!(
        "await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));\n\
         const bindings = await import('{path}');\nconst init = bindings.default;"
    );
    Ok(format!("{}{}{}", &page[..start], deferred, &page[end..]))
}

/// Insert markup just before `</head>`.
pub fn insert_in_head(page: &str, markup: &str) -> Result<String, String> {
    let i = page.find("</head>").ok_or("no </head> in index.html")?;
    Ok(format!("{}{}\n{}", &page[..i], markup, &page[i..]))
}

/// The contents of every inline executable script (no `src`, not a JSON data block).
pub fn inline_scripts(page: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = page;
    while let Some(i) = find_tag(rest, "<script") {
        let Some(open_end) = rest[i..].find('>').map(|e| i + e + 1) else {
            break;
        };
        let open = &rest[i..open_end];
        let Some(close) = rest[open_end..].find("</script>").map(|c| open_end + c) else {
            break;
        };
        let is_data = open.contains("application/ld+json") || open.contains("application/json");
        if !open.contains(" src=") && !is_data {
            found.push(&rest[open_end..close]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    found
}

/// `'sha256-…'` source expressions for CSP.
pub fn script_hashes(page: &str) -> Vec<String> {
    inline_scripts(page)
        .into_iter()
        .map(|s| {
            let digest = Sha256::digest(s.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect()
}

/// The Content-Security-Policy for the page: same-origin everything, wasm allowed, inline
/// scripts only by hash, no inline styles, no plugins.
pub fn content_security_policy(hashes: &[String]) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
        hashes.join(" ")
    )
}

/// FAQPage structured data for search engines.
pub fn faq_json_ld() -> String {
    let entities: Vec<_> = FAQ
        .iter()
        .map(|f| {
            serde_json::json!({
                "@type": "Question",
                "name": f.question,
                "acceptedAnswer": { "@type": "Answer", "text": f.answer },
            })
        })
        .collect();
    let doc = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": entities,
    });
    // `<` cannot end the script element early once escaped.
    format!(
        "<script type=\"application/ld+json\">{}</script>",
        doc.to_string().replace('<', "\\u003c")
    )
}

/// Runs in `<head>` before the first paint: applies the theme (URL `theme`, else the saved
/// choice), embed mode, the `sections` allowlist and a valid `accent` as attributes and CSS
/// properties on `<html>`, so nothing flashes. Values are matched against fixed lists and a
/// hex pattern; nothing from the URL reaches the DOM otherwise. A repeated parameter counts by
/// its last value, as in `embed::Options::parse`.
pub fn head_script() -> String {
    use crate::theme::THEME_KEY;
    let sections = serde_json::to_string(&crate::embed::SECTIONS).unwrap_or_else(|_| "[]".into());
    format!(
        r##"(function(){{var d=document.documentElement,q,s=null;try{{q=new URLSearchParams(location.search)}}catch(e){{return}}
try{{s=localStorage.getItem("{THEME_KEY}")}}catch(e){{}}
function g(n){{var v=q.getAll(n);return v.length?v[v.length-1]:null}}
var t=g("theme"),m=t==="light"||t==="dark"?t:t==="auto"?null:s;if(m==="light"||m==="dark")d.setAttribute("data-theme",m);
var e=g("embed");if(e==="1"||e==="true")d.setAttribute("data-embed","");
var k={sections},w=q.getAll("sections").join(",").split(",").map(function(x){{return x.trim()}}).filter(function(x){{return k.indexOf(x)>=0}});
if(w.length)d.setAttribute("data-sections",w.join(" "));
var a=(g("accent")||"").replace(/^#/,"");if(/^[0-9a-fA-F]{{6}}$/.test(a)){{var l=[0,2,4].map(function(i){{var c=parseInt(a.substr(i,2),16)/255;return c<=0.04045?c/12.92:Math.pow((c+0.055)/1.055,2.4)}}),y=0.2126*l[0]+0.7152*l[1]+0.0722*l[2];
d.style.setProperty("--accent","#"+a);d.style.setProperty("--on-accent",1.05/(y+0.05)>=(y+0.05)/0.05?"#ffffff":"#000000")}}}})()"##
    )
}

/// The head script that keeps taps on topics made before the roadmap is live
/// (`js/early-taps.js`, its comment lines dropped and its names filled in from Rust).
pub fn early_taps_script() -> String {
    use crate::progress::TopicState;
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let labels: serde_json::Map<String, serde_json::Value> = TopicState::ALL
        .iter()
        .map(|s| (s.slug().to_string(), s.label().into()))
        .collect();
    include_str!("../../js/early-taps.js")
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
        .replace("__QUEUE__", &quoted(crate::web::EARLY_TAPS))
        .replace("__LABELS__", &serde_json::Value::Object(labels).to_string())
        .replace("__DONE__", &quoted(TopicState::Completed.slug()))
        .replace("__OPEN__", &quoted(TopicState::NotStarted.slug()))
}

/// A service worker that precaches this build's files. Its cache name is a hash of the file
/// list and contents, so every deployment installs a new worker and the page can offer a reload.
pub fn service_worker(files: &[(String, Vec<u8>)]) -> String {
    let mut hasher = Sha256::new();
    for (name, bytes) in files {
        hasher.update(name.as_bytes());
        hasher.update(bytes);
    }
    let version: String = hasher
        .finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut assets: Vec<String> = vec!["./".into()];
    assets.extend(
        files
            .iter()
            .filter(|(n, _)| n != "index.html" && n != "sw.js")
            .map(|(n, _)| format!("./{n}")),
    );
    let assets = serde_json::to_string(&assets).unwrap_or_else(|_| "[]".into());
    format!(
        r#"// Generated at build time by the prerenderer: precaches this build for offline use.
const CACHE = "backend-roadmap-{version}";
const ASSETS = {assets};
self.addEventListener("install", (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS))));
self.addEventListener("activate", (e) => e.waitUntil(
  caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("backend-roadmap-") && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim())
));
// The page asks a waiting worker to take over when the learner accepts the new version.
self.addEventListener("message", (e) => {{ if (e.data && e.data.type === "skip-waiting") self.skipWaiting(); }});
self.addEventListener("fetch", (e) => {{
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== location.origin) return;
  if (req.mode === "navigate") {{
    // Pages: the network first (fresh deployments), the cached page when offline.
    e.respondWith(fetch(req).catch(() => caches.match("./", {{ ignoreSearch: true }})));
    return;
  }}
  // Hashed assets never change: the cache first.
  e.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
}});
"#
    )
}

/// Turn trunk's `index.html` into the final prerendered page.
pub fn build_page(trunk_index: &str, app_html: &str) -> Result<String, String> {
    let page = strip_preloads(trunk_index);
    let page = defer_loader(&page)?;
    let page = splice_into_body(&page, app_html)?;
    let page = insert_in_head(&page, &format!("<script>{}</script>", head_script()))?;
    let page = insert_in_head(&page, &format!("<script>{}</script>", early_taps_script()))?;
    let page = insert_in_head(&page, &faq_json_ld())?;
    let csp = content_security_policy(&script_hashes(&page));
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">");
    // The policy must come before every script it governs: first thing in <head>.
    let head = find_tag(&page, "<head").ok_or("no <head> tag")?;
    let head_end = head + page[head..].find('>').ok_or("unterminated <head>")? + 1;
    Ok(format!(
        "{}\n{}{}",
        &page[..head_end],
        meta,
        &page[head_end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<!DOCTYPE html><html><head><!-- <body> in a comment -->\
        <link rel=\"stylesheet\" href=\"./a.css\">\
        <link rel=\"modulepreload\" href=\"./x.js\" crossorigin=\"anonymous\">\
        <link rel=\"preload\" href=\"./x_bg.wasm\" as=\"fetch\" type=\"application/wasm\">\
        <script type=\"module\">import init, * as bindings from './x.js';await init();</script>\
        </head><body>\n  </body></html>";

    #[test]
    fn the_app_becomes_the_first_node_of_body() {
        let page = build_page(TRUNK, "<main>app</main>").unwrap();
        assert!(page.contains("<body><main>app</main></body>"), "{page}");
        assert!(page.contains("<!-- <body> in a comment -->"));
    }

    #[test]
    fn preloads_go_and_stylesheets_stay() {
        let page = strip_preloads(TRUNK);
        assert!(!page.contains("preload"));
        assert!(page.contains("rel=\"stylesheet\""));
    }

    #[test]
    fn csp_hashes_every_inline_script_and_skips_data_blocks() {
        let page = build_page(TRUNK, "<p>x</p><script>__RESOLVED_RESOURCES=[];</script>").unwrap();
        let scripts = inline_scripts(&page);
        let head = head_script();
        // trunk's loader now waits for the first frame and imports the app dynamically.
        let loader = "await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));\n\
                      const bindings = await import('./x.js');\nconst init = bindings.default;await init();";
        let taps = early_taps_script();
        assert_eq!(
            scripts,
            [
                loader,
                head.as_str(),
                taps.as_str(),
                "__RESOLVED_RESOURCES=[];"
            ]
        );
        let csp_start = page.find("Content-Security-Policy").unwrap();
        assert!(
            csp_start < page.find("<script").unwrap(),
            "CSP must precede scripts"
        );
        for h in script_hashes(&page) {
            assert!(page.contains(&h), "{h} missing from CSP");
        }
        assert!(page.contains("application/ld+json"));
        assert!(!page.contains("unsafe-inline") && !page.contains("'unsafe-eval'"));
    }

    #[test]
    fn the_early_taps_script_has_every_name_filled_in() {
        let script = early_taps_script();
        assert!(!script.contains("__QUEUE__") && !script.contains("__DONE__"));
        assert!(!script.contains("__OPEN__") && !script.contains("__LABELS__"));
        assert!(script.contains(r#"window["__earlyTaps"]"#), "{script}");
        assert!(script.contains(r#""completed":"Completed""#), "{script}");
        assert!(!script.contains("// "), "comments are dropped");
    }

    #[test]
    fn the_page_has_no_bogus_comments() {
        let html = render_app();
        assert!(!html.contains("<!>"));
        assert!(html.contains("<!---->"));
    }

    #[test]
    fn known_sha256_hash() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hashes("<script>alert(1)</script>"),
            ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]
        );
    }

    #[test]
    fn the_head_script_knows_every_section_and_is_hashed() {
        let page = build_page(TRUNK, "<p>x</p>").unwrap();
        let script = head_script();
        for s in crate::embed::SECTIONS {
            assert!(script.contains(&format!("\"{s}\"")), "{s}");
        }
        assert!(inline_scripts(&page).contains(&script.as_str()));
    }

    #[test]
    fn every_section_has_a_hiding_rule_in_the_stylesheet() {
        let css = include_str!("../../style/main.css");
        for s in crate::embed::SECTIONS {
            let rule = format!("html[data-sections]:not([data-sections~=\"{s}\"]) #{s}");
            assert!(css.contains(&rule), "missing: {rule}");
        }
    }

    #[test]
    fn the_service_worker_precaches_the_build_and_versions_by_content() {
        let files = vec![
            ("index.html".to_string(), b"<html>".to_vec()),
            ("app-1.wasm".to_string(), b"wasm".to_vec()),
        ];
        let sw = service_worker(&files);
        assert!(
            sw.contains(r#"const ASSETS = ["./","./app-1.wasm"];"#),
            "{sw}"
        );
        let changed = vec![
            ("index.html".to_string(), b"<html>".to_vec()),
            ("app-1.wasm".to_string(), b"wasm2".to_vec()),
        ];
        assert_ne!(sw, service_worker(&changed), "a new build is a new worker");
    }

    #[test]
    fn faq_json_ld_lists_every_question() {
        let ld = faq_json_ld();
        for f in FAQ {
            assert!(ld.contains(f.question));
        }
        assert!(ld.contains("\"@type\":\"FAQPage\""));
    }

    #[test]
    fn rendered_app_holds_all_topics_and_the_bootstrap() {
        let html = render_app();
        for t in crate::content::ROADMAP.topics() {
            assert!(html.contains(&format!("id=\"topic-{}\"", t.id)), "{}", t.id);
        }
        assert_eq!(html.matches("<h1").count(), 1);
        assert!(html.ends_with("</script>") && html.contains("__RESOLVED_RESOURCES"));
    }
}
