// Chromium enforces the page's CSP even while parsing into an inert document: every style="",
// <style>, on…="" handler and <base> in pasted HTML is blocked there, and logged as a policy
// violation. Web pages copy with inline styles on every element, so before parsing, style="" is
// renamed to data-bw-style (the formatting translators read it there; the sanitizer drops every
// data- attribute), handlers and <base> are left out, and style sheets are dropped. This scans
// tags only as far as that needs; where it misreads odd markup, the worst outcome is a blocked,
// logged violation, never anything let through: the sanitizer still runs on the result.

/** Where an element's inline style is kept between parsing and sanitizing. */
export const STYLE_ASIDE_ATTRIBUTE = 'data-bw-style';

/** Elements whose content is raw text, copied without looking for tags inside. */
const RAW_TEXT = new Set(['script', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE_NAME = /[^\s/>=][^\s/>]*?(?=[\s/>=]|$)/y;
const EQUALS = /\s*=\s*/y;

/** The index just past the end tag that closes raw text starting at `from`, or the end of the input. */
function endOfRawText(html: string, lower: string, from: number, name: string): number {
  const close = lower.indexOf(`</${name}`, from);
  if (close === -1) return html.length;
  const end = html.indexOf('>', close);
  return end === -1 ? html.length : end + 1;
}

/** The end of an attribute value starting at `from`: quoted, or up to whitespace or `>`. */
function endOfValue(html: string, from: number): number {
  const quote = html[from];
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, from + 1);
    return close === -1 ? html.length : close + 1;
  }
  const stop = html.slice(from).search(/[\s>]/);
  return stop === -1 ? html.length : from + stop;
}

/** A start tag's attributes from `from` to its `>`, quietened; and the index after the tag. */
function quietAttributes(html: string, from: number): { text: string; end: number } {
  let text = '';
  let index = from;
  while (index < html.length) {
    const char = html[index]!;
    if (char === '>') return { text: `${text}>`, end: index + 1 };
    if (/[\s/]/.test(char)) {
      text += char;
      index += 1;
      continue;
    }
    ATTRIBUTE_NAME.lastIndex = index;
    const name = ATTRIBUTE_NAME.exec(html)?.[0] ?? char;
    index += name.length;
    EQUALS.lastIndex = index;
    const equals = EQUALS.exec(html)?.[0] ?? '';
    const valueEnd = equals ? endOfValue(html, index + equals.length) : index;
    const lowerName = name.toLowerCase();
    if (!lowerName.startsWith('on')) {
      text += `${lowerName === 'style' ? STYLE_ASIDE_ATTRIBUTE : name}${html.slice(index, valueEnd)}`;
    }
    index = valueEnd;
  }
  return { text, end: html.length };
}

/** `html` without what the CSP would report while parsing it: see the note at the top. */
export function quietMarkup(html: string): string {
  const lower = html.toLowerCase();
  let output = '';
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) return output + html.slice(index);
    output += html.slice(index, open);
    if (lower.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      const end = close === -1 ? html.length : close + 3;
      output += html.slice(open, end);
      index = end;
      continue;
    }
    TAG_NAME.lastIndex = open + 1;
    const name = TAG_NAME.exec(html)?.[0];
    if (!name) {
      output += '<';
      index = open + 1;
      continue;
    }
    const tag = quietAttributes(html, open + 1 + name.length);
    const lowerName = name.toLowerCase();
    index = tag.end;
    if (lowerName === 'style') index = endOfRawText(html, lower, index, 'style');
    if (lowerName === 'style' || lowerName === 'base') continue;
    output += `<${name}${tag.text}`;
    if (RAW_TEXT.has(lowerName)) {
      const end = endOfRawText(html, lower, index, lowerName);
      output += html.slice(index, end);
      index = end;
    }
  }
  return output;
}
