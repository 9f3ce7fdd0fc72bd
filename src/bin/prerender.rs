//! Trunk post_build hook: prerender the App into `$TRUNK_STAGING_DIR/index.html` and write
//! `sw.js` (see `backend_roadmap::prerender`). The page scripts come minified from the folder
//! in `$PAGE_JS` (scripts/post-build.sh), else as written in `js/`.
//! Also usable by hand: `prerender path/to/dist`.

use backend_roadmap::prerender::{
    assets, build_page, css, headers, preview, render, site, PageScripts,
};
use std::{env, fs, path::Path, path::PathBuf, process::ExitCode};

/// Write `sw.js` (after index.html is final): installing the files every address uses, and
/// keeping the code only some use (the built-in page's wasm and its topics' details, the views
/// wasm of a roadmap file or the cohort view) once the page has used it.
fn write_service_worker(dir: &Path, scripts: &PageScripts) -> Result<(), String> {
    let views = &scripts.views;
    let mut files = Vec::new();
    let mut kept = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("listing {}: {e}", dir.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let name = entry.file_name().to_string_lossy().into_owned();
        // Not the host's own files (`_headers`): a host does not serve them. Nor the link
        // preview's image or the roadmap file's schema, which the page never uses.
        let private = name.starts_with('.') || name.starts_with('_');
        let unused = [
            "sw.js",
            preview::IMAGE_FILE,
            backend_roadmap::content::file::SCHEMA_FILE,
        ]
        .contains(&name.as_str());
        if !entry.path().is_file() || private || unused {
            continue;
        }
        let some_addresses = views.contains(&name)
            || name.ends_with(".wasm")
            || name == backend_roadmap::roadmap::DETAILS_FILE
            || (name.ends_with(".js") && name.starts_with(concat!(env!("CARGO_PKG_NAME"), "-")));
        let list = match some_addresses {
            true => &mut kept,
            false => &mut files,
        };
        list.push((name, fs::read(entry.path()).map_err(|e| e.to_string())?));
    }
    files.sort();
    kept.sort();
    let path = dir.join("sw.js");
    fs::write(
        &path,
        assets::service_worker(&scripts.service_worker, &files, &kept)?,
    )
    .map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Draw the link preview's image (`prerender::preview`) in the stylesheet's colours.
fn write_preview_image(dir: &Path) -> Result<(), String> {
    let palette = preview::Palette::from_css(include_str!("../../style/main.css"))?;
    let path = dir.join(preview::IMAGE_FILE);
    fs::write(&path, preview::image(&palette, &site::hero())?)
        .map_err(|e| format!("writing {}: {e}", path.display()))
}

/// Give the stylesheet's dark palette to a dark system setting too (`prerender::css`).
fn write_stylesheets(dir: &Path) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| format!("listing {}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "css") {
            let text = fs::read_to_string(&path).map_err(|e| e.to_string())?;
            fs::write(&path, css::with_system_dark(&text)?)
                .map_err(|e| format!("writing {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

fn run(dir: &Path) -> Result<(), String> {
    let mut scripts = match env::var_os("PAGE_JS") {
        Some(js_dir) => PageScripts::from_dir(Path::new(&js_dir))?,
        None => PageScripts::sources(),
    };
    // The views wasm as scripts/post-build.sh named it (by its content's hash).
    let names: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("listing {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    scripts.views = backend_roadmap::custom::views_files(names.iter().map(String::as_str))
        .ok_or("the views wasm (views-<hash>.js, views_bg-<hash>.wasm) is missing")?;
    let index = dir.join("index.html");
    let page =
        fs::read_to_string(&index).map_err(|e| format!("reading {}: {e}", index.display()))?;
    let page = build_page(&page, &render::app_html(), &scripts)?;
    // `scripts/dev.sh`: let trunk's live-reload script run, and cache nothing.
    let dev = env::var_os("ROADMAP_DEV").is_some();
    let page = match dev {
        true => backend_roadmap::prerender::csp::with_dev_nonce(&page)?,
        false => page,
    };
    // The site's address, when the build is told it: canonical link and og:url.
    let base_url = headers::base_url(env::var(headers::BASE_URL_VAR).ok().as_deref())?;
    let page = match &base_url {
        Some(url) => {
            backend_roadmap::prerender::html::insert_in_head(&page, &headers::address_tags(url))?
        }
        None => page,
    };
    let page = backend_roadmap::prerender::html::insert_in_head(
        &page,
        &preview::tags(base_url.as_deref(), &preview::image_alt(&site::hero())),
    )?;
    write_preview_image(dir)?;
    let (page, details) = backend_roadmap::roadmap::split_details(&page)?;
    let details_file = dir.join(backend_roadmap::roadmap::DETAILS_FILE);
    fs::write(&details_file, details)
        .map_err(|e| format!("writing {}: {e}", details_file.display()))?;
    fs::write(&index, &page).map_err(|e| format!("writing {}: {e}", index.display()))?;
    let embed = dir.join("embed.js");
    fs::write(&embed, assets::embed_script())
        .map_err(|e| format!("writing {}: {e}", embed.display()))?;
    write_stylesheets(dir)?;
    let manifest = dir.join("manifest.webmanifest");
    let text = fs::read_to_string(&manifest).map_err(|e| format!("reading manifest: {e}"))?;
    fs::write(&manifest, site::manifest(&text)?).map_err(|e| format!("writing manifest: {e}"))?;
    match dev {
        true => fs::write(dir.join("sw.js"), assets::DEV_SERVICE_WORKER)
            .map_err(|e| format!("writing sw.js: {e}"))?,
        false => write_service_worker(dir, &scripts)?,
    }
    write_headers(dir, &page)
}

/// Write `_headers` (`prerender::headers`) from the final page and the build's files.
fn write_headers(dir: &Path, page: &str) -> Result<(), String> {
    let policy = headers::page_policy(page).ok_or("the page has no Content-Security-Policy")?;
    let ancestors =
        headers::frame_ancestors(env::var(headers::FRAME_ANCESTORS_VAR).ok().as_deref())?;
    let base = headers::base_path(env::var(headers::BASE_URL_VAR).ok().as_deref());
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("listing {}: {e}", dir.display()))? {
        files.push(
            entry
                .map_err(|e| e.to_string())?
                .file_name()
                .to_string_lossy()
                .into_owned(),
        );
    }
    files.sort();
    let path = dir.join("_headers");
    fs::write(
        &path,
        headers::headers_file(policy, &ancestors, &base, &files),
    )
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
    match run(&dir) {
        Ok(()) => {
            println!("prerender: wrote {}", dir.join("index.html").display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}
