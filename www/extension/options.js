// The options page: type toggles and the "always annotate" list. Adding a site asks the
// browser for access to that one site (a user gesture is needed, hence the form submit).
const t = (key) => chrome.i18n.getMessage(key) || key;
const $ = (id) => document.getElementById(id);

function translate() {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  document.documentElement.dir = chrome.i18n.getMessage('@@bidi_dir') || 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  document.title = t('optionsTitle');
}

async function renderTypes() {
  const { types } = await hashiyaSettings.load();
  const box = $('types');
  for (const kind of hashiyaSettings.KINDS) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = kind;
    input.checked = types[kind] !== false;
    input.addEventListener('change', async () => {
      const current = await hashiyaSettings.load();
      await chrome.storage.sync.set({ types: { ...current.types, [kind]: input.checked } });
    });
    label.append(input, ' ', t(`type${kind}`));
    box.append(label);
  }
}

async function renderSites() {
  const { sites } = await hashiyaSettings.load();
  const list = $('sites');
  list.replaceChildren();
  if (!sites.length) {
    const empty = document.createElement('li');
    empty.textContent = t('optionsNoSites');
    list.append(empty);
  }
  for (const site of sites) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = site;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = t('optionsRemove');
    remove.addEventListener('click', async () => {
      const current = await hashiyaSettings.load();
      await chrome.storage.sync.set({ sites: current.sites.filter((s) => s !== site) });
      // Give the access back too: the list is the only reason hashiya held it.
      await chrome.permissions.remove({ origins: [hashiyaSettings.patternOf(site)] }).catch(() => {});
      renderSites();
    });
    item.append(name, remove);
    list.append(item);
  }
}

$('add-site').addEventListener('submit', async (event) => {
  event.preventDefault();
  const site = hashiyaSettings.siteOf($('site').value);
  $('message').textContent = '';
  if (!site) {
    $('message').textContent = t('optionsBadSite');
    return;
  }
  // Must be called straight from the gesture, before any other await.
  const granted = await chrome.permissions.request({ origins: [hashiyaSettings.patternOf(site)] });
  if (!granted) {
    $('message').textContent = t('optionsDenied');
    return;
  }
  const current = await hashiyaSettings.load();
  if (!current.sites.includes(site)) await chrome.storage.sync.set({ sites: [...current.sites, site] });
  $('site').value = '';
  renderSites();
});

translate();
renderTypes();
renderSites();
