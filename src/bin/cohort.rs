//! The cohort view's own wasm (`?view=cohort`, see `backend_roadmap::cohort`): built by
//! `scripts/post-build.sh` beside the app's and fetched by the head script only for that view,
//! so the roadmap page loads none of it.

fn main() {
    #[cfg(feature = "hydrate")]
    {
        console_error_panic_hook::set_once();
        backend_roadmap::cohort::view::mount();
    }
}
