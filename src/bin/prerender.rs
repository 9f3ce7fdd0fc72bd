//! Trunk post_build hook: prerender the App into `$TRUNK_STAGING_DIR/index.html`.
//! Also usable by hand: `prerender path/to/dist`.

use std::{env, fs, path::PathBuf, process::ExitCode};

fn main() -> ExitCode {
    let dir = env::args()
        .nth(1)
        .or_else(|| env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("prerender: pass the dist folder, or run as a trunk hook (TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    let index = dir.join("index.html");
    let result = fs::read_to_string(&index)
        .map_err(|e| format!("reading {}: {e}", index.display()))
        .and_then(|page| {
            backend_roadmap::prerender::build_page(&page, &backend_roadmap::prerender::render_app())
        })
        .and_then(|page| {
            fs::write(&index, page).map_err(|e| format!("writing {}: {e}", index.display()))
        });
    match result {
        Ok(()) => {
            println!("prerender: wrote {}", index.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
