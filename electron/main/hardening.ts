import { app, type Session, type WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, UNREACHABLE_DICTIONARY_URL } from './app-policy';

/**
 * Process-wide switches, before `ready`: every renderer sandboxed, and Chromium's
 * own name resolution answers "not found" for every host, so nothing in the
 * browser process (spell-check dictionaries, component updates, DevTools' remote
 * frontend) can reach the network even if something asks.
 */
export function hardenProcess(): void {
  app.enableSandbox();
  app.commandLine.appendSwitch('host-resolver-rules', 'MAP * ~NOTFOUND');
}

/** Session rules: no permissions, no network, no downloaded spell-check dictionaries. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  // Chromium's Hunspell downloads dictionaries from Google's CDN on Windows and Linux,
  // even for windows with `webPreferences.spellcheck: false` (electron/electron#22995);
  // the page checks spelling itself, offline. Electron 45's Session API
  // (electron.d.ts): `setSpellCheckerEnabled(enable)` turns the built-in checker off
  // for the session; `setSpellCheckerDictionaryDownloadURL(url)` points the downloader
  // at `${url}${filename}`, here a host that cannot exist, in case anything turns it on.
  session.setSpellCheckerEnabled(false);
  try {
    session.setSpellCheckerDictionaryDownloadURL(UNREACHABLE_DICTIONARY_URL);
  } catch {
    // A no-op on macOS, which uses the system's spell-checker.
  }

  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * Rules for every web contents the app creates: no new windows, no <webview>, and
 * the app's own window never navigates away from the app.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (contents.getType() !== 'window') return;
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
}
