//! Step 1: the App rendered natively to HTML, as the browser will hydrate it.

use leptos::prelude::*;
use std::sync::Arc;

/// Render the App natively, followed by the hydration bootstrap script Leptos expects.
pub fn app_html() -> String {
    render(crate::App)
}

/// Render `view` natively as the prerenderer renders the App, followed by the bootstrap.
pub fn render<V: IntoView>(view: impl FnOnce() -> V) -> String {
    use futures::StreamExt;
    use hydration_context::{SharedContext, SsrSharedContext};
    let _ = any_spawner::Executor::init_futures_executor();
    let context = Arc::new(SsrSharedContext::new());
    let owner = Owner::new_root(Some(context.clone() as Arc<dyn SharedContext + Send + Sync>));
    let html = owner.with(|| {
        let body: String = futures::executor::block_on(
            view()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_holds_all_topics_and_the_bootstrap() {
        let html = app_html();
        for t in crate::content::ROADMAP.topics() {
            assert!(html.contains(&format!("id=\"topic-{}\"", t.id)), "{}", t.id);
        }
        assert_eq!(html.matches("<h1").count(), 1);
        assert!(html.ends_with("</script>") && html.contains("__RESOLVED_RESOURCES"));
    }

    /// A roadmap file's topic may be called `note`, `details` or `x-state`: the ids the app gives
    /// its own elements (in the page, in the dialog's details and the ones made in the browser)
    /// start with none of the prefixes of the ids made from a roadmap's ids.
    #[test]
    fn no_id_of_the_apps_own_can_equal_one_made_from_a_roadmap_id() {
        use crate::roadmap::links::{project_id, section_id, DERIVED_PREFIXES};
        let html = app_html();
        let roadmap = crate::content::ROADMAP;
        let mut derived: Vec<String> = Vec::new();
        for t in roadmap.topics() {
            for prefix in &DERIVED_PREFIXES[..3] {
                derived.push(format!("{prefix}{}", t.id));
            }
        }
        derived.extend(roadmap.sections.iter().map(|s| section_id(s.id)));
        derived.extend(roadmap.projects.iter().map(|p| project_id(p.id)));
        let mut own: Vec<&str> = html
            .split(" id=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|id| !derived.iter().any(|d| d == id))
            .collect();
        assert!(own.len() > 30, "{own:?}");
        own.extend(crate::roadmap::own_ids());
        for id in own {
            assert!(
                !DERIVED_PREFIXES.iter().any(|p| id.starts_with(p)),
                "the app's own id {id:?} could equal a roadmap's"
            );
        }
        // Ids made from ids are unique whatever the ids: topic `x` and topic `x-state`.
        let ids = |t: &str| -> Vec<String> {
            DERIVED_PREFIXES[..3]
                .iter()
                .map(|p| format!("{p}{t}"))
                .collect()
        };
        let (x, x_state) = (ids("x"), ids("x-state"));
        assert!(x.iter().all(|a| !x_state.contains(a)));
    }

    #[test]
    fn the_page_has_no_bogus_comments() {
        let html = app_html();
        assert!(!html.contains("<!>"));
        assert!(html.contains("<!---->"));
    }
}
