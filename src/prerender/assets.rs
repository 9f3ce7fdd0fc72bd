//! The page's scripts and data: the `.js` files in `js/` with their names filled in from Rust,
//! the service worker for the final files, and the FAQ's structured data.

use crate::content::FAQ;
use crate::embed::{EMBED_ON, SECTIONS};
use crate::progress::TopicState;
use crate::theme::{Theme, THEME_KEY};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The development server's service worker: it caches nothing, clears what a release build's
/// worker cached at the same address, and unregisters itself, so a page being edited is never
/// served stale.
pub const DEV_SERVICE_WORKER: &str =
    "self.addEventListener(\"install\", () => self.skipWaiting());\n\
self.addEventListener(\"activate\", (e) => e.waitUntil(caches.keys()\n\
  .then((keys) => Promise.all(keys.map((k) => caches.delete(k))))\n\
  .then(() => self.registration.unregister())));\n";

/// `embed.js`, the one-line embed a host page loads (`js/embed.js`, its message type filled
/// in from Rust). Not loaded by the page itself.
pub fn embed_script() -> String {
    include_str!("../../js/embed.js")
        .replace("__HEIGHT_MESSAGE__", crate::embed::HEIGHT_MESSAGE)
        .replace(
            "__TITLE__",
            &serde_json::Value::from(crate::content::ROADMAP_TITLE).to_string(),
        )
}

/// The page scripts' text: minified by esbuild in the build hook, or the sources as written.
pub struct PageScripts {
    pub head: String,
    pub early_taps: String,
    pub lazy: String,
    pub service_worker: String,
    /// The views wasm's script and wasm file names (`custom::views_files`).
    pub views: [String; 2],
}

impl PageScripts {
    /// The sources as written in `js/`, whole-line comments dropped (compiled in; for tests
    /// and for running the prerenderer by hand).
    pub fn sources() -> PageScripts {
        let code = |js: &str| {
            js.lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n")
        };
        PageScripts {
            head: code(include_str!("../../js/head.js")),
            early_taps: code(include_str!("../../js/early-taps.js")),
            lazy: code(include_str!("../../js/lazy.js")),
            service_worker: code(include_str!("../../js/sw.js")),
            views: [
                "views-0123456789abcdef.js".to_string(),
                "views_bg-0123456789abcdef.wasm".to_string(),
            ],
        }
    }

    /// The minified scripts the build hook wrote to `dir` (same file names as in `js/`).
    pub fn from_dir(dir: &Path) -> Result<PageScripts, String> {
        let read = |name: &str| {
            std::fs::read_to_string(dir.join(name))
                .map_err(|e| format!("reading {}: {e}", dir.join(name).display()))
        };
        Ok(PageScripts {
            head: read("head.js")?,
            early_taps: read("early-taps.js")?,
            lazy: read("lazy.js")?,
            service_worker: read("sw.js")?,
            views: PageScripts::sources().views,
        })
    }
}

/// Replace each `__NAME__` in `js` with its JSON value; a name left over is an error (a script
/// and its Rust side that disagree fail the build, not the page).
fn fill(js: &str, names: &[(&str, serde_json::Value)]) -> Result<String, String> {
    let mut out = js.trim().to_string();
    for (name, value) in names {
        let placeholder = format!("__{name}__");
        if !out.contains(&placeholder) {
            return Err(format!("{placeholder} is not used by the script"));
        }
        out = out.replace(&placeholder, &value.to_string());
    }
    match out.find("__") {
        Some(i) if out[i + 2..].starts_with(|c: char| c.is_ascii_uppercase()) => Err(format!(
            "a name is not filled in: {}",
            &out[i..(i + 24).min(out.len())]
        )),
        _ => Ok(out),
    }
}

/// `js/head.js` (theme, embed, sections and accent before the first paint), with the lists
/// of `embed::options` and `theme` it checks values against.
pub fn head_script(js: &str, views: &[String; 2]) -> Result<String, String> {
    fill(
        js,
        &[
            ("THEME_KEY", THEME_KEY.into()),
            ("THEMES", Theme::ALL.map(Theme::slug).to_vec().into()),
            ("EMBED_ON", EMBED_ON.to_vec().into()),
            ("SECTIONS", SECTIONS.to_vec().into()),
            ("ROADMAP_PARAM", crate::content::ROADMAP_PARAM.into()),
            ("ROADMAP_ID", crate::content::ROADMAP_ID.into()),
            ("ID_PATTERN", crate::content::file::ID_PATTERN.into()),
            ("FOLDER", crate::custom::FOLDER.into()),
            ("FILE_FETCH", crate::web::FILE_FETCH.into()),
            ("VIEWS_JS", views[0].clone().into()),
            ("VIEWS_WASM", views[1].clone().into()),
        ],
    )
}

