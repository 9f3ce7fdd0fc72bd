//! Embed mode: the options read from URL parameters (`options`, pure), held in context for the
//! page, and the panel that builds the embed snippet for bootcamps (`panel`).

mod options;
mod panel;

pub use options::*;
pub use panel::EmbedPanel;

use crate::web;
use leptos::prelude::*;

/// The page's validated embed options.
#[derive(Clone, Copy)]
pub struct Embed(RwSignal<Options>);

impl Embed {
    /// Whether the page runs embedded. Read where a choice is made (opening a dialog, a
    /// click, the start), never to render: untracked.
    pub fn is_embedded(self) -> bool {
        self.0.with_untracked(|o| o.embed)
    }

    /// The bootcamp's own call to action: (url, label).
    pub fn cta(self) -> Option<(String, String)> {
        self.0.with(|o| {
            o.cta_url.clone().map(|url| {
                (
                    url,
                    o.cta_label
                        .clone()
                        .unwrap_or_else(|| "Learn more".to_string()),
                )
            })
        })
    }

    /// Read the options from the page's URL. Runs once, after hydration (the head script has
    /// already applied theme, sections and accent before paint).
    pub fn start(self) {
        let (options, warnings) = options_from_query(&web::page_search());
        for w in warnings {
            web::warn(&w);
        }
        if options.embed && web::in_frame() {
            web::post_height_to_parent();
        }
        self.0.set(options);
    }
}

/// Provide the embed options: the defaults (the normal page, as prerendered) until `start`.
pub fn provide_embed() -> Embed {
    let embed = Embed(RwSignal::new(Options::default()));
    provide_context(embed);
    embed
}

/// Validated options from a query string (this page's, or the embed preview's), with a
/// warning for each ignored value.
pub fn options_from_query(search: &str) -> (Options, Vec<String>) {
    let values = web::query_values(search, &PARAMS);
    Options::parse(values.iter().map(|(k, v)| (*k, v.as_str())))
}

pub fn use_embed() -> Embed {
    expect_context::<Embed>()
}
