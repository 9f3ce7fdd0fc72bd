//! Browser entry point: hydrate the prerendered page.

fn main() {
    #[cfg(feature = "hydrate")]
    {
        console_error_panic_hook::set_once();
        backend_roadmap::hydrate::hydrate();
    }
}
