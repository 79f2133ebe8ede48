/** Links may only go to web pages and e-mail addresses: never javascript:, data:, file: or app-internal schemes. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
const EMAIL_ADDRESS = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

export type LinkUrlResult = { ok: true; url: string } | { ok: false; message: string };

export function isSafeLinkUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The address the analyst typed, made into a link: "www.rudaw.net" becomes
 * https://www.rudaw.net/, "name@example.org" becomes mailto:name@example.org.
 */
export function parseLinkUrl(input: string): LinkUrlResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Type the address the link goes to.' };
  const candidate = HAS_SCHEME.test(text) ? text : EMAIL_ADDRESS.test(text) ? `mailto:${text}` : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, message: 'That is not a web or e-mail address.' };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return { ok: false, message: 'A link can only go to a web page (http://, https://) or an e-mail address (mailto:).' };
  }
  return { ok: true, url: url.href };
}
