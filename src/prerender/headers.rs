//! Step 6: `_headers`, read by the static hosts that support it (Netlify, Cloudflare Pages):
//! the page's Content-Security-Policy as a real header, so that `frame-ancestors` (which a
//! `<meta>` cannot carry) says which sites may embed the roadmap; two hardening headers; and
//! cache rules: the hashed assets are immutable for a year, while the page, the topics'
//! details, the service worker and the manifest are revalidated on every load.

/// The build setting naming the sites allowed to embed the roadmap: a space-separated
/// `frame-ancestors` list such as `'self' https://bootcamp.example https://*.school.example`.
pub const FRAME_ANCESTORS_VAR: &str = "ROADMAP_FRAME_ANCESTORS";
/// Any site may embed the roadmap unless the build says otherwise.
pub const DEFAULT_FRAME_ANCESTORS: &str = "*";
/// The build setting with the site's public address (`https://host.example/roadmap/`): its
/// path prefixes the rules (a site served from a sub-path).
pub const BASE_URL_VAR: &str = "ROADMAP_BASE_URL";

/// Files fetched by name on every visit: revalidated, never cached blindly.
const REVALIDATED: [&str; 5] = [
    "index.html",
    "topic-details.html",
    "sw.js",
    "manifest.webmanifest",
    "embed.js",
];

/// A `frame-ancestors` value from the build setting: `*`, `'self'`, `'none'`, or origins
/// (`https://host`, `https://*.host`, with an optional port). Anything else is refused, so a
/// typo cannot silently open or close the roadmap to every site.
pub fn frame_ancestors(setting: Option<&str>) -> Result<String, String> {
    let value = setting.map(str::trim).filter(|v| !v.is_empty());
    let Some(value) = value else {
        return Ok(DEFAULT_FRAME_ANCESTORS.to_string());
    };
    for source in value.split_whitespace() {
        let origin_like = ["https://", "http://"].iter().any(|scheme| {
            source.strip_prefix(scheme).is_some_and(|host| {
                let host = host.strip_prefix("*.").unwrap_or(host);
                !host.is_empty()
                    && host
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
            })
        });
        if !(origin_like || matches!(source, "*" | "'self'" | "'none'")) {
            return Err(format!(
                "{FRAME_ANCESTORS_VAR}: {source:?} is not *, 'self', 'none' or an http(s) origin"
            ));
        }
    }
    Ok(value.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The path the site is served from, from the base-URL setting: `/` when unset.
pub fn base_path(setting: Option<&str>) -> String {
    let path = setting
        .and_then(|url| url.split_once("://"))
        .and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..]))
        .unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    if path.ends_with('/') {
        path.to_string()
    } else {
        format!("{path}/")
    }
}

/// The site's address from the base-URL setting, when it is a plain `http(s)` address (no
/// quotes, spaces or angle brackets that could leave an attribute), with a trailing slash.
pub fn base_url(setting: Option<&str>) -> Result<Option<String>, String> {
    let Some(url) = setting.map(str::trim).filter(|u| !u.is_empty()) else {
        return Ok(None);
    };
    let plain = url.starts_with("https://") || url.starts_with("http://");
    let safe = !url.contains(['"', '\'', '<', '>', ' ', '?', '#', '&']);
    if !(plain && safe) {
        return Err(format!(
            "{BASE_URL_VAR}: {url:?} is not an http(s) address without query or fragment"
        ));
    }
    Ok(Some(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    }))
}

/// The link-preview tags for a site at `url`: its canonical address and `og:url`.
pub fn address_tags(url: &str) -> String {
    format!("<link rel=\"canonical\" href=\"{url}\"><meta property=\"og:url\" content=\"{url}\">")
}

/// Whether a build file's name carries a content hash: trunk's stylesheet, script and wasm,
/// `name-<hash>.ext`, the hash a 64-bit number in hex without leading zeros (1 to 16 digits:
/// about one build in sixteen writes 15).
fn is_hashed(name: &str) -> bool {
    let Some((stem, "css" | "js" | "wasm")) = name.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    stem.rsplit_once('-').is_some_and(|(_, hash)| {
        (1..=16).contains(&hash.len()) && hash.chars().all(|c| c.is_ascii_hexdigit())
    })
}

/// The CSP a finished page carries in its `<meta>` tag.
pub fn page_policy(page: &str) -> Option<&str> {
    let open = "http-equiv=\"Content-Security-Policy\" content=\"";
    let start = page.find(open)? + open.len();
    Some(&page[start..start + page[start..].find('"')?])
}

