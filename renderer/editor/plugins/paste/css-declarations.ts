import { STYLE_ASIDE_ATTRIBUTE } from './quiet-markup';

/** The inline style pasted on `element`, as set aside before parsing. */
export function pastedStyle(element: Element): Map<string, string> {
  return cssDeclarations(element.getAttribute(STYLE_ASIDE_ATTRIBUTE));
}

/**
 * The declarations of a style="" attribute as lower-case name → value. Parsed by hand
 * because Word's `mso-*` properties are not CSS the browser keeps in element.style.
 */
function cssDeclarations(styleAttribute: string | null): Map<string, string> {
  const declarations = new Map<string, string>();
  if (!styleAttribute) return declarations;
  for (const declaration of styleAttribute.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (name) declarations.set(name, value);
  }
  return declarations;
}
