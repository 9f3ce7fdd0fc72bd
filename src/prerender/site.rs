//! What the site says about itself outside the page's body (the `<title>`, the description,
//! link previews, the web app manifest): the Backend Developer Roadmap's words as written in
//! `index.html` and `public/manifest.webmanifest`, or, for a site built from another roadmap
//! file (`ROADMAP_FILE`), that file's title and figures.

use crate::content::ROADMAP;
use crate::content::{HeroText, HERO, IS_BACKEND};
use crate::custom::facts;
use crate::static_html::escape;

/// The hero the link preview's image and its description show.
pub fn hero() -> HeroText {
    if IS_BACKEND {
        return HERO;
    }
    let keep = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let r = ROADMAP;
    let (low, high) = crate::plan::schedule::total_hours(r);
    HeroText {
        label: "Learning roadmap",
        title: ROADMAP.title,
        subtitle: "Track your progress: no account, saved in your browser.",
        facts: [
            keep(format!("{} topics", r.topic_count())),
            keep(format!("{} sections", r.sections.len())),
            match high {
                0 => "Progress you can share",
                _ => keep(format!("{low}-{high} hours")),
            },
        ],
    }
}

/// The page's `<title>`, description, `og:title` and `og:description` for a site built from
/// another roadmap file; the Backend Developer Roadmap's page keeps `index.html`'s.
pub fn with_head_text(page: &str) -> Result<String, String> {
    if IS_BACKEND {
        return Ok(page.to_string());
    }
    let title = format!("{}: progress tracker", ROADMAP.title);
    let description = format!("{}: {}", ROADMAP.title, facts(ROADMAP));
    let page = replace_between(page, "<title>", "</title>", &escape(&title))?;
    let page = set_content(&page, "<meta name=\"description\"", &description)?;
    let page = set_content(&page, "<meta property=\"og:title\"", ROADMAP.title)?;
    set_content(&page, "<meta property=\"og:description\"", &description)
}

/// The web app manifest for a site built from another roadmap file: its name and description,
/// without the Backend Developer Roadmap's screenshots and its salaries shortcut.
pub fn manifest(text: &str) -> Result<String, String> {
    if IS_BACKEND {
        return Ok(text.to_string());
    }
    let mut m: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("manifest: {e}"))?;
    let short: String = ROADMAP.title.chars().take(30).collect();
    m["name"] = ROADMAP.title.into();
    m["short_name"] = short.into();
    m["description"] = facts(ROADMAP).into();
    if let Some(m) = m.as_object_mut() {
        m.remove("screenshots");
        m.remove("shortcuts");
    }
    serde_json::to_string_pretty(&m).map_err(|e| e.to_string())
}

fn replace_between(page: &str, open: &str, close: &str, value: &str) -> Result<String, String> {
    let start = page.find(open).ok_or(format!("no {open} in index.html"))? + open.len();
    let end = start + page[start..].find(close).ok_or(format!("no {close}"))?;
    Ok(format!("{}{value}{}", &page[..start], &page[end..]))
}

/// Set the `content` of the tag that starts with `tag`.
fn set_content(page: &str, tag: &str, value: &str) -> Result<String, String> {
    let at = page.find(tag).ok_or(format!("no {tag}> in index.html"))?;
    let from = at + page[at..].find("content=\"").ok_or("no content")? + "content=\"".len();
    let to = from + page[from..].find('"').ok_or("unterminated content")?;
    Ok(format!("{}{}{}", &page[..from], escape(value), &page[to..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_backend_roadmaps_site_keeps_its_own_words() {
        let page = include_str!("../../index.html");
        assert_eq!(with_head_text(page).unwrap(), page);
        let manifest = include_str!("../../public/manifest.webmanifest");
        assert_eq!(super::manifest(manifest).unwrap(), manifest);
        assert_eq!(hero().title, HERO.title);
    }

    #[test]
    fn head_text_is_set_and_escaped() {
        let page = r#"<title>Old</title><meta name="description" content="old"><meta property="og:title" content="x">"#;
        let page = replace_between(page, "<title>", "</title>", &escape("A & <B>")).unwrap();
        let page = set_content(&page, "<meta name=\"description\"", "say \"hi\"").unwrap();
        assert_eq!(
            page,
            r#"<title>A &amp; &lt;B&gt;</title><meta name="description" content="say &quot;hi&quot;"><meta property="og:title" content="x">"#
        );
    }
}
