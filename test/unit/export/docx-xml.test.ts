import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../core/export/docx/xml';

describe('escaping text and attribute values for the DOCX', () => {
  it('turns markup characters into entities', () => {
    expect(escapeXml('R&D <draft> said "no"')).toBe('R&amp;D &lt;draft&gt; said &quot;no&quot;');
    expect(escapeXml('&amp; stays text')).toBe('&amp;amp; stays text');
  });

  it('drops characters XML 1.0 cannot hold: controls, lone surrogates, U+FFFE and U+FFFF', () => {
    expect(escapeXml('bell\u0007 null\u0000 vertical tab\u000B escape\u001B end')).toBe('bell null vertical tab escape end');
    expect(escapeXml('half a pair \uD83D here, and \uDC00 there')).toBe('half a pair  here, and  there');
    expect(escapeXml('not characters: \uFFFE\uFFFF.')).toBe('not characters: .');
  });

  it('keeps tabs, line ends, Arabic and characters beyond the Basic Multilingual Plane', () => {
    const text = 'tab\there\nand\r\nقال الوزير 😀 𝔸';
    expect(escapeXml(text)).toBe(text);
  });

  it('returns text with nothing to escape unchanged', () => {
    const text = 'The minister asked for the meeting.';
    expect(escapeXml(text)).toBe(text);
  });

  it('always gives well-formed character data, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toMatch(/[<>"]|&(?!amp;|lt;|gt;|quot;)/);
        expect(escaped).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
      }),
    );
  });
});