/// `js/early-taps.js` (taps on topics before the roadmap is live), with the queue's name and
/// the topic states it writes.
pub fn early_taps_script(js: &str) -> Result<String, String> {
    let labels: serde_json::Map<String, serde_json::Value> = TopicState::ALL
        .iter()
        .map(|s| (s.slug().to_string(), s.label().into()))
        .collect();
    fill(
        js,
        &[
            ("QUEUE", crate::web::EARLY_TAPS.into()),
            ("LABELS", labels.into()),
            ("DONE", TopicState::Completed.slug().into()),
            ("OPEN", TopicState::NotStarted.slug().into()),
            ("TOGGLE_PREFIX", crate::roadmap::links::ID_PREFIX.into()),
            ("STATE_PREFIX", crate::roadmap::links::STATE_PREFIX.into()),
            ("FAILED", crate::web::START_FAILED.into()),
            ("PAGE", crate::web::PAGE_TOKEN.into()),
            (
                "PENDING_KEY",
                crate::progress::keyed(crate::web::PENDING_TAPS_KEY, crate::content::ROADMAP_ID)
                    .into(),
            ),
            ("FAILED_TEXT", crate::web::START_FAILED_TEXT.into()),
            ("START_TIMEOUT_MS", crate::web::START_TIMEOUT_MS.into()),
        ],
    )
}

/// `js/lazy.js` (builds the `Lazy` component's content when it is needed); it has no names.
pub fn lazy_script(js: &str) -> Result<String, String> {
    fill(js, &[])
}

/// `js/sw.js` for this build: it installs `files`, and keeps each of `kept` the first time the
/// page fetches it (the views wasm: only those who open a roadmap file or the cohort view need
/// it). Its cache name is a hash of both lists' names and contents, so every deployment
/// installs a new worker (which drops what the old one kept) and the page can offer a reload.
pub fn service_worker(
    js: &str,
    files: &[(String, Vec<u8>)],
    kept: &[(String, Vec<u8>)],
) -> Result<String, String> {
    let mut hasher = Sha256::new();
    for (name, bytes) in files.iter().chain(kept) {
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
    fill(
        js,
        &[
            ("CACHE", format!("backend-roadmap-{version}").into()),
            ("ASSETS", assets.into()),
            (
                "KEPT",
                kept.iter()
                    .map(|(n, _)| format!("./{n}"))
                    .collect::<Vec<_>>()
                    .into(),
            ),
        ],
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_a_script_uses_is_filled_in() {
        let js = PageScripts::sources();
        let head = head_script(&js.head, &js.views).unwrap();
        for s in SECTIONS {
            assert!(head.contains(&format!("\"{s}\"")), "{s}");
        }
        assert!(head.contains(r#"["light","dark","auto"]"#), "{head}");
        let taps = early_taps_script(&js.early_taps).unwrap();
        assert!(taps.contains(r#"window["__earlyTaps"]"#), "{taps}");
        assert!(taps.contains(r#""completed":"Completed""#), "{taps}");
        let files = [("app-1.wasm".to_string(), b"wasm".to_vec())];
        assert!(service_worker(&js.service_worker, &files, &[]).is_ok());
    }

    #[test]
    fn a_name_left_over_or_unused_fails_the_build() {
        assert!(fill("f(__A__, __B__)", &[("A", 1.into())]).is_err());
        assert!(fill("f(__A__)", &[("A", 1.into()), ("C", 2.into())]).is_err());
        assert_eq!(fill("f(__A__)", &[("A", "x".into())]).unwrap(), r#"f("x")"#);
        // Dunder names of the platform are not placeholders.
        assert!(fill("x.__proto__ + __A__", &[("A", 1.into())]).is_ok());
    }

    #[test]
    fn the_service_worker_precaches_the_build_and_versions_by_content() {
        let js = PageScripts::sources().service_worker;
        let files = vec![
            ("index.html".to_string(), b"<html>".to_vec()),
            ("app-1.wasm".to_string(), b"wasm".to_vec()),
        ];
        let kept = vec![("views.js".to_string(), b"views".to_vec())];
        let sw = service_worker(&js, &files, &kept).unwrap();
        assert!(
            sw.contains(r#"const ASSETS = ["./","./app-1.wasm"];"#),
            "{sw}"
        );
        assert!(sw.contains(r#"const KEPT = ["./views.js"]"#), "{sw}");
        let changed = vec![
            ("index.html".to_string(), b"<html>".to_vec()),
            ("app-1.wasm".to_string(), b"wasm2".to_vec()),
        ];
        assert_ne!(
            sw,
            service_worker(&js, &changed, &kept).unwrap(),
            "a new build is a new worker"
        );
        // A new views wasm alone is a new worker too: the old one's kept copy goes with it.
        let views_changed = vec![("views.js".to_string(), b"views2".to_vec())];
        assert_ne!(sw, service_worker(&js, &files, &views_changed).unwrap());
    }

    #[test]
    fn faq_json_ld_lists_every_question() {
        let ld = faq_json_ld();
        for f in FAQ {
            assert!(ld.contains(f.question));
        }
        assert!(ld.contains("\"@type\":\"FAQPage\""));
    }
}
