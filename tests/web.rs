//! The DOM layer in a real browser (headless Chromium through chromedriver):
//! `env -u GECKODRIVER CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`
#![cfg(target_arch = "wasm32")]

use hashiya::dom::{
    annotate_page, annotate_text, article_blocks, clear_annotations, paint_page, read_page, read_page_slice,
    start_read_page, HIGHLIGHT_NAMES,
};
use js_sys::{Array, JsString, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Document, Element, Range};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A test page: markup appended to the body, removed when the guard drops.
struct Fixture(Element);

impl Fixture {
    fn new(markup: &str) -> Fixture {
        let host = document().create_element("div").unwrap();
        host.set_inner_html(markup); // test markup only: the library never writes HTML
        document().body().unwrap().append_child(&host).unwrap();
        Fixture(host)
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = clear_annotations();
        self.0.remove();
    }
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &(*key).into(), &(*value).into()).unwrap();
    }
    object.into()
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

fn error_message(error: wasm_bindgen::JsError) -> String {
    let value: JsValue = error.into();
    assert!(value.is_instance_of::<js_sys::Error>(), "help: errors reach JS as Error objects");
    get(&value, "message").as_string().unwrap()
}

/// The ranges of one registered highlight.
fn ranges(name: &str) -> Vec<Range> {
    let Some(highlight) = web_sys::css::JsNamespaceCss::highlights().get(name) else { return Vec::new() };
    highlight.values().into_iter().map(|r| r.unwrap().dyn_into::<Range>().unwrap()).collect()
}

fn painted(name: &str) -> Vec<String> {
    ranges(name).iter().map(|r| String::from(r.to_string())).collect()
}

fn registered() -> Vec<String> {
    let registry = web_sys::css::JsNamespaceCss::highlights();
    HIGHLIGHT_NAMES.iter().filter(|n| registry.has(n)).map(|n| n.to_string()).collect()
}

#[wasm_bindgen_test]
fn arabic_names_are_painted_under_five_highlight_names() {
    let page = Fixture::new("<p>قال الرئيس الأمريكي <b>جو بايدن</b> في واشنطن إن المحادثات مع العراق كانت مثمرة.</p>");
    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    assert_eq!(registered(), HIGHLIGHT_NAMES, "help: all five names are registered, even when empty");
    assert_eq!(painted("hashiya-PER"), ["جو بايدن"]);
    assert_eq!(painted("hashiya-LOC"), ["واشنطن", "العراق"]);
    assert_eq!(painted("hashiya-MISC"), ["الأمريكي"], "help: nisba adjectives are MISC");
    let entities = Array::from(&get(&found, "entities"));
    let texts: Vec<String> = entities.iter().map(|e| get(&e, "text").as_string().unwrap()).collect();
    assert_eq!(texts, ["الأمريكي", "جو بايدن", "واشنطن", "العراق"], "help: the result lists what was painted");
    assert_eq!(get(&found, "lang").as_string().unwrap(), "ar");
    let timings = get(&found, "timings");
    let stages: Vec<String> =
        Object::keys(timings.unchecked_ref::<Object>()).iter().map(|k| k.as_string().unwrap()).collect();
    assert_eq!(stages, ["collect", "body", "annotate", "paint"]);
    assert!(stages.iter().all(|s| get(&timings, s).as_f64().is_some_and(|ms| ms >= 0.0)));
}

#[wasm_bindgen_test]
fn english_names_are_painted_across_inline_elements() {
    let page = Fixture::new("<p>In <i>Berlin</i>, Angela <span>Merkel</span> met Emmanuel Macron.</p>");
    annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    assert_eq!(painted("hashiya-LOC"), ["Berlin"]);
    assert_eq!(painted("hashiya-PER"), ["Angela Merkel", "Emmanuel Macron"]);
}

#[wasm_bindgen_test]
fn quotes_are_painted_under_the_names_inside_them() {
    let page = Fixture::new(
        "<p>Barack Obama said: \"We will not leave Iraq before the job is done.\"</p>\
         <p>وأضاف الكاظمي أن \"العراق سيظل يطلب تدريب الولايات المتحدة وجمع معلومات استخبارية\".</p>",
    );
    annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    assert_eq!(
        painted("hashiya-QUOTE"),
        [
            "We will not leave Iraq before the job is done.",
            "العراق سيظل يطلب تدريب الولايات المتحدة وجمع معلومات استخبارية"
        ]
    );
    assert!(painted("hashiya-LOC").contains(&"Iraq".to_string()));
}

