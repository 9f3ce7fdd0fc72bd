//! File download and upload helpers.

use wasm_bindgen::JsCast;

/// Offer `text` to the learner as a downloaded file.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_| "your browser refused to create the file".to_string();
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = super::document().ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "no anchor")?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Revoked a minute later, not at once: Safari fetches the file after the click returns and
    // drops a download whose address is already revoked.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// Read a picked file as bytes, refusing files over `max_bytes` before reading them.
pub async fn read_file(file: web_sys::File, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    let size = file.size() as usize;
    if size > max_bytes {
        return Err(ReadError::TooLarge(size));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Why a picked file could not be read.
pub enum ReadError {
    TooLarge(usize),
    Unreadable,
}

/// An import file that could not be read is refused as its codec refuses one: too large, or
/// not text.
impl From<ReadError> for crate::progress::DecodeError {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::TooLarge(n) => Self::TooLarge(n),
            ReadError::Unreadable => Self::NotText,
        }
    }
}

/// The browser's `navigator.share`, where it has one.
fn share_function() -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into()).ok()?;
    Some((navigator, share.dyn_into().ok()?))
}

/// Whether the browser offers a system share sheet.
pub fn has_share_sheet() -> bool {
    share_function().is_some()
}

/// Offer `url` (progress on the roadmap titled `title`) to the system share sheet. A sheet the
/// learner closes says nothing; a browser that refuses points to Copy link.
pub fn share_sheet(url: String, title: &str, notices: crate::notices::Notices) {
    let Some((navigator, share)) = share_function() else {
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &data,
        &"title".into(),
        &format!("{title}: my progress").into(),
    );
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let Ok(promise) = share.call1(&navigator, &data) else {
        notices.info("Sharing is not available here: use Copy link.");
        return;
    };
    let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
        return;
    };
    leptos::task::spawn_local(async move {
        if let Err(e) = wasm_bindgen_futures::JsFuture::from(promise).await {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() != Some("AbortError") {
                notices.info("Sharing did not work here: use Copy link.");
            }
        }
    });
}

/// What the page says when the browser refuses to copy: the text is selected instead.
pub const COPY_BLOCKED: &str = "Copying is blocked here, so the text is selected: press Ctrl+C (\u{2318}C on a Mac), or long-press it and choose Copy.";

/// Copy `text` to the clipboard: true once the clipboard has it; false when the browser
/// refuses (a frame not allowed to write to the clipboard, a denied permission) or has no
/// clipboard here (an insecure origin).
async fn copy_to_clipboard(text: &str) -> bool {
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    match clipboard {
        Some(c) => wasm_bindgen_futures::JsFuture::from(c.write_text(text))
            .await
            .is_ok(),
        None => false,
    }
}

/// Copy `text` and say how it went: `done` once the clipboard has it; otherwise the text is
/// focused and selected in the field `field_id` (an input or textarea showing it), and the
/// page says how to copy it by hand. Never claims a copy that did not happen.
pub fn copy_or_select(
    text: String,
    field_id: &'static str,
    notices: crate::notices::Notices,
    done: &'static str,
) {
    leptos::task::spawn_local(async move {
        if copy_to_clipboard(&text).await {
            notices.info(done);
            return;
        }
        if let Some(field) = super::document()
            .and_then(|d| d.get_element_by_id(field_id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = field.focus();
            // `select()` exists on inputs and textareas alike.
            if let Ok(select) = js_sys::Reflect::get(&field, &"select".into()) {
                if let Ok(select) = select.dyn_into::<js_sys::Function>() {
                    let _ = select.call0(&field);
                }
            }
        }
        notices.info(COPY_BLOCKED);
    });
}
