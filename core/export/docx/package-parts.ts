import type { DocumentProperties } from '../types';
import { BODY_FONT, CODE_FONT, COMPLEX_SCRIPT_FONT } from './styles';

/** A part of the DOCX package written here rather than by docx, replacing docx's own. */
export interface PackagePart {
  path: string;
  data: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/**
 * The core properties. docx stamps created and modified with the time of export; here they
 * are the document's own times, and a distribution copy has none (nor an author).
 */
export function corePropertiesPart(properties: DocumentProperties): PackagePart {
  const element = (name: string, value: string | null, attributes = '') => (value ? `<${name}${attributes}>${escapeXml(value)}</${name}>` : '');
  const timestamp = (name: string, value: string | null) => element(name, value && w3cDateTime(value), ' xsi:type="dcterms:W3CDTF"');
  const data = [
    XML_DECLARATION,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', properties.title),
    element('dc:subject', properties.subject),
    element('dc:creator', properties.author),
    element('cp:keywords', properties.keywords.join('; ')),
    element('cp:lastModifiedBy', properties.author),
    timestamp('dcterms:created', properties.created),
    timestamp('dcterms:modified', properties.modified),
    '</cp:coreProperties>',
  ].join('');
  return { path: 'docProps/core.xml', data };
}

/**
 * The font table, naming each font the styles use with what to use where it is missing:
 * Noto Naskh Arabic falls back to Arial, which has Arabic letters on Windows and macOS.
 */
export function fontTablePart(): PackagePart {
  const data = [
    XML_DECLARATION,
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    `<w:font w:name="${BODY_FONT}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
    `<w:font w:name="${CODE_FONT}"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
    `<w:font w:name="${COMPLEX_SCRIPT_FONT}"><w:altName w:val="${BODY_FONT}"/><w:charset w:val="B2"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
    '</w:fonts>',
  ].join('');
  return { path: 'word/fontTable.xml', data };
}

/** W3CDTF as Office writes it: seconds, no fraction, UTC. */
function w3cDateTime(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped rather than escaped.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
