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
        format!("{body}<script>{data}</script>")
    });
    owner.unset_with_forced_cleanup();
    html
}

/// Put `fragment` right after the `<body ...>` start tag: hydration requires the app to be
/// the body's first node.
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
         connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'",
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

/// Turn trunk's `index.html` into the final prerendered page.
pub fn build_page(trunk_index: &str, app_html: &str) -> Result<String, String> {
    let page = strip_preloads(trunk_index);
    let page = splice_into_body(&page, app_html)?;
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
        <script type=\"module\">import init from './x.js';await init();</script>\
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
        assert_eq!(
            scripts,
            [
                "import init from './x.js';await init();",
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
    fn known_sha256_hash() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hashes("<script>alert(1)</script>"),
            ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]
        );
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
