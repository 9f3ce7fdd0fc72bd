//! Service worker registration and the "new version ready" hand-over.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Absent on insecure origins; reading it throws in a sandboxed frame without
    // allow-same-origin, which `Reflect::get` turns into an `Err` instead of an abort.
    js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// Register `./sw.js`. `on_update` runs when a new deployment's worker is installed and
/// waiting while an older one controls the page.
pub fn register(on_update: impl Fn() + 'static) {
    let Some(container) = container() else { return };
    let on_update = std::rc::Rc::new(on_update);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.register("./sw.js")).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let has_controller = move || container.controller().is_some();
        if reg.waiting().is_some() && has_controller() {
            on_update();
        }
        let reg_for_found = reg.clone();
        let found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = reg_for_found.installing() else {
                return;
            };
            let watched = worker.clone();
            let on_update = on_update.clone();
            let has_controller = has_controller.clone();
            let changed = Closure::<dyn FnMut()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed && has_controller() {
                    on_update();
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
}

/// Let the waiting worker take over, then reload into the new version; with no worker
/// waiting (none installed yet, or no service worker here), a plain reload.
pub fn activate_update() {
    let plain_reload = || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    let Some(container) = container() else {
        return plain_reload();
    };
    let reload = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(ready) = container.ready() else { return };
        let Ok(reg) = JsFuture::from(ready).await else {
            return;
        };
        if let Some(waiting) = reg
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        {
            let message = js_sys::Object::new();
            let _ =
                js_sys::Reflect::set(&message, &"type".into(), &JsValue::from_str("skip-waiting"));
            let _ = waiting.post_message(&message);
        } else {
            plain_reload();
        }
    });
}
