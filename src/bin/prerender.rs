//! Trunk post_build hook: prerender the App into `$TRUNK_STAGING_DIR/index.html`.
//! Also usable by hand: `prerender path/to/dist`.

use std::{env, fs, path::PathBuf, process::ExitCode};

/// Write `sw.js` precaching every file of the build (after index.html is final).
fn write_service_worker(dir: &std::path::Path) -> Result<(), String> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("listing {}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_file() && !name.starts_with('.') && name != "sw.js" {
            files.push((name, fs::read(entry.path()).map_err(|e| e.to_string())?));
        }
    }
    files.sort();
    let path = dir.join("sw.js");
    fs::write(&path, backend_roadmap::prerender::service_worker(&files))
        .map_err(|e| format!("writing {}: {e}", path.display()))
}

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
        })
        .and_then(|()| write_service_worker(&dir));
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
