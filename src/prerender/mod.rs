//! The build step (native, `ssr` feature): trunk's post_build hook (`scripts/post-build.sh`)
//! minifies the page scripts in `js/` with esbuild, then runs `src/bin/prerender.rs`, which
//! turns trunk's `index.html` into the final page in these steps:
//!
//! 1. [`render`]: the App rendered natively to HTML;
//! 2. [`html`]: that markup spliced in as the first node of `<body>`, the head scripts and the
//!    FAQ's structured data added to `<head>` ([`assets`] fills in their names from Rust);
//! 3. [`csp`]: a Content-Security-Policy whose script hashes are those of the page's own inline
//!    scripts, first thing in `<head>`;
//! 4. [`css`]: the stylesheet's dark palette applied for a dark system setting too;
//! 5. [`assets::service_worker`]: `sw.js`, precaching the final files (written by the binary);
//! 6. [`headers`]: `_headers` for the static hosts that read it, with the same policy;
//! 7. [`preview`]: the link-preview image `og-image.png` and its tags;
//! 8. [`site`]: for a site built from another roadmap file, its title, description and
//!    manifest.
//!
//! trunk itself writes the loader script (`pattern_script` in Trunk.toml: the app is fetched
//! after the first contentful paint) and no preload tags (`pattern_preload`).

pub mod assets;
pub mod csp;
pub mod css;
pub mod headers;
pub mod html;
pub mod preview;
pub mod render;
pub mod site;

pub use assets::PageScripts;

/// Turn trunk's `index.html` into the final prerendered page.
pub fn build_page(
    trunk_index: &str,
    app_html: &str,
    scripts: &PageScripts,
) -> Result<String, String> {
    let page = html::splice_into_body(trunk_index, app_html)?;
    // One element for the three head scripts: each is a self-contained function, and every
    // element counts against the first paint's budget (issue 17).
    let head_scripts = [
        assets::head_script(&scripts.head, &scripts.views)?,
        assets::early_taps_script(&scripts.early_taps)?,
        assets::lazy_script(&scripts.lazy)?,
    ];
    let page = html::insert_in_head(
        &page,
        &format!("<script>{}</script>", head_scripts.join(";\n")),
    )?;
    // A roadmap file's FAQ is optional; an empty FAQPage is not valid structured data.
    let page = match crate::content::FAQ.is_empty() {
        true => page,
        false => html::insert_in_head(&page, &assets::faq_json_ld())?,
    };
    let page = site::with_head_text(&page)?;
    html::insert_first_in_head(&page, &csp::policy_meta(&page))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What trunk writes with this project's Trunk.toml (loader from `pattern_script`).
    const TRUNK: &str = "<!DOCTYPE html><html><head><!-- <body> in a comment -->\
        <link rel=\"stylesheet\" href=\"./a.css\">\
        <script type=\"module\">await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));\
        const { default: init } = await import('./x.js');await init({ module_or_path: './x_bg.wasm' });</script>\
        </head><body>\n  </body></html>";

    fn page(app: &str) -> String {
        build_page(TRUNK, app, &PageScripts::sources()).unwrap()
    }

    #[test]
    fn the_app_becomes_the_first_node_of_body() {
        let page = page("<main>app</main>");
        assert!(page.contains("<body><main>app</main></body>"), "{page}");
        assert!(page.contains("<!-- <body> in a comment -->"));
    }

    #[test]
    fn csp_hashes_every_inline_script_and_comes_first() {
        let page = page("<p>x</p><script>__RESOLVED_RESOURCES=[];</script>");
        let js = PageScripts::sources();
        let scripts = csp::inline_scripts(&page);
        assert_eq!(scripts.len(), 3, "loader, the head scripts, bootstrap");
        assert!(scripts[0].contains("await import('./x.js')"));
        let head = [
            assets::head_script(&js.head, &js.views).unwrap(),
            assets::early_taps_script(&js.early_taps).unwrap(),
            assets::lazy_script(&js.lazy).unwrap(),
        ];
        assert_eq!(scripts[1], head.join(";\n"));
        assert_eq!(scripts[2], "__RESOLVED_RESOURCES=[];");
        let csp_start = page.find("Content-Security-Policy").unwrap();
        assert!(
            csp_start < page.find("<script").unwrap(),
            "CSP must precede scripts"
        );
        for h in csp::script_hashes(&page) {
            assert!(page.contains(&h), "{h} missing from CSP");
        }
        assert!(page.contains("application/ld+json"));
        assert!(!page.contains("unsafe-inline") && !page.contains("'unsafe-eval'"));
    }

    #[test]
    fn every_section_has_a_hiding_rule_in_the_stylesheet() {
        let css = include_str!("../../style/main.css");
        for s in crate::embed::SECTIONS {
            let rule = format!("html[data-sections]:not([data-sections~=\"{s}\"]) #{s}");
            assert!(css.contains(&rule), "missing: {rule}");
        }
    }
}
