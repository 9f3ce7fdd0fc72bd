//! Embed mode and page options from URL parameters. Pure Rust.
//!
//! | parameter | values | effect |
//! |---|---|---|
//! | `embed` | `1` | no site chrome, compact spacing, external links in a new tab, no service worker |
//! | `sections` | comma list of [`SECTIONS`] | which parts to show, always in page order |
//! | `theme` | `light`, `dark`, `auto` | colour theme (overrides the visitor's choice) |
//! | `accent` | `RRGGBB` (hex) | accent colour |
//! | `cta_url` | an `http:` or `https:` URL | the call to action's link |
//! | `cta_label` | plain text, at most 60 characters | the call to action's text |
//!
//! Every value is validated: an invalid one is ignored with a warning, never echoed into HTML,
//! CSS or a URL. A parameter given more than once counts once, by its last value (`sections`
//! alone collects every value, as a form with one checkbox per section sends it); the head
//! script that applies theme, embed, sections and accent before paint follows the same rule.
//! The call to action (`cta_url`, `cta_label`) applies only in embed mode: on the page's own
//! site, a crafted link must not put a third party's button on it.

use crate::theme::Theme;

/// Page parts that `sections` can name, in page order (they are also the parts' element ids).
pub const SECTIONS: [&str; 10] = [
    "hero",
    "about",
    "roadmap",
    "career",
    "salaries",
    "projects",
    "architecture",
    "mistakes",
    "faq",
    "cta",
];
/// The values of `embed` that turn embed mode on (`0` and `false` turn it off).
pub const EMBED_ON: [&str; 2] = ["1", "true"];
/// Parameters that take one value: when repeated, the last one counts.
pub const SINGLE_VALUED: [&str; 5] = ["embed", "theme", "accent", "cta_url", "cta_label"];
/// The parameters this module reads.
pub const PARAMS: [&str; 6] = [
    "embed",
    "sections",
    "theme",
    "accent",
    "cta_url",
    "cta_label",
];
/// The `type` of the message an embedded page posts to its parent: `{type, height}`.
pub const HEIGHT_MESSAGE: &str = "backend-roadmap:height";
pub const MAX_LABEL_CHARS: usize = 60;

/// The sections roadmap `roadmap`'s page has, in page order: every one for the Backend
/// roadmap, whose page has the articles; a file's page has its hero, the roadmap, its projects
/// and FAQ when it has them, and the call to action.
pub fn sections_of(roadmap: crate::content::Roadmap) -> Vec<&'static str> {
    let backend = roadmap.id == crate::content::BACKEND_ID;
    SECTIONS
        .into_iter()
        .filter(|s| match *s {
            _ if backend => true,
            "hero" | "roadmap" | "cta" => true,
            "projects" => !roadmap.projects.is_empty(),
            "faq" => !roadmap.faq.is_empty(),
            _ => false,
        })
        .collect()
}

/// A section's name for people (the embed panel's checkboxes).
pub fn section_label(section: &str) -> &'static str {
    match section {
        "hero" => "Introduction",
        "about" => "What a backend developer does",
        "roadmap" => "Roadmap and progress",
        "career" => "Career path",
        "salaries" => "Salaries",
        "projects" => "Project ideas",
        "architecture" => "Architecture",
        "mistakes" => "Common mistakes",
        "faq" => "FAQ",
        "cta" => "Call to action",
        _ => "Unknown",
    }
}
const MAX_URL_CHARS: usize = 2048;

/// Validated options. `Default` is the normal, non-embedded page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub embed: bool,
    /// Shown sections in page order; `None` shows everything.
    pub sections: Option<Vec<&'static str>>,
    pub theme: Option<Theme>,
    /// Six lower-case hex digits, without `#`.
    pub accent: Option<String>,
    pub cta_url: Option<String>,
    pub cta_label: Option<String>,
}

