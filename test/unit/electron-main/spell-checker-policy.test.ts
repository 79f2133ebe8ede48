import { describe, expect, it } from 'vitest';
import { isAllowedRequest, UNREACHABLE_DICTIONARY_URL } from '../../../electron/main/app-policy';

describe('Chromium’s own spell-checker dictionaries', () => {
  it('would be fetched from a host that cannot exist, ending in a slash as Electron requires', () => {
    const url = new URL(UNREACHABLE_DICTIONARY_URL);
    expect(url.hostname.endsWith('.invalid')).toBe(true);
    expect(UNREACHABLE_DICTIONARY_URL.endsWith('/')).toBe(true);
  });

  it('are refused by the session even if something asked for one', () => {
    expect(isAllowedRequest(`${UNREACHABLE_DICTIONARY_URL}en-US-10-1.bdic`)).toBe(false);
  });
});
