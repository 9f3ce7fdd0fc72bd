//! Benchmark-only harness (never shipped): mounts the real roadmap component with N synthetic
//! topics (`?n=2000`) and records the time to first render in `performance` as
//! `harness-render`. Built by `scripts/bench.sh` from `bench/index.html`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use backend_roadmap::content::{Link, Roadmap, Section, Topic};
    use leptos::prelude::*;

    console_error_panic_hook::set_once();
    let n: usize = backend_roadmap::web::query_param("n")
        .and_then(|v| v.parse().ok())
        .unwrap_or(20)
        .clamp(1, 20_000);
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    const LINKS: &[Link] = &[Link {
        label: "MDN",
        url: "https://developer.mozilla.org/",
    }];
    let topics: &'static [Topic] = Box::leak(
        (0..n)
            .map(|i| Topic {
                id: leak(format!("t{i}")),
                title: leak(format!("Topic {i}")),
                summary: "A synthetic topic for the scale benchmark.",
                why: "Measures rendering and toggling cost.",
                hours: backend_roadmap::content::Hours { low: 4, high: 8 },
                links: LINKS,
            })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let sections: &'static [Section] = Box::leak(
        topics
            .chunks(10)
            .enumerate()
            .map(|(i, chunk)| Section {
                id: leak(format!("s{i}")),
                title: leak(format!("Section {i}")),
                topics: chunk,
                milestone: None,
            })
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let roadmap = Roadmap { sections };
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("harness-start");
    }
    // The page's shared state, provided to both mounts below.
    let owner = Owner::new();
    let (notices, embed, store, details) = owner.with(|| {
        let notices = backend_roadmap::notices::provide_notices();
        let embed = backend_roadmap::embed::provide_embed();
        let store = backend_roadmap::store::provide_store(roadmap);
        backend_roadmap::roadmap::provide_details();
        (
            notices,
            embed,
            store,
            backend_roadmap::roadmap::use_details(),
        )
    });
    // The state lives as long as the page.
    std::mem::forget(owner);
    let provide = move || {
        provide_context(notices);
        provide_context(embed);
        provide_context(store);
        provide_context(details);
    };
    leptos::mount::mount_to_body(move || {
        provide();
        Effect::new(move |_| store.start());
        view! { <main><backend_roadmap::roadmap::RoadmapSection /></main> }
    });
    // The page prerenders the sections inside the roadmap and hydrates them one by one; here
    // they are mounted into the same list.
    use wasm_bindgen::JsCast;
    let path = backend_roadmap::web::document()
        .and_then(|d| d.query_selector("#roadmap .path").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(path) = path {
        std::mem::forget(leptos::mount::mount_to(path, move || {
            provide();
            view! { <backend_roadmap::roadmap::RoadmapPath /> }
        }));
    }
    measure_render();
}

/// Record `harness-render`: from the start to a laid-out page with every section.
#[cfg(target_arch = "wasm32")]
fn measure_render() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        // Force style and layout so the measure covers a renderable page.
        let _ = backend_roadmap::web::document()
            .and_then(|d| d.body())
            .map(|b| b.offset_height());
        let _ = p.measure_with_start_mark("harness-render", "harness-start");
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("scale-harness runs in the browser: see scripts/bench.sh");
}
