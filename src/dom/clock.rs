//! Stage timings for `annotatePage` results (`performance.now()`, milliseconds), so the
//! benchmark can report where a page's time goes without a profiler.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// A stopwatch over `performance.now()`; reads 0 where there is none.
pub struct Clock {
    now: Option<(JsValue, Function)>,
    last: f64,
    laps: Vec<(&'static str, f64)>,
}

impl Clock {
    pub fn start() -> Clock {
        let performance = Reflect::get(&js_sys::global(), &"performance".into()).ok().filter(|p| p.is_object());
        let now = performance.and_then(|p| {
            let f = Reflect::get(&p, &"now".into()).ok()?.dyn_into::<Function>().ok()?;
            Some((p, f))
        });
        let mut clock = Clock { now, last: 0.0, laps: Vec::new() };
        clock.last = clock.read();
        clock
    }

    fn read(&self) -> f64 {
        self.now.as_ref().and_then(|(p, f)| f.call0(p).ok()?.as_f64()).unwrap_or(0.0)
    }

    /// Ends the stage called `name`.
    pub fn lap(&mut self, name: &'static str) {
        let now = self.read();
        self.laps.push((name, now - self.last));
        self.last = now;
    }

    /// `{stage: milliseconds, ...}` in the order the stages ran.
    pub fn to_object(&self) -> Result<Object, JsValue> {
        let object = Object::new();
        for (name, ms) in &self.laps {
            Reflect::set(&object, &(*name).into(), &(*ms).into())?;
        }
        Ok(object)
    }
}

thread_local! {
    /// `performance.now` and its `performance`, looked up once.
    static NOW: Option<(JsValue, Function)> = Clock::start().now;
}

/// `performance.now()` in milliseconds (0 where there is none): deadlines of work done in slices.
pub fn now() -> f64 {
    NOW.with(|now| now.as_ref().and_then(|(p, f)| f.call0(p).ok()?.as_f64()).unwrap_or(0.0))
}
