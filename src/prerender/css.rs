//! The stylesheet step: the dark palette is written once in `style/main.css`, as
//! `:root[data-theme="dark"] { … }` (the visitor chose Dark); this step gives the same
//! declarations to visitors whose system is dark and who chose nothing, as
//! `@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { … } }`.
//! (`light-dark()` would do it in CSS alone, but older phone browsers ignore it.)

/// The selector of the dark palette, as written and as esbuild minifies it.
const DARK: [&str; 2] = [":root[data-theme=\"dark\"]", ":root[data-theme=dark]"];

/// `css` with the dark palette also applied for a dark system setting.
pub fn with_system_dark(css: &str) -> Result<String, String> {
    let start = DARK
        .iter()
        .find_map(|selector| {
            css.find(&format!("{selector}{{"))
                .or_else(|| css.find(&format!("{selector} {{")))
        })
        .ok_or("style: no :root[data-theme=\"dark\"] palette block")?;
    let open = start
        + css[start..]
            .find('{')
            .ok_or("style: unterminated palette")?;
    let close = open + css[open..].find('}').ok_or("style: unterminated palette")?;
    let palette = &css[open + 1..close];
    Ok(format!(
        "{}\n@media (prefers-color-scheme: dark) {{ :root:not([data-theme=\"light\"]) {{{palette}}} }}{}",
        &css[..=close],
        &css[close + 1..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = include_str!("../../style/main.css");

    #[test]
    fn the_dark_palette_is_written_once_and_applied_twice() {
        assert_eq!(
            SOURCE.matches("--bg: #0b1020").count(),
            1,
            "the dark palette, once"
        );
        assert!(!SOURCE.contains("prefers-color-scheme: dark"));
        let css = with_system_dark(SOURCE).unwrap();
        assert_eq!(css.matches("--bg: #0b1020").count(), 2);
        let system = css.find("prefers-color-scheme: dark").unwrap();
        assert!(css[system..].contains(":root:not([data-theme=\"light\"])"));
    }

    #[test]
    fn the_minified_form_is_found_too() {
        let css = ":root{--bg:#fff}:root[data-theme=dark]{color-scheme:dark;--bg:#000}a{b:c}";
        assert_eq!(
            with_system_dark(css).unwrap(),
            ":root{--bg:#fff}:root[data-theme=dark]{color-scheme:dark;--bg:#000}\n\
             @media (prefers-color-scheme: dark) { :root:not([data-theme=\"light\"]) {color-scheme:dark;--bg:#000} }a{b:c}"
        );
        assert!(with_system_dark("a{b:c}").is_err());
    }
}