#[wasm_bindgen_test]
fn clearing_restores_the_markup_byte_for_byte() {
    let page = Fixture::new(
        "<article><h1>Talks in <em>Vienna</em></h1><p>Barack Obama visited Paris on Monday, officials said.</p>\
         <p>😀 The United Nations &amp; the &lt;press&gt;\u{00AD}.</p><textarea>Paris</textarea></article>",
    );
    let body = document().body().unwrap();
    let before = body.inner_html();
    annotate_page(page.0.clone().into(), JsValue::UNDEFINED).unwrap();
    assert!(!painted("hashiya-PER").is_empty());
    assert_eq!(body.inner_html(), before, "help: painting must not touch the DOM");
    let sheets = document().adopted_style_sheets().length();
    assert!(sheets >= 1, "help: the colours come from an adopted style sheet");
    // A shell's panel host and extra highlights go too.
    let panel = document().create_element("div").unwrap();
    panel.set_id("hashiya-panel");
    body.append_child(&panel).unwrap();
    let flash = web_sys::Highlight::new(&[]).unwrap();
    web_sys::css::JsNamespaceCss::highlights().set("hashiya-focus", &flash);
    clear_annotations().unwrap();
    assert_eq!(body.inner_html(), before);
    assert!(!web_sys::css::JsNamespaceCss::highlights().has("hashiya-focus"));
    assert!(registered().is_empty(), "help: clear removes every hashiya highlight");
    assert_eq!(document().adopted_style_sheets().length(), sheets - 1);
    clear_annotations().unwrap(); // twice is fine
}

#[wasm_bindgen_test]
fn skipped_elements_are_not_page_text() {
    let page = Fixture::new(
        "<p>Visible Paris.</p>\
         <script>var Rome = 1;</script><style>.London{}</style><noscript>Madrid</noscript>\
         <template><p>Lisbon</p></template><textarea>Oslo</textarea><input value=\"Vienna\">\
         <select><option>Prague</option></select>\
         <div contenteditable=\"true\">Athens</div><div contenteditable=\"false\">Dublin</div>\
         <div hidden>Warsaw</div><div style=\"display:none\">Berlin</div><p style=\"visibility:hidden\">Sofia</p>\
         <div aria-hidden=\"true\">Riga</div><div id=\"hashiya-panel\">Tallinn</div>\
         <div style=\"visibility:hidden\">Vilnius <span style=\"visibility:visible\">Visible Bern.</span></div>",
    );
    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    let text = get(&found, "text").as_string().unwrap();
    assert!(text.contains("Visible Paris."));
    assert!(text.contains("Dublin"), "help: contenteditable=false is page text");
    assert!(text.contains("Visible Bern."), "help: visibility is inherited and can be turned back on");
    for hidden in ["Rome", "London", "Madrid", "Lisbon", "Oslo", "Vienna", "Prague", "Athens", "Warsaw", "Berlin"] {
        assert!(!text.contains(hidden), "help: {hidden} is not page text: {text:?}");
    }
    for hidden in ["Sofia", "Riga", "Tallinn", "Vilnius"] {
        assert!(!text.contains(hidden), "help: {hidden} is not page text: {text:?}");
    }
}

#[wasm_bindgen_test]
fn forms_that_shadow_element_properties_are_read_safely() {
    // Named inputs shadow a form's own properties (`form.id` is the input here).
    let page = Fixture::new(
        "<form id=\"search\"><input name=\"id\"><input name=\"localName\"><input name=\"getAttribute\">\
         <label>Search Paris</label></form><p>Barack Obama visited Paris.</p>",
    );
    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    assert!(get(&found, "text").as_string().unwrap().ends_with("Barack Obama visited Paris."));
    assert_eq!(painted("hashiya-PER"), ["Barack Obama"]);
}

#[wasm_bindgen_test]
fn blocks_and_breaks_become_lines() {
    let page =
        Fixture::new("<div>one<p>two</p>three<br>four <b>five</b>\n six</div><ul><li>seven</li><li>eight</li></ul>");
    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    assert_eq!(get(&found, "text").as_string().unwrap(), "one\ntwo\nthree\nfour five  six\nseven\neight");
}

#[wasm_bindgen_test]
fn emoji_and_lone_surrogates_map_to_the_right_nodes() {
    let page =
        Fixture::new("<p><span>😀👩\u{200D}💻</span><b>Barack</b> Obama visited <i>\u{0640}Paris</i> today.</p>");
    // A lone surrogate cannot be written in Rust; JS puts one before the emoji.
    let span = page.0.query_selector("span").unwrap().unwrap();
    let lone = JsString::from_char_code1(0xD800);
    Reflect::apply(&get(&span, "prepend").into(), &span, &Array::of1(&lone)).unwrap();

    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page"), ("lang", "en")])).unwrap();
    let per = ranges("hashiya-PER");
    assert_eq!(per.len(), 1);
    let bold = page.0.query_selector("b").unwrap().unwrap().first_child().unwrap();
    let after_bold = page.0.query_selector("b").unwrap().unwrap().next_sibling().unwrap();
    assert_eq!(per[0].start_container().unwrap(), bold);
    assert_eq!(per[0].start_offset().unwrap(), 0);
    assert_eq!(per[0].end_container().unwrap(), after_bold);
    assert_eq!(per[0].end_offset().unwrap(), " Obama".len() as u32);
    assert_eq!(String::from(per[0].to_string()), "Barack Obama");

    // Offsets in the result are UTF-16 indices into its text, lone surrogate included, and
    // each entity carries the range painted for it.
    let text: JsString = get(&found, "text").dyn_into().unwrap();
    for entity in Array::from(&get(&found, "entities")).iter() {
        let (start, end) = (get(&entity, "start").as_f64().unwrap(), get(&entity, "end").as_f64().unwrap());
        let slice = String::from(text.substring(start as u32, end as u32));
        assert_eq!(slice, get(&entity, "text").as_string().unwrap());
        let range: Range = get(&entity, "range").dyn_into().unwrap();
        assert_eq!(String::from(range.to_string()), slice);
    }
    let names: Vec<String> = painted("hashiya-LOC");
    assert!(names.iter().all(|n| n.ends_with("Paris")), "help: LOC painted {names:?}");
}

