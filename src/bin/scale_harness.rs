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
                time_to_learn: "1 day",
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
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(p) = &performance {
        let _ = p.mark("harness-start");
    }
    leptos::mount::mount_to_body(move || {
        backend_roadmap::notices::provide_notices();
        backend_roadmap::embed::provide_embed();
        let store = backend_roadmap::store::provide_store(roadmap);
        Effect::new(move |_| store.start());
        view! { <main><backend_roadmap::roadmap::RoadmapSection /></main> }
    });
    if let Some(p) = &performance {
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