/// The `_headers` file for a build whose page carries `policy`, with the build's `files`.
pub fn headers_file(policy: &str, ancestors: &str, base: &str, files: &[String]) -> String {
    let mut out = format!(
        "# Made by the build (src/prerender/headers.rs); read by Netlify and Cloudflare Pages.\n\
         {base}*\n  Content-Security-Policy: {policy}; frame-ancestors {ancestors}\n  \
         X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n"
    );
    out.push_str(&format!("{base}\n  Cache-Control: no-cache\n"));
    for name in REVALIDATED {
        out.push_str(&format!("{base}{name}\n  Cache-Control: no-cache\n"));
    }
    for name in files.iter().filter(|n| is_hashed(n)) {
        out.push_str(&format!(
            "{base}{name}\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_ancestors_defaults_to_any_site_and_refuses_what_is_not_a_source() {
        assert_eq!(frame_ancestors(None).unwrap(), "*");
        assert_eq!(frame_ancestors(Some("  ")).unwrap(), "*");
        assert_eq!(
            frame_ancestors(Some(
                "'self'  https://bootcamp.example https://*.school.example:8443"
            ))
            .unwrap(),
            "'self' https://bootcamp.example https://*.school.example:8443"
        );
        for bad in [
            "self",
            "https://",
            "javascript:alert(1)",
            "https://a.example; script-src *",
            "ftp://x",
        ] {
            assert!(frame_ancestors(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_site_address_is_a_plain_http_address_or_refused() {
        assert_eq!(base_url(None), Ok(None));
        assert_eq!(
            base_url(Some("https://host.example/roadmap")),
            Ok(Some("https://host.example/roadmap/".to_string()))
        );
        for bad in [
            "javascript:alert(1)",
            "https://x.example/\"><script>",
            "https://x.example/?a=1",
            "host.example",
        ] {
            assert!(base_url(Some(bad)).is_err(), "{bad}");
        }
        assert_eq!(
            address_tags("https://host.example/"),
            "<link rel=\"canonical\" href=\"https://host.example/\"><meta property=\"og:url\" content=\"https://host.example/\">"
        );
    }

    #[test]
    fn the_base_path_comes_from_the_site_address() {
        assert_eq!(base_path(None), "/");
        assert_eq!(base_path(Some("https://host.example")), "/");
        assert_eq!(base_path(Some("https://host.example/roadmap")), "/roadmap/");
        assert_eq!(base_path(Some("https://host.example/a/b/?x=1")), "/a/b/");
    }

    #[test]
    fn hashed_assets_are_immutable_and_the_page_is_revalidated() {
        let files = [
            "backend-roadmap-2781ae976da8e208.js",
            "backend-roadmap-8643bdeb34fe4ca_bg.wasm",
            "main-718983876bb01422.css",
            "index.html",
            "sw.js",
            "icon-192.png",
            "icon-maskable-512.png",
            "embed.js",
            "views_bg-0a1b2c3d4e5f6071.wasm",
        ]
        .map(String::from);
        let text = headers_file("default-src 'self'", "*", "/", &files);
        assert!(
            text.contains("/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors *\n")
        );
        assert!(text.contains("  X-Content-Type-Options: nosniff\n"));
        for hashed in &files[..3] {
            assert!(
                text.contains(&format!(
                    "/{hashed}\n  Cache-Control: public, max-age=31536000, immutable\n"
                )),
                "{hashed}"
            );
        }
        for fresh in [
            "/\n",
            "/index.html\n",
            "/sw.js\n",
            "/manifest.webmanifest\n",
            "/topic-details.html\n",
        ] {
            assert!(
                text.contains(&format!("{fresh}  Cache-Control: no-cache\n")),
                "{fresh}"
            );
        }
        assert!(!text.contains("icon-192.png"));
        // The views wasm is named by its content's hash too (scripts/post-build.sh).
        assert!(text.contains(
            "/views_bg-0a1b2c3d4e5f6071.wasm\n  Cache-Control: public, max-age=31536000, immutable\n"
        ));
        for unhashed in &files[5..8] {
            assert!(
                !text.contains(&format!("/{unhashed}\n  Cache-Control: public")),
                "{unhashed}"
            );
        }
    }

    #[test]
    fn the_header_policy_is_the_meta_tags() {
        let page = crate::prerender::render::app_html();
        let built = crate::prerender::build_page(
            "<!DOCTYPE html><html><head><title>t</title></head><body></body></html>",
            &page,
            &crate::prerender::PageScripts::sources(),
        )
        .unwrap();
        let policy = page_policy(&built).expect("the page has a CSP");
        assert!(
            policy.starts_with("default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-")
        );
        assert!(!policy.contains('"'));
    }
}
