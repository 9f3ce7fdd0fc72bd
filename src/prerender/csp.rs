//! Step 3: the Content-Security-Policy, with the hashes of the page's own inline scripts.

use super::html::find_tag;
use base64::Engine;
use sha2::{Digest, Sha256};

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
        let is_data = ["application/ld+json", "application/json", "text/html"]
            .iter()
            .any(|t| open.contains(t));
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
/// scripts only by hash, no inline styles, no plugins. No `manifest-src`: `default-src 'self'`
/// covers the manifest, and WebKit logs the directive as unrecognized on every page.
pub fn content_security_policy(hashes: &[String]) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
        hashes.join(" ")
    )
}

/// The placeholder `trunk serve` fills with a fresh nonce in every page it serves (with
/// `create_nonce`, as `scripts/dev.sh` sets), in its live-reload script's `nonce` attribute and
/// anywhere else in the page.
pub const TRUNK_NONCE: &str = "{{__TRUNK NONCE__}}";

/// The development page's policy: the release policy, plus a nonce source that lets `trunk
/// serve`'s live-reload script run (that script is rewritten per request, so no hash can name
/// it). Never in a release build.
pub fn with_dev_nonce(page: &str) -> Result<String, String> {
    let marker = "script-src 'self' 'wasm-unsafe-eval' ";
    if !page.contains(marker) {
        return Err("no script-src to add the development nonce to".into());
    }
    Ok(page.replacen(marker, &format!("{marker}'nonce-{TRUNK_NONCE}' "), 1))
}

/// The policy as a `<meta>` tag for `page`, whose scripts must all be in place already.
pub fn policy_meta(page: &str) -> String {
    let csp = content_security_policy(&script_hashes(page));
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">")
}

#[cfg(test)]
mod dev_tests {
    #[test]
    fn the_development_nonce_joins_the_policy_once() {
        let page = super::policy_meta("<script>1</script>");
        let dev = super::with_dev_nonce(&page).unwrap();
        assert!(dev
            .contains("script-src 'self' 'wasm-unsafe-eval' 'nonce-{{__TRUNK NONCE__}}' 'sha256-"));
        assert_eq!(dev.matches("nonce-").count(), 1);
        assert!(super::with_dev_nonce("<p>no policy</p>").is_err());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_sha256_hash() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hashes("<script>alert(1)</script>"),
            ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]
        );
    }

    #[test]
    fn data_blocks_and_external_scripts_are_not_hashed() {
        let page = "<script type=\"application/ld+json\">{}</script><script src=\"a.js\"></script>\
                    <!-- <script>not this</script> --><script>run()</script>";
        assert_eq!(inline_scripts(page), ["run()"]);
    }
}