impl Options {
    /// Parse query parameters; returns the options and a warning for each ignored value.
    pub fn parse<'a>(
        params: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Options, Vec<String>) {
        let mut o = Options::default();
        let mut warnings = Vec::new();
        let mut warn = |name: &str, why: &str| {
            warnings.push(format!("Ignored the `{name}` parameter: {why}."))
        };
        let mut sections: Vec<&str> = Vec::new();
        let mut sections_given = false;
        let params: Vec<(&str, &str)> = params.into_iter().collect();
        // Where each single-valued parameter is given last (one pass: a crafted address may
        // repeat a parameter thousands of times).
        let single = |name: &str| SINGLE_VALUED.iter().position(|s| *s == name);
        let mut last = [None; SINGLE_VALUED.len()];
        for (i, (name, _)) in params.iter().enumerate() {
            if let Some(k) = single(name) {
                last[k] = Some(i);
            }
        }
        for (i, &(name, value)) in params.iter().enumerate() {
            if single(name).is_some_and(|k| last[k] != Some(i)) {
                warn(name, "given more than once; the last value counts");
                continue;
            }
            if value.trim().is_empty() {
                continue;
            }
            match name {
                "embed" => match value {
                    v if EMBED_ON.contains(&v) => o.embed = true,
                    "0" | "false" => o.embed = false,
                    _ => warn(name, "use 1 or 0"),
                },
                "sections" => {
                    sections_given = true;
                    sections.extend(value.split(',').map(str::trim).filter(|s| !s.is_empty()));
                }
                "theme" => match Theme::from_slug(value) {
                    Some(t) => o.theme = Some(t),
                    None => warn(name, "use light, dark or auto"),
                },
                "accent" => match valid_hex(value) {
                    Some(hex) => o.accent = Some(hex),
                    None => warn(name, "use six hex digits such as 0f766e"),
                },
                "cta_url" => match valid_url(value) {
                    Some(url) => o.cta_url = Some(url),
                    None => warn(name, "only http: and https: addresses are accepted"),
                },
                "cta_label" => match valid_label(value) {
                    Some(label) => o.cta_label = Some(label),
                    None => warn(
                        name,
                        "use plain text of 1 to 60 characters, without control or invisible formatting characters",
                    ),
                },
                _ => {}
            }
        }
        if !o.embed {
            for (name, given) in [
                ("cta_url", o.cta_url.take()),
                ("cta_label", o.cta_label.take()),
            ] {
                if given.is_some() {
                    warn(name, "it applies only in embed mode (embed=1)");
                }
            }
        }
        if sections_given {
            let known: Vec<&'static str> = SECTIONS
                .into_iter()
                .filter(|s| sections.contains(s))
                .collect();
            if known.is_empty() {
                warn("sections", "no known section named");
            } else {
                if sections.iter().any(|w| !SECTIONS.contains(w)) {
                    warn("sections", "unknown section names were dropped");
                }
                // Every section chosen is the same as no choice.
                o.sections = (known.len() < SECTIONS.len()).then_some(known);
            }
        }
        (o, warnings)
    }

    /// Build the query string for these options (for the embed snippet).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if self.embed {
            parts.push("embed=1".to_string());
        }
        if let Some(s) = &self.sections {
            parts.push(format!("sections={}", s.join(",")));
        }
        if let Some(t) = self.theme {
            parts.push(format!("theme={}", t.slug()));
        }
        if let Some(a) = &self.accent {
            parts.push(format!("accent={a}"));
        }
        if let Some(u) = &self.cta_url {
            parts.push(format!("cta_url={}", encode_component(u)));
        }
        if let Some(l) = &self.cta_label {
            parts.push(format!("cta_label={}", encode_component(l)));
        }
        parts.join("&")
    }
}

/// Six hex digits (an optional leading `#` is tolerated), lower-cased.
pub fn valid_hex(value: &str) -> Option<String> {
    let hex = value.strip_prefix('#').unwrap_or(value);
    (hex.len() == 6 && hex.bytes().all(|b| b.is_ascii_hexdigit())).then(|| hex.to_ascii_lowercase())
}

/// An absolute http(s) URL with no whitespace or control characters.
pub fn valid_url(value: &str) -> Option<String> {
    let lower = value.get(..8).unwrap_or(value).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let has_host = value
        .split_once("//")
        .is_some_and(|(_, rest)| rest.chars().next().is_some_and(|c| c != '/'));
    let clean = !value.chars().any(|c| {
        c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>' || c == '\\'
    });
    (scheme_ok && has_host && clean && value.len() <= MAX_URL_CHARS).then(|| value.to_string())
}

