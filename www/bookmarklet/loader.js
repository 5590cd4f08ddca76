// The hashiya bookmarklet (readable source). `cargo xtask build` minifies it into
// www/pkg/bookmarklet.js; the demo page (index.html) puts the base URL in place of
// __HASHIYA_BASE__ and offers the result as a draggable `javascript:` link.
//
// First click: import shell.js from the base URL (it loads the wasm and defines
// window.hashiya) and panel.js, annotate the page and show the side panel. Next click: clear. If the page's Content Security
// Policy refuses the script or the wasm, a small notice says so and points to the extension,
// which is not bound by the page's CSP. The notice lives in a shadow root, is built with textContent
// only, and goes away on the next click.
//
// Style rules for this file (the minifier joins lines with spaces): every statement ends
// with a semicolon, comments sit on their own lines, no template literal spans lines.
(() => {
  const base = __HASHIYA_BASE__;
  const noticeId = 'hashiya-bookmarklet-notice';
  const arabic = /^ar\b/i.test(document.documentElement.lang || '');
  const violations = [];
  const old = document.getElementById(noticeId);
  if (old) {
    old.remove();
  }
  const notice = (text) => {
    const host = document.createElement('div');
    host.id = noticeId;
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host{all:initial;position:fixed;z-index:2147483647;inset-block-start:12px;inset-inline-end:12px;max-width:24rem}div{font:14px/1.45 system-ui,sans-serif;background:#fff8e1;color:#3b2f00;border:1px solid #c9a400;border-radius:8px;padding:10px 12px;box-shadow:0 2px 10px #0003}a{color:#0b57d0}button{float:inline-end;border:0;background:none;font-size:18px;cursor:pointer;color:inherit}');
    root.adoptedStyleSheets = [sheet];
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.dir = 'auto';
    const close = document.createElement('button');
    close.textContent = '×';
    close.setAttribute('aria-label', arabic ? 'إغلاق' : 'Close');
    close.onclick = () => host.remove();
    const message = document.createElement('p');
    message.textContent = text;
    const link = document.createElement('a');
    link.href = base + 'bookmarklet/#extension';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = arabic ? 'إضافة حاشية للمتصفح' : 'the hashiya browser extension';
    const hint = document.createElement('p');
    hint.append(arabic ? 'جرّب ' : 'Try ', link, arabic ? '، فهي تعمل في كل الصفحات.' : ', which works on every page.');
    box.append(close, message, hint);
    root.append(box);
    document.documentElement.append(host);
  };
  if (!window.CSS || !CSS.highlights) {
    notice(arabic ? 'هذا المتصفح لا يدعم إبراز النص الذي تحتاجه حاشية.' : 'This browser lacks the CSS Custom Highlight API that hashiya paints with.');
    return;
  }
  const painted = [...CSS.highlights.keys()].some((name) => String(name).startsWith('hashiya-'));
  if (painted && window.hashiya) {
    window.hashiya.clearAnnotations();
    return;
  }
  const onViolation = (event) => violations.push(event.effectiveDirective || event.violatedDirective);
  document.addEventListener('securitypolicyviolation', onViolation);
  Promise.all([window.hashiya || import(base + 'shell.js'), import(base + 'panel.js')])
    .then(([, panel]) => {
      if (!window.hashiya) {
        throw new Error('shell.js did not define window.hashiya');
      }
      // Large pages go through the worker where the page allows it, so the page keeps responding.
      return Promise.resolve(window.hashiya.annotatePage(document.body, { async: 'auto' })).then(panel.showPanel);
    })
    .catch(async (error) => {
      // Violation reports are queued as tasks: let them arrive before deciding what went wrong.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const csp = violations.length > 0 || /content security policy|unsafe-eval/i.test(String(error));
      if (csp) {
        notice(arabic ? 'سياسة أمان المحتوى في هذه الصفحة تمنع تحميل حاشية (' + violations.join('، ') + ').' : 'This page\u2019s Content Security Policy does not allow hashiya to load here (' + (violations.join(', ') || 'script-src') + ').');
      } else {
        notice((arabic ? 'تعذّر تحميل حاشية من ' : 'hashiya could not be loaded from ') + base + ': ' + String((error && error.message) || error));
      }
    })
    .finally(() => document.removeEventListener('securitypolicyviolation', onViolation));
})();
