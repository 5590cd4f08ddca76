// Registered for the sites on the reader's "always annotate" list (see background.js).
hashiyaSettings
  .load()
  .then((settings) => globalThis.hashiyaContent.annotate(settings.types))
  .then((state) => chrome.runtime.sendMessage({ hashiyaState: state }))
  .catch((error) => console.error('hashiya:', error));
