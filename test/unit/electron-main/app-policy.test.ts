import { describe, expect, it } from 'vitest';
import { hostMethods } from '../../../core/contract';
import {
  APP_ENTRY_URL,
  isAllowedRequest,
  isAppUrl,
  isTrustedSender,
  safeSuggestedName,
  testDialogPaths,
  windowTitle,
  withBriefExtension,
} from '../../../electron/main/app-policy';
import { BRIDGE_METHODS, MENU_COMMAND_CHANNEL, OPEN_PATH_CHANNEL, channelFor } from '../../../electron/preload/channels';

describe('the desktop window’s origin', () => {
  it('is app://briefwright and nothing that merely looks like it', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://briefwright/assets/index-1234.js')).toBe(true);
    expect(isAppUrl('app://briefwright.evil/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://user@briefwright/index.html')).toBe(false);
    expect(isAppUrl('app://briefwright:8080/index.html')).toBe(false);
    expect(isAppUrl('https://briefwright/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('requests the session lets through', () => {
  it('allows the app’s files, its own blobs, data: images and the developer tools', () => {
    expect(isAllowedRequest('app://briefwright/index.html')).toBe(true);
    expect(isAllowedRequest('blob:app://briefwright/6f1c2a4e-0000-4000-8000-000000000000')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html')).toBe(true);
  });

  it('cancels the network, the file system and every other scheme', () => {
    for (const url of [
      'https://www.rudaw.net/english/middleeast/iraq/30012022',
      'http://127.0.0.1:8080/',
      'wss://example.org/socket',
      'file:///home/analyst/readout.brief',
      'ftp://example.org/',
      'blob:https://example.org/6f1c2a4e',
      'chrome://gpu',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });
});

describe('who may call the host', () => {
  it('only the main frame of the app’s window, on the app’s page', () => {
    const ours = { frameUrl: APP_ENTRY_URL, isMainFrame: true, isOurWindow: true };
    expect(isTrustedSender(ours)).toBe(true);
    expect(isTrustedSender({ ...ours, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ours, isOurWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: null })).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'https://example.org/' })).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: 'devtools://devtools/bundled/devtools_app.html' })).toBe(false);
  });
});

describe('the window title', () => {
  it('names the document and marks unsaved changes', () => {
    expect(windowTitle('Readout: Iraqi NSA al-Araji', false)).toBe('Readout: Iraqi NSA al-Araji — Briefwright');
    expect(windowTitle('Readout: Iraqi NSA al-Araji', true)).toBe('• Readout: Iraqi NSA al-Araji — Briefwright');
    expect(windowTitle('', false)).toBe('Briefwright');
    expect(windowTitle('line\nbreak', false)).toBe('line break — Briefwright');
  });
});

describe('file names from the page', () => {
  it('always end in .brief', () => {
    expect(withBriefExtension('/home/analyst/readout')).toBe('/home/analyst/readout.brief');
    expect(withBriefExtension('/home/analyst/readout.BRIEF')).toBe('/home/analyst/readout.BRIEF');
  });

  it('cannot name a folder or a reserved character in the Save As suggestion', () => {
    expect(safeSuggestedName('../../etc/passwd')).toBe('etc passwd.brief');
    expect(safeSuggestedName('Readout: al-Araji / Anker')).toBe('Readout al-Araji Anker.brief');
    expect(safeSuggestedName('')).toBe('Untitled.brief');
    expect(safeSuggestedName('.brief')).toBe('Untitled.brief');
    expect(safeSuggestedName('assessment.brief')).toBe('assessment.brief');
  });
});

describe('dialog answers fixed for end-to-end tests', () => {
  it('are ignored unless BRIEFWRIGHT_E2E is exactly 1', () => {
    const env = { BRIEFWRIGHT_TEST_SAVE_PATH: '/tmp/x.brief', BRIEFWRIGHT_TEST_OPEN_PATH: '/tmp/y.brief', BRIEFWRIGHT_TEST_EXPORT_PATH: '/tmp/z.pdf' };
    expect(testDialogPaths(env)).toBeNull();
    expect(testDialogPaths({ ...env, BRIEFWRIGHT_E2E: 'true' })).toBeNull();
    expect(testDialogPaths({ ...env, BRIEFWRIGHT_E2E: '1' })).toEqual({ save: '/tmp/x.brief', open: '/tmp/y.brief', export: '/tmp/z.pdf' });
  });
});

describe('the preload bridge', () => {
  it('offers exactly the contract’s methods, each on its own channel', () => {
    expect([...BRIDGE_METHODS].sort()).toEqual([...hostMethods].sort());
    expect(BRIDGE_METHODS.map(channelFor)).toContain('briefwright:saveDocument');
    expect(MENU_COMMAND_CHANNEL).toBe('briefwright:menu-command');
    expect(OPEN_PATH_CHANNEL).toBe('briefwright:open-path');
  });
});