#[wasm_bindgen_test]
fn the_article_is_annotated_and_the_furniture_is_not() {
    let story = "Officials in Vienna said on Monday that the flood barriers, raised after 2002, had held overnight.";
    let page = Fixture::new(&format!(
        "<nav><a href=\"#\">Berlin</a> <a href=\"#\">Madrid</a></nav>\
         <article><h1>Vienna holds</h1><p>{story}</p><p>{story}</p><p>{story}</p>\
         <p>Read more: <a href=\"#\">Paris prepares for the Seine</a></p></article>\
         <aside class=\"related\"><p>Rome, Athens and Lisbon are in the most read stories of the week today.</p></aside>\
         <footer><p>Sign up for the London newsletter.</p></footer>"
    ));
    let found = annotate_page(page.0.clone().into(), JsValue::UNDEFINED).unwrap();
    let text = get(&found, "text").as_string().unwrap();
    assert!(text.starts_with("Vienna holds\n"), "help: {text:?}");
    assert!(text.ends_with("had held overnight."), "help: {text:?}");
    let places = painted("hashiya-LOC");
    assert!(places.iter().all(|p| p == "Vienna"), "help: only the article's places: {places:?}");
}

#[wasm_bindgen_test]
fn article_blocks_picks_the_article_from_plain_block_data() {
    // What fallback.js sends: the body, a nav, the article with three paragraphs and a
    // "read more" line, a related box and a footer.
    let story = "Officials in Vienna said on Monday that the flood barriers, raised after 2002, had held overnight.";
    let blocks = format!(
        r#"[{{"parent":null,"tag":"BODY","hints":"","text":"","links":0}},
            {{"parent":0,"tag":"nav","hints":"","text":"Berlin Madrid","links":12}},
            {{"parent":0,"tag":"article","hints":"post","text":"","links":0}},
            {{"parent":2,"tag":"h1","hints":"","text":"Vienna holds","links":0}},
            {{"parent":2,"tag":"p","hints":"","text":"{story}","links":0}},
            {{"parent":2,"tag":"p","hints":"","text":"{story}","links":0}},
            {{"parent":2,"tag":"p","hints":"","text":"{story}","links":0}},
            {{"parent":2,"tag":"p","hints":"read-more","text":"Read more: Paris prepares for the Seine","links":26}},
            {{"parent":0,"tag":"aside","hints":"related","text":"","links":0}},
            {{"parent":8,"tag":"p","hints":"","text":"Rome, Athens and Lisbon are in the most read stories of the week today.","links":0}},
            {{"parent":0,"tag":"footer","hints":"","text":"","links":0}},
            {{"parent":10,"tag":"p","hints":"","text":"Sign up for the London newsletter.","links":0}}]"#
    );
    let keep = article_blocks(js_sys::JSON::parse(&blocks).unwrap()).unwrap();
    let keep: Vec<bool> = Array::from(&keep).iter().map(|k| k.as_bool().unwrap()).collect();
    assert_eq!(keep.len(), 12);
    assert_eq!(&keep[3..7], &[true; 4], "help: the headline and the story: {keep:?}");
    for furniture in [1, 7, 8, 9, 10, 11] {
        assert!(!keep[furniture], "help: block {furniture} is furniture: {keep:?}");
    }
    // Empty input is no article; bad input is a clear error, not a panic.
    assert_eq!(Array::from(&article_blocks(Array::new().into()).unwrap()).length(), 0);
    let bad = article_blocks(js_sys::JSON::parse(r#"[{"parent":0,"tag":5}]"#).unwrap()).unwrap_err();
    assert!(error_message(bad).contains("articleBlocks needs"));
    assert!(article_blocks(JsValue::from("body")).is_err());
}

#[wasm_bindgen_test]
fn annotate_text_counts_utf16_units() {
    let found = annotate_text("😀 Barack Obama visited Paris.", JsValue::UNDEFINED).unwrap();
    let first = Array::from(&get(&found, "entities")).get(0);
    assert_eq!(get(&first, "text").as_string().unwrap(), "Barack Obama");
    assert_eq!(get(&first, "start").as_f64(), Some(3.0), "help: the emoji is two UTF-16 units");
    assert_eq!(get(&first, "type").as_string().unwrap(), "PER");
    assert!(get(&found, "quotes").is_array());
    let empty = annotate_text("", JsValue::NULL).unwrap();
    assert_eq!(Array::from(&get(&empty, "entities")).length(), 0);
}

#[wasm_bindgen_test]
fn options_are_parsed_strictly() {
    let unknown = annotate_text("x", options(&[("language", "ar")])).unwrap_err();
    assert!(error_message(unknown).contains("unknown option `language`"));
    let bad_lang = annotate_text("x", options(&[("lang", "fr")])).unwrap_err();
    assert!(error_message(bad_lang).contains("`lang` must be"));
    let scope_in_text = annotate_text("x", options(&[("scope", "page")])).unwrap_err();
    assert!(error_message(scope_in_text).contains("unknown option `scope`"));
    assert!(annotate_text("x", JsValue::from(5)).is_err());
    assert!(annotate_text("x", Array::new().into()).is_err());
    assert!(annotate_text("x", options(&[("lang", "ar")])).is_ok());
    let not_a_node = annotate_page(JsValue::from("body"), JsValue::UNDEFINED).unwrap_err();
    assert!(error_message(not_a_node).contains("needs a DOM node"));
    let bad_scope = annotate_page(JsValue::UNDEFINED, options(&[("scope", "all")])).unwrap_err();
    assert!(error_message(bad_scope).contains("`scope` must be"));
}

#[wasm_bindgen_test]
fn a_document_or_a_detached_element_can_be_the_root() {
    let page = Fixture::new("<p>Barack Obama visited Paris on Monday.</p>");
    let found = annotate_page(document().into(), options(&[("scope", "page")])).unwrap();
    assert!(get(&found, "text").as_string().unwrap().contains("Barack Obama visited Paris on Monday."));
    drop(page);

    let detached = document().create_element("div").unwrap();
    detached.set_inner_html("<p>Angela Merkel met Emmanuel Macron in Berlin.</p>");
    let found = annotate_page(detached.into(), options(&[("scope", "page")])).unwrap();
    assert_eq!(get(&found, "text").as_string().unwrap(), "Angela Merkel met Emmanuel Macron in Berlin.");
    assert_eq!(painted("hashiya-PER"), ["Angela Merkel", "Emmanuel Macron"]);
    clear_annotations().unwrap();
}

/// Runs `f` as in a browser without the CSS Custom Highlight API (`CSS.highlights` and
/// `Highlight` deleted), then puts them back. Assert after it: a panic inside would abort the
/// test with the API still gone (wasm has no unwinding) and fail every later test too.
fn without_highlight_api<T>(f: impl FnOnce() -> T) -> T {
    let global: Object = js_sys::global().unchecked_into();
    let css: Object = get(&global, "CSS").unchecked_into();
    let mut saved = Vec::new();
    for (owner, key) in [(css, "highlights"), (global, "Highlight")] {
        let descriptor = Object::get_own_property_descriptor(&owner, &key.into());
        if Reflect::delete_property(&owner, &key.into()).unwrap_or(false) && !descriptor.is_undefined() {
            saved.push((owner, key, descriptor));
        }
    }
    let gone = get(&get(&js_sys::global(), "CSS"), "highlights").is_undefined();
    let result = f();
    for (owner, key, descriptor) in saved {
        Object::define_property(&owner, &key.into(), descriptor.unchecked_ref());
    }
    assert!(gone, "help: CSS.highlights could not be deleted");
    result
}

fn marks(root: &Element, selector: &str) -> Vec<String> {
    let found = root.query_selector_all(selector).unwrap();
    (0..found.length()).map(|i| found.item(i).unwrap().text_content().unwrap()).collect()
}

#[derive(Debug, Default)]
struct Seen {
    per: Vec<String>,
    loc: Vec<String>,
    quote: Vec<String>,
    loc_in_quote: Vec<String>,
    descriptions: Vec<String>,
    ranges: Vec<(String, String)>,
    changed: bool,
    cleared: String,
    own_text_nodes: u32,
    loc_again: Vec<String>,
    cleared_again: String,
}

#[wasm_bindgen_test]
fn without_the_highlight_api_marks_wrap_names_and_quotes_and_come_out_exactly() {
    let page = Fixture::new(
        "<p>قال الرئيس الأمريكي <b>جو بايدن</b> إن المحادثات مع العراق كانت مثمرة.</p>\
         <p>Barack Obama said: \"We will not leave Iraq before the job is done.\"</p><p id=\"two\">Yesterday Barack</p>",
    );
    // The page's own adjacent text nodes, which clearing must not merge.
    let two = page.0.query_selector("#two").unwrap().unwrap();
    two.append_child(&document().create_text_node(" Obama visited Paris.")).unwrap();
    let body = document().body().unwrap();
    let before = body.inner_html();

    let seen = without_highlight_api(|| {
        let mut seen = Seen::default();
        let Ok(found) = annotate_page(page.0.clone().into(), options(&[("scope", "page")])) else { return seen };
        seen.per = marks(&page.0, "hashiya-mark[data-kind=PER]");
        seen.loc = marks(&page.0, "hashiya-mark[data-kind=LOC]");
        seen.quote = marks(&page.0, "hashiya-mark[data-kind=QUOTE]");
        seen.loc_in_quote = marks(&page.0, "hashiya-mark[data-kind=QUOTE] > hashiya-mark[data-kind=LOC]");
        let all = page.0.query_selector_all("hashiya-mark").unwrap();
        for i in 0..all.length() {
            let mark: Element = all.item(i).unwrap().unchecked_into();
            let id = mark.get_attribute("aria-describedby").unwrap_or_default();
            seen.descriptions
                .push(document().get_element_by_id(&id).and_then(|d| d.text_content()).unwrap_or_default());
        }
        for item in Array::from(&get(&found, "entities")).iter().chain(Array::from(&get(&found, "quotes")).iter()) {
            let range = get(&item, "range").dyn_into::<Range>().map(|r| String::from(r.to_string()));
            seen.ranges.push((range.unwrap_or_default(), get(&item, "text").as_string().unwrap_or_default()));
        }
        seen.changed = body.inner_html() != before;
        let _ = clear_annotations();
        seen.cleared = body.inner_html();
        seen.own_text_nodes = two.child_nodes().length();
        let _ = annotate_page(page.0.clone().into(), options(&[("scope", "page")]));
        seen.loc_again = marks(&page.0, "hashiya-mark[data-kind=LOC]");
        let _ = clear_annotations();
        seen.cleared_again = body.inner_html();
        seen
    });
    assert_eq!(seen.per, ["جو بايدن", "Barack Obama", "Barack", " Obama"]);
    assert_eq!(seen.loc, ["العراق", "Iraq", "Paris"]);
    assert_eq!(seen.quote, ["We will not leave Iraq before the job is done."], "help: one quote mark per text node");
    assert_eq!(seen.loc_in_quote, ["Iraq"], "help: a name inside a quote is a mark inside the quote's mark");
    assert!(!seen.descriptions.is_empty());
    assert!(seen.descriptions.iter().all(|d| !d.is_empty()), "help: every mark is described: {:?}", seen.descriptions);
    assert!(seen.ranges.len() >= 6);
    for (range, text) in &seen.ranges {
        assert_eq!(range, text, "help: each item's range covers its marks, across text nodes too");
    }
    assert!(seen.changed);
    assert_eq!(seen.cleared, before, "help: clearing takes the marks and the legend out exactly");
    assert_eq!(seen.own_text_nodes, 2, "help: only the text nodes hashiya split are merged back");
    assert_eq!(seen.loc_again, seen.loc, "help: the restored page annotates the same again");
    assert_eq!(seen.cleared_again, before);
}

#[wasm_bindgen_test]
fn without_the_highlight_api_a_word_is_never_split() {
    // Names written with a prefixed preposition or conjunction (بواشنطن, وبايدن), a suffix
    // glued to an English name, and a name across two text nodes inside one word.
    let page = Fixture::new(
        "<p>وصل الرئيس إلى بغداد ثم توجه وفد من العراق بواشنطن للقاء مسؤولين وبايدن.</p>\
         <p>Officials said the Obamas flew to Paris'ian suburbs, and Ber<b>lin</b>ers cheered.</p>",
    );
    let body = document().body().unwrap();
    let before = body.inner_html();
    let (splits, places, text, cleared) = without_highlight_api(|| {
        let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")]));
        let text = found.map(|f| get(&f, "text").as_string().unwrap_or_default()).unwrap_or_default();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        let all = page.0.query_selector_all("hashiya-mark").unwrap();
        let mut splits = Vec::new();
        for i in 0..all.length() {
            let mark = all.item(i).unwrap();
            let inside = mark.text_content().unwrap_or_default();
            // A split leaves a text node beside the mark (the page's own elements may cut a word).
            let text_of = |n: Option<web_sys::Node>| n.filter(|n| n.node_type() == 3).and_then(|n| n.text_content());
            let left = text_of(mark.previous_sibling()).unwrap_or_default();
            let right = text_of(mark.next_sibling()).unwrap_or_default();
            if (word(left.chars().last()) && word(inside.chars().next()))
                || (word(inside.chars().last()) && word(right.chars().next()))
            {
                splits.push(format!("{left}|{inside}|{right}"));
            }
        }
        let places = marks(&page.0, "hashiya-mark[data-kind=LOC]");
        let _ = clear_annotations();
        (splits, places, text, body.inner_html())
    });
    assert!(!places.is_empty(), "help: places painted in {text:?}");
    assert!(places.iter().any(|p| p == "بواشنطن"), "help: the whole word بواشنطن is wrapped: {places:?}");
    assert_eq!(splits, Vec::<String>::new(), "help: no mark starts or ends inside a word");
    assert_eq!(cleared, before);
}

/// Attaches a shadow root to `host` with test markup; returns it.
fn shadow(host: &Element, mode: &str, markup: &str) -> JsValue {
    let init = Object::new();
    Reflect::set(&init, &"mode".into(), &mode.into()).unwrap();
    let attach: js_sys::Function = get(host, "attachShadow").unchecked_into();
    let root = attach.call1(host, &init).unwrap();
    Reflect::set(&root, &"innerHTML".into(), &markup.into()).unwrap(); // test markup only
    root
}

fn inner_html(node: &JsValue) -> String {
    get(node, "innerHTML").as_string().unwrap()
}

#[wasm_bindgen_test]
fn open_shadow_roots_are_read_and_painted_in_place() {
    let page = Fixture::new(
        "<div id=\"open\"><span slot=\"who\">Angela Merkel</span></div>\
         <div id=\"closed\"><span>Hidden light text.</span></div><p>Emmanuel Macron visited Paris.</p>",
    );
    let open = page.0.query_selector("#open").unwrap().unwrap();
    let root = shadow(&open, "open", "<p>In Berlin, <slot name=\"who\"></slot> met officials.</p>");
    let closed = page.0.query_selector("#closed").unwrap().unwrap();
    shadow(&closed, "closed", "<p>Talks in Rome.</p>");
    let body = document().body().unwrap();
    let (before, shadow_before) = (body.inner_html(), inner_html(&root));

    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    let text = get(&found, "text").as_string().unwrap();
    assert!(text.contains("In Berlin, Angela Merkel met officials."), "help: slotted text reads in place: {text:?}");
    assert!(!text.contains("Rome"), "help: a closed shadow root is not read: {text:?}");
    assert!(painted("hashiya-LOC").contains(&"Berlin".to_string()));
    assert_eq!(painted("hashiya-PER"), ["Angela Merkel", "Emmanuel Macron"]);
    let berlin = ranges("hashiya-LOC").into_iter().find(|r| String::from(r.to_string()) == "Berlin").unwrap();
    let tree = berlin.start_container().unwrap().get_root_node();
    assert!(JsValue::from(tree) == root, "help: the range lies in the shadow tree");
    let sheets = || Array::from(&get(&root, "adoptedStyleSheets")).length();
    assert_eq!(sheets(), 1, "help: the colours reach into the shadow tree");
    clear_annotations().unwrap();
    assert_eq!(sheets(), 0);
    assert_eq!((body.inner_html(), inner_html(&root)), (before.clone(), shadow_before.clone()));

    // Without the Highlight API the marks go into the shadow tree, and come out again.
    let (marked, wrapped, cleared) = without_highlight_api(|| {
        let _ = annotate_page(page.0.clone().into(), options(&[("scope", "page")]));
        let select: js_sys::Function = get(&root, "querySelectorAll").unchecked_into();
        let marks: Vec<String> = Array::from(&select.call1(&root, &"hashiya-mark".into()).unwrap())
            .iter()
            .map(|m| get(&m, "textContent").as_string().unwrap_or_default())
            .collect();
        let wrapped = inner_html(&root);
        let _ = clear_annotations();
        (marks, wrapped, (body.inner_html(), inner_html(&root)))
    });
    assert_eq!(marked, ["Berlin"]);
    assert_ne!(wrapped, shadow_before);
    assert_eq!(cleared, (before, shadow_before));
}

/// The texts of a highlight in a registry reached through JS (a frame's `CSS.highlights`).
fn painted_in(registry: &JsValue, name: &str) -> Vec<String> {
    let lookup: js_sys::Function = get(registry, "get").unchecked_into();
    let highlight = lookup.call1(registry, &name.into()).unwrap();
    if highlight.is_undefined() {
        return Vec::new();
    }
    Array::from(&highlight).iter().map(|r| String::from(r.unchecked_into::<Range>().to_string())).collect()
}

#[wasm_bindgen_test]
fn same_origin_frames_are_read_and_painted_in_their_own_document() {
    let page = Fixture::new(
        "<p>Emmanuel Macron visited Paris.</p><iframe id=\"same\"></iframe><iframe id=\"other\" sandbox=\"\"></iframe>",
    );
    let frame = page.0.query_selector("#same").unwrap().unwrap();
    let inner = get(&frame, "contentDocument");
    let inner_body = get(&inner, "body");
    Reflect::set(&inner_body, &"innerHTML".into(), &"<p>Angela Merkel met officials in Berlin.</p>".into()).unwrap();
    assert!(get(&page.0.query_selector("#other").unwrap().unwrap(), "contentDocument").is_null());
    let body = document().body().unwrap();
    let before = (body.inner_html(), inner_html(&inner_body));

    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    let text = get(&found, "text").as_string().unwrap();
    assert!(text.contains("Angela Merkel met officials in Berlin."), "help: the frame's text is read: {text:?}");
    let registry = get(&get(&get(&frame, "contentWindow"), "CSS"), "highlights");
    assert_eq!(painted_in(&registry, "hashiya-PER"), ["Angela Merkel"], "help: painted in the frame's registry");
    assert_eq!(painted_in(&registry, "hashiya-LOC"), ["Berlin"]);
    assert_eq!(painted("hashiya-PER"), ["Emmanuel Macron"]);
    let sheets = || Array::from(&get(&inner, "adoptedStyleSheets")).length();
    assert_eq!(sheets(), 1, "help: the frame's document adopts its own sheet");
    clear_annotations().unwrap();
    assert!(painted_in(&registry, "hashiya-PER").is_empty());
    assert_eq!(sheets(), 0);
    assert_eq!((body.inner_html(), inner_html(&inner_body)), before);
}

#[wasm_bindgen_test]
fn read_annotate_and_paint_in_slices_paints_what_annotate_page_paints() {
    let page = Fixture::new(
        "<p>Barack Obama met Angela Merkel in Berlin.</p><p>Emmanuel Macron said: \"Paris is ready.\"</p>\
         <p>قال الرئيس <b>جو بايدن</b> في واشنطن إن العراق شريك.</p>",
    );
    let scope = options(&[("scope", "page")]);
    annotate_page(page.0.clone().into(), scope.clone()).unwrap();
    let whole: Vec<Vec<String>> = HIGHLIGHT_NAMES.iter().map(|n| painted(n)).collect();

    let text = read_page(page.0.clone().into(), scope).unwrap();
    assert!(registered().is_empty(), "help: reading clears earlier paint");
    let result = annotate_text(&text, JsValue::UNDEFINED).unwrap();
    let total = Array::from(&get(&result, "entities")).length() + Array::from(&get(&result, "quotes")).length();
    assert!(total >= 6);
    paint_page(result.clone(), Some(0), Some(2), None).unwrap();
    assert!(registered().is_empty(), "help: slices stay unregistered until the last");
    paint_page(result.clone(), Some(2), Some(total - 1), None).unwrap();
    let done = paint_page(result.clone(), Some(total - 1), Some(total), None).unwrap();
    let sliced: Vec<Vec<String>> = HIGHLIGHT_NAMES.iter().map(|n| painted(n)).collect();
    assert_eq!(sliced, whole);
    assert_eq!(get(&done, "text").as_string().unwrap(), text);
    for item in Array::from(&get(&done, "entities")).iter().chain(Array::from(&get(&done, "quotes")).iter()) {
        let range: Range = get(&item, "range").dyn_into().unwrap();
        assert_eq!(String::from(range.to_string()), get(&item, "text").as_string().unwrap());
    }
    let late = paint_page(result, Some(0), None, None).unwrap_err();
    assert!(error_message(late).contains("needs a page read"), "help: the page is let go after the last slice");
}

/// Runs `f` with `style` set on the body, restored after.
fn with_body_style<T>(style: &str, f: impl FnOnce() -> T) -> T {
    let body = document().body().unwrap();
    let before = body.get_attribute("style");
    body.set_attribute("style", style).unwrap();
    let out = f();
    match before {
        Some(value) => body.set_attribute("style", &value).unwrap(),
        None => body.remove_attribute("style").unwrap(),
    }
    out
}

#[wasm_bindgen_test]
fn a_page_hidden_until_its_scripts_run_is_still_read() {
    let story = "Barack Obama visited Paris on Monday, and officials said the talks went well.";
    let page = Fixture::new(&format!(
        "<article><p>{story}</p><p>{story}</p></article>\
         <div style=\"position:fixed;visibility:hidden\">Modal about Madrid</div>\
         <nav style=\"visibility:hidden\"><p style=\"position:absolute\">Menu: Berlin</p></nav>"
    ));
    // `body { visibility: hidden }` until the page's scripts run (anti-flicker snippets).
    let text = with_body_style("visibility: hidden", || {
        let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
        get(&found, "text").as_string().unwrap()
    });
    assert!(text.starts_with(story), "help: a hidden body hides nothing: {text:?}");
    assert!(!text.contains("Madrid"), "help: a modal hidden for its own sake stays hidden: {text:?}");
    assert!(!text.contains("Berlin"), "help: {text:?}");

    // A wrapper holding the whole page, hidden the same way.
    let wrapped =
        Fixture::new(&format!("<div style=\"visibility:hidden\"><p>{story}</p><p>{story}</p></div><p>Footer.</p>"));
    let found = annotate_page(wrapped.0.clone().into(), options(&[("scope", "page")])).unwrap();
    assert!(get(&found, "text").as_string().unwrap().starts_with(story));
    drop(wrapped);

    // A hidden block among the article's paragraphs is not a page wrapper.
    let block = Fixture::new(&format!(
        "<div style=\"visibility:hidden\"><p>Hidden text about Madrid and Lisbon, {story}</p></div><p>{story}</p>"
    ));
    let found = annotate_page(block.0.clone().into(), options(&[("scope", "page")])).unwrap();
    let text = get(&found, "text").as_string().unwrap();
    assert_eq!(text, story, "help: {text:?}");
}

#[wasm_bindgen_test]
fn lang_attributes_are_hints_and_the_script_wins() {
    // Persian written with Arabic letters (ي, ك): by its letters alone it reads as Arabic.
    let persian = "وزير خارجه ايران در تهران كفت كه مذاكرات با واشنطن ادامه دارد";
    let arabic = "قال الرئيس الأمريكي جو بايدن في واشنطن إن المحادثات مع العراق كانت مثمرة";
    let page = Fixture::new(&format!("<div lang=\"en\"><p lang=\"fa\">{persian}</p><p>{arabic}</p></div>"));
    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    let paragraphs: Vec<String> =
        Array::from(&get(&found, "paragraphs")).iter().map(|p| get(&p, "lang").as_string().unwrap()).collect();
    assert_eq!(paragraphs, ["fa", "ar"], "help: lang=\"fa\" is Persian, lang=\"en\" on Arabic text is wrong");
    let entities = Array::from(&get(&found, "entities"));
    let persian_end = persian.encode_utf16().count() as f64;
    assert!(
        entities.iter().all(|e| get(&e, "start").as_f64().unwrap() > persian_end),
        "help: no Arabic entities in Persian"
    );
    assert!(painted("hashiya-PER").contains(&"جو بايدن".to_string()));

    // The same text without marks: the Persian line gets the Arabic model.
    let unmarked = annotate_text(&format!("{persian}\n{arabic}"), JsValue::UNDEFINED).unwrap();
    let first = Array::from(&get(&unmarked, "paragraphs")).get(0);
    assert_eq!(get(&first, "lang").as_string().unwrap(), "ar");
    // annotateText takes the marks as `langs`: [[utf16 offset, tag], ...].
    let langs =
        Array::of2(&Array::of2(&0.into(), &"fa-IR".into()), &Array::of2(&(persian_end + 1.0).into(), &JsValue::NULL));
    let opts = Object::new();
    Reflect::set(&opts, &"langs".into(), &langs).unwrap();
    let marked = annotate_text(&format!("{persian}\n{arabic}"), opts.into()).unwrap();
    let langs: Vec<String> =
        Array::from(&get(&marked, "paragraphs")).iter().map(|p| get(&p, "lang").as_string().unwrap()).collect();
    assert_eq!(langs, ["fa", "ar"]);
    let bad = Object::new();
    Reflect::set(&bad, &"langs".into(), &"fa".into()).unwrap();
    assert!(error_message(annotate_text("x", bad.into()).unwrap_err()).contains("langs"));
}

#[wasm_bindgen_test]
fn the_result_has_the_computed_direction_of_the_article() {
    let arabic = "قال الرئيس الأمريكي جو بايدن في واشنطن إن المحادثات مع العراق كانت مثمرة، وأضاف أن العمل مستمر.";
    // No dir attribute anywhere: the direction comes from style.
    let page = Fixture::new(&format!("<div style=\"direction: rtl\"><p>{arabic}</p><p>{arabic}</p></div>"));
    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    assert_eq!(get(&found, "dir").as_string().unwrap(), "rtl");
    drop(page);
    let page = Fixture::new("<p>Barack Obama visited Paris on Monday, officials said.</p>");
    let found = annotate_page(page.0.clone().into(), options(&[("scope", "page")])).unwrap();
    assert_eq!(get(&found, "dir").as_string().unwrap(), "ltr");
}

#[wasm_bindgen_test]
fn a_page_read_in_slices_reads_as_in_one_go() {
    let mut markup = String::new();
    for i in 0..300 {
        markup.push_str(&format!("<p>Paragraph {i}: Barack Obama <b>visited</b> Paris.</p>"));
    }
    let page = Fixture::new(&format!("<section lang=\"en\">{markup}</section><div><slot></slot></div>"));
    let scope = options(&[("scope", "page")]);
    let whole = read_page(page.0.clone().into(), scope.clone()).unwrap();
    start_read_page(page.0.clone().into(), scope).unwrap();
    let mut slices = 0;
    let read = loop {
        slices += 1;
        let read = read_page_slice(0.0).unwrap();
        if !read.is_null() {
            break read;
        }
    };
    assert!(slices > 3, "help: a zero budget reads a few nodes at a time ({slices} slices)");
    assert_eq!(get(&read, "text").as_string().unwrap(), whole);
    let langs = Array::from(&get(&read, "langs"));
    assert_eq!(langs.length(), 1);
    assert_eq!(Array::from(&langs.get(0)).get(1).as_string().unwrap(), "en");
    assert_eq!(get(&read, "dir").as_string().unwrap(), "ltr");
    let error = read_page_slice(1.0).unwrap_err();
    assert!(error_message(error).contains("startReadPage"));
}
