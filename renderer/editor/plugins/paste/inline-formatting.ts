import { pastedStyle } from './css-declarations';
import { STYLE_ASIDE_ATTRIBUTE } from './quiet-markup';

// Google Docs and many web pages express bold and italic as inline CSS on <span>s, which the
// sanitizer drops; they are turned into <b>, <i>, <u> and <s> first so the formatting survives.

const RIGHT_TO_LEFT_SCRIPT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

/** Elements whose children are rows, cells or items: wrapping them in <b> would break the structure. */
const STRUCTURAL = new Set(['TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'COLGROUP']);
const BLOCK_CHILD = 'p,div,h1,h2,h3,h4,h5,h6,ul,ol,li,table,blockquote,section,article,pre,hr';

function isBoldWeight(value: string | undefined): boolean {
  if (!value) return false;
  if (value === 'bold' || value === 'bolder') return true;
  const weight = Number(value);
  return Number.isFinite(weight) && weight >= 600;
}

function isNormalWeight(value: string | undefined): boolean {
  if (!value) return false;
  const weight = Number(value);
  return value === 'normal' || value === 'lighter' || (Number.isFinite(weight) && weight < 600);
}

function formattingTags(element: Element, style: Map<string, string>): string[] {
  // Word writes bold for Arabic and other complex scripts as mso-bidi-font-weight.
  const complexScript = RIGHT_TO_LEFT_SCRIPT.test(element.textContent ?? '');
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  const tags: string[] = [];
  if (isBoldWeight(style.get('font-weight')) || (complexScript && isBoldWeight(style.get('mso-bidi-font-weight')))) tags.push('b');
  const fontStyle = style.get('font-style') ?? (complexScript ? style.get('mso-bidi-font-style') : undefined);
  if (fontStyle === 'italic' || fontStyle === 'oblique') tags.push('i');
  const wordUnderline = style.get('text-underline');
  if (decoration.includes('underline') || (wordUnderline !== undefined && wordUnderline !== 'none')) tags.push('u');
  if (decoration.includes('line-through')) tags.push('s');
  return tags;
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/**
 * Rewrites formatting expressed as inline CSS into tags, in place. `<b style="font-weight:normal">`
 * (the wrapper Google Docs puts around everything it copies) is unwrapped, not made bold.
 */
export function translateInlineFormatting(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(`[${STYLE_ASIDE_ATTRIBUTE}]`))) {
    const style = pastedStyle(element);
    const tag = element.tagName;
    if ((tag === 'B' || tag === 'STRONG') && isNormalWeight(style.get('font-weight'))) {
      unwrap(element);
      continue;
    }
    if ((tag === 'I' || tag === 'EM') && style.get('font-style') === 'normal') {
      unwrap(element);
      continue;
    }
    if (STRUCTURAL.has(tag) || element.querySelector(BLOCK_CHILD)) continue;
    let innermost: Element = element;
    for (const name of formattingTags(element, style)) {
      const wrapper = element.ownerDocument.createElement(name);
      wrapper.append(...Array.from(innermost.childNodes));
      innermost.append(wrapper);
      innermost = wrapper;
    }
  }
}
