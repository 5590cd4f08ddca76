//! `Element.prototype`'s own methods, called on each element the walk meets: a page cannot
//! shadow them (DOM clobbering), and one cached function saves a property lookup per call.
//! Objects are told by `typeof`, never by `instanceof Object`: in a Firefox content script page
//! objects are Xray wrappers, which are not `instanceof` the script's own `Object`.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// `Element.prototype`'s own `localName` getter and `getAttribute`, called on each element.
/// A `<form>` with an `<input name="id">` or `name="getAttribute"` shadows the element's
/// properties with its inputs (DOM clobbering); the prototype's functions cannot be shadowed.
pub struct ElementApi {
    local_name: Function,
    get_attribute: Function,
    /// `hasAttributes`: most elements have none, and then five attribute reads are saved.
    has_attributes: Function,
    /// `checkVisibility` where the browser has it: one cheap call for the common visible case.
    check_visibility: Option<Function>,
    /// `{visibilityProperty: true}`: `visibility: hidden` counts as invisible too.
    visibility_options: Object,
    /// The `shadowRoot` getter: an open shadow root or null.
    shadow_root: Function,
}

impl ElementApi {
    pub fn new() -> Result<ElementApi, JsValue> {
        let class = Reflect::get(&js_sys::global(), &"Element".into())?;
        let prototype = object(Reflect::get(&class, &"prototype".into())?)
            .ok_or_else(|| js_sys::Error::new("hashiya: no Element.prototype"))?;
        let local_name =
            Reflect::get(&Object::get_own_property_descriptor(&prototype, &"localName".into()), &"get".into())?;
        let get_attribute = Reflect::get(&prototype, &"getAttribute".into())?;
        let has_attributes = Reflect::get(&prototype, &"hasAttributes".into())?;
        let check_visibility = Reflect::get(&prototype, &"checkVisibility".into())?.dyn_into::<Function>().ok();
        let shadow_root =
            Reflect::get(&Object::get_own_property_descriptor(&prototype, &"shadowRoot".into()), &"get".into())?;
        let visibility_options = Object::new();
        Reflect::set(&visibility_options, &"visibilityProperty".into(), &JsValue::TRUE)?;
        Ok(ElementApi {
            local_name: local_name.dyn_into()?,
            get_attribute: get_attribute.dyn_into()?,
            has_attributes: has_attributes.dyn_into()?,
            check_visibility,
            visibility_options,
            shadow_root: shadow_root.dyn_into()?,
        })
    }

    /// Whether the element surely renders visibly; `false` also when unsure (no box, no API).
    pub fn surely_visible(&self, element: &Element) -> bool {
        self.check_visibility
            .as_ref()
            .and_then(|check| check.call1(element, &self.visibility_options).ok())
            .is_some_and(|visible| visible.is_truthy())
    }

    /// The lowercase tag name (empty for an element the getter rejects).
    pub fn tag(&self, element: &Element) -> String {
        self.local_name.call0(element).ok().and_then(|v| v.as_string()).unwrap_or_default()
    }

    /// The element's open shadow root (closed ones cannot be read, and are not).
    pub fn shadow_root(&self, element: &Element) -> Option<Object> {
        self.shadow_root.call0(element).ok().and_then(object)
    }

    pub fn has_attributes(&self, element: &Element) -> bool {
        self.has_attributes.call0(element).map_or(true, |v| v.is_truthy())
    }

    pub fn attribute(&self, element: &Element, name: &str) -> Option<String> {
        self.get_attribute.call1(element, &name.into()).ok().and_then(|v| v.as_string())
    }
}

/// `value` as an object when it is one (`typeof` "object" and not null), whatever realm made it.
fn object(value: JsValue) -> Option<Object> {
    value.is_object().then(|| value.unchecked_into())
}
