//! Benchmark-only harness (never shipped): mounts the real roadmap component with N synthetic
//! topics (`?n=2000`) and records the time to first render in `performance` as
//! `harness-render`. Built by `scripts/bench.sh` from `bench/index.html`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use backend_roadmap::content::{Link, Roadmap, RoadmapData, Section, Topic};

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
    let roadmap = Roadmap(Box::leak(Box::new(RoadmapData {
        id: "scale-harness",
        title: "Scale harness",
        sections,
        projects: &[],
        faq: &[],
    })));
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("harness-start");
    }
    let body = backend_roadmap::web::document().and_then(|d| d.body());
    if let Some(body) = body {
        let main: web_sys::HtmlElement = body
            .owner_document()
            .and_then(|d| d.create_element("main").ok())
            .map(wasm_bindgen::JsCast::unchecked_into)
            .expect("a main element");
        let _ = body.append_child(&main);
        let store = backend_roadmap::roadmap::mount_standalone(main, roadmap);
        store.start();
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
