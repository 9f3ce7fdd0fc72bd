//! The views wasm (`backend_roadmap::custom::view`): a roadmap file (`?roadmap=NAME`) and the
//! cohort view (`?view=cohort`). Built by `scripts/post-build.sh` beside the app's wasm and
//! fetched by the head script only for those addresses, so the roadmap page loads none of it.

fn main() {
    #[cfg(feature = "browser")]
    {
        console_error_panic_hook::set_once();
        backend_roadmap::custom::view::start();
    }
}
