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
    let _ = web_sys::Url::revoke_object_url(&url);
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

/// Copy text to the clipboard; the promise's outcome is not awaited. False where the
/// browser has no clipboard API here (insecure origins, some frames).
pub fn copy_to_clipboard(text: &str) -> bool {
    let clipboard = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    match clipboard {
        Some(c) => {
            let _ = c.write_text(text);
            true
        }
        None => false,
    }
}
