import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../../core/text/sha256';

describe('the snapshot fingerprint', () => {
  it('is the sha256 of the text as UTF-8, in lower-case hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('agrees with Node’s own hash for Arabic and Kurdish text', () => {
    const text = 'قال مدير الميناء ‏«خطوة أولى»‏ — ئەمە دەقێکە';
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
