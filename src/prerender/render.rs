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

    #[test]
    fn the_page_has_no_bogus_comments() {
        let html = app_html();
        assert!(!html.contains("<!>"));
        assert!(html.contains("<!---->"));
    }
}