/// Plain text of 1 to 60 characters without control, bidirectional or other invisible
/// formatting characters, which could make a label read differently from what it links to
/// (HTML is shown as text).
pub fn valid_label(value: &str) -> Option<String> {
    crate::content::file::plain_line(value, MAX_LABEL_CHARS)
}

pub use crate::content::file::is_format_char;

fn encode_component(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &[(&str, &str)]) -> (Options, Vec<String>) {
        Options::parse(q.iter().copied())
    }

    #[test]
    fn valid_parameters_are_taken() {
        let (o, warnings) = parse(&[
            ("embed", "1"),
            ("sections", "faq,roadmap,salaries"),
            ("theme", "dark"),
            ("accent", "0F766E"),
            ("cta_url", "https://bootcamp.example/apply?x=1"),
            ("cta_label", "Apply to our bootcamp"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(o.embed);
        assert_eq!(
            o.sections.as_deref(),
            Some(&["roadmap", "salaries", "faq"][..]),
            "page order, not the given order"
        );
        assert_eq!(o.theme, Some(Theme::Dark));
        assert_eq!(o.accent.as_deref(), Some("0f766e"));
        assert_eq!(o.cta_label.as_deref(), Some("Apply to our bootcamp"));
    }

    /// tests/params-cases.json: the verdicts the head script reaches in a browser
    /// (tests/e2e/params.spec.mjs), reached here by the parser.
    #[test]
    fn the_shared_table_of_hostile_and_repeated_parameters() {
        #[derive(serde::Deserialize)]
        struct Case {
            params: Vec<(String, String)>,
            embed: bool,
            sections: Option<Vec<String>>,
            theme: Option<String>,
            accent: Option<String>,
            cta_url: Option<String>,
            cta_label: Option<String>,
        }
        #[derive(serde::Deserialize)]
        struct Table {
            cases: Vec<Case>,
        }
        let table: Table =
            serde_json::from_str(include_str!("../../tests/params-cases.json")).unwrap();
        assert!(table.cases.len() >= 20);
        for case in table.cases {
            let (o, _) = Options::parse(case.params.iter().map(|(k, v)| (k.as_str(), v.as_str())));
            let at = &case.params;
            assert_eq!(o.embed, case.embed, "embed for {at:?}");
            let sections = o
                .sections
                .map(|s| s.iter().map(|x| x.to_string()).collect());
            assert_eq!(sections, case.sections, "sections for {at:?}");
            assert_eq!(
                o.theme.map(Theme::slug),
                case.theme.as_deref(),
                "theme for {at:?}"
            );
            assert_eq!(o.accent, case.accent, "accent for {at:?}");
            assert_eq!(o.cta_url, case.cta_url, "cta_url for {at:?}");
            assert_eq!(o.cta_label, case.cta_label, "cta_label for {at:?}");
        }
    }

    #[test]
    fn the_call_to_action_applies_only_in_embed_mode() {
        let cta = [
            ("cta_url", "https://attacker.example/login"),
            ("cta_label", "Sign in to keep your progress"),
        ];
        let (o, warnings) = parse(&cta);
        assert_eq!(o, Options::default());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        let (o, _) = parse(&[cta[0], cta[1], ("embed", "0")]);
        assert_eq!((o.cta_url, o.cta_label), (None, None));
        let (o, warnings) = parse(&[("embed", "1"), cta[0], cta[1]]);
        assert!(warnings.is_empty());
        assert!(o.cta_url.is_some() && o.cta_label.is_some());
    }

    #[test]
    fn a_repeated_parameter_counts_once_by_its_last_value() {
        let (o, warnings) = parse(&[("embed", "1"), ("embed", "0")]);
        assert!(!o.embed);
        assert_eq!(warnings.len(), 1);
        assert!(parse(&[("embed", "0"), ("embed", "1")]).0.embed);
        // An invalid last value is ignored, and so is the earlier valid one: one rule, no
        // guessing which value was meant.
        let (o, warnings) = parse(&[("theme", "dark"), ("theme", "neon")]);
        assert_eq!(o.theme, None);
        assert_eq!(warnings.len(), 2);
    }

    #[test]
    fn thousands_of_repeats_still_count_once_by_the_last() {
        let mut params = vec![("embed", "1"); 20_000];
        params.push(("embed", "0"));
        let (o, warnings) = parse(&params);
        assert!(!o.embed);
        assert_eq!(warnings.len(), 20_000);
    }

    #[test]
    fn labels_with_invisible_or_bidi_characters_are_refused() {
        for label in [
            "Apply\u{202E}won ylppA",
            "Join\u{200B}us",
            "\u{2066}Sign in\u{2069}",
            "Soft\u{00AD}hyphen",
            "Tag\u{E0041}",
            "BOM\u{FEFF}",
            "Arabic mark\u{061C}",
        ] {
            let (o, warnings) = parse(&[("embed", "1"), ("cta_label", label)]);
            assert_eq!(o.cta_label, None, "{label:?}");
            assert_eq!(warnings.len(), 1);
        }
        assert!(valid_label("Rejoignez-nous à Zürich, 東京").is_some());
    }

    #[test]
    fn hostile_values_are_ignored_with_a_warning() {
        let cases = [
            ("cta_url", "javascript:alert(1)"),
            ("cta_url", "JAVASCRIPT:alert(1)"),
            ("cta_url", "data:text/html,<script>alert(1)</script>"),
            ("cta_url", "https://ok.example/\"><script>"),
            ("cta_url", "//evil.example"),
            ("cta_url", "https:///path-only"),
            ("cta_url", "https://a.example/ x"),
            ("accent", "red;}"),
            ("accent", "ff0000;background:url(x)"),
            ("accent", "fff"),
            ("theme", "neon"),
            ("sections", "<img src=x>"),
            ("cta_label", &"x".repeat(61)),
            ("cta_label", "line\nbreak"),
        ];
        let embedded = Options {
            embed: true,
            ..Options::default()
        };
        for (name, value) in cases {
            let (o, warnings) = parse(&[("embed", "1"), (name, value)]);
            assert_eq!(o, embedded, "{name}={value:?} was accepted");
            assert_eq!(warnings.len(), 1, "{name}={value:?}");
        }
        let (o, warnings) = parse(&[("embed", "yes please")]);
        assert_eq!((o, warnings.len()), (Options::default(), 1));
    }

    #[test]
    fn form_style_parameters_are_understood() {
        // An HTML form sends one `sections` per checkbox and empty fields as empty values.
        let (o, warnings) = parse(&[
            ("embed", "1"),
            ("sections", "faq"),
            ("sections", "roadmap"),
            ("accent", ""),
            ("cta_label", " "),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(o.sections.as_deref(), Some(&["roadmap", "faq"][..]));
        assert_eq!(o.accent, None);
        let all: Vec<_> = SECTIONS.iter().map(|s| ("sections", *s)).collect();
        assert_eq!(parse(&all).0.sections, None, "all sections is the default");
    }

    #[test]
    fn html_in_a_label_is_kept_as_plain_text() {
        let (o, _) = parse(&[("embed", "1"), ("cta_label", "<b>Join</b> us")]);
        assert_eq!(o.cta_label.as_deref(), Some("<b>Join</b> us"));
    }

    #[test]
    fn unknown_section_names_are_dropped_but_known_ones_kept() {
        let (o, warnings) = parse(&[("sections", "roadmap,nonsense")]);
        assert_eq!(o.sections.as_deref(), Some(&["roadmap"][..]));
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn options_round_trip_through_the_query() {
        let (o, _) = parse(&[
            ("embed", "1"),
            ("sections", "roadmap,faq"),
            ("accent", "0f766e"),
            ("cta_url", "https://x.example/a b"),
            ("cta_label", "Go & learn"),
        ]);
        let query = o.to_query();
        assert_eq!(
            query,
            "embed=1&sections=roadmap,faq&accent=0f766e&cta_label=Go%20%26%20learn"
        );
        let (with_url, _) = parse(&[("embed", "1"), ("cta_url", "https://x.example/a?b=1&c=2")]);
        assert_eq!(
            with_url.to_query(),
            "embed=1&cta_url=https%3A%2F%2Fx.example%2Fa%3Fb%3D1%26c%3D2"
        );
    }
}
