import type { DocumentProperties, MarkingOverride, Notes } from '../types';
import type { DocxImageExtension } from './media';
import { BODY_FONT, CODE_FONT, COMPLEX_SCRIPT_FONT } from './styles';
import { NAMESPACE, WORD_NAMESPACES, XML_DECLARATION, escapeXml } from './xml';

/**
 * The small parts of the DOCX package around the text: its table of contents (content
 * types and relationships), the document properties, the settings and the font table.
 */

export const PART = {
  document: 'word/document.xml',
  styles: 'word/styles.xml',
  numbering: 'word/numbering.xml',
  settings: 'word/settings.xml',
  fontTable: 'word/fontTable.xml',
  footnotes: 'word/footnotes.xml',
  endnotes: 'word/endnotes.xml',
  header: 'word/header1.xml',
  footer: 'word/footer1.xml',
  coreProperties: 'docProps/core.xml',
  appProperties: 'docProps/app.xml',
  customProperties: 'docProps/custom.xml',
} as const;

const WORD_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const CONTENT_TYPES: Record<string, string> = {
  [PART.document]: `${WORD_CONTENT_TYPE}.document.main+xml`,
  [PART.styles]: `${WORD_CONTENT_TYPE}.styles+xml`,
  [PART.numbering]: `${WORD_CONTENT_TYPE}.numbering+xml`,
  [PART.settings]: `${WORD_CONTENT_TYPE}.settings+xml`,
  [PART.fontTable]: `${WORD_CONTENT_TYPE}.fontTable+xml`,
  [PART.header]: `${WORD_CONTENT_TYPE}.header+xml`,
  [PART.footer]: `${WORD_CONTENT_TYPE}.footer+xml`,
  [PART.footnotes]: `${WORD_CONTENT_TYPE}.footnotes+xml`,
  [PART.endnotes]: `${WORD_CONTENT_TYPE}.endnotes+xml`,
  [PART.coreProperties]: 'application/vnd.openxmlformats-package.core-properties+xml',
  [PART.appProperties]: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  [PART.customProperties]: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
};
const IMAGE_CONTENT_TYPES: Record<DocxImageExtension, string> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif' };

/** `[Content_Types].xml`: the type of each XML part by its path, of images by their extension. */
export function contentTypesPart(xmlParts: readonly string[], imageExtensions: Iterable<DocxImageExtension>): string {
  const defaults = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    ...[...imageExtensions].map((extension) => `<Default Extension="${extension}" ContentType="${IMAGE_CONTENT_TYPES[extension]}"/>`),
  ];
  const overrides = xmlParts.flatMap((path) => (CONTENT_TYPES[path] ? [`<Override PartName="/${path}" ContentType="${CONTENT_TYPES[path]}"/>`] : []));
  return `${XML_DECLARATION}<Types xmlns="${NAMESPACE.contentTypes}">${defaults.join('')}${overrides.join('')}</Types>`;
}

/** `_rels/.rels`: where the document and its properties are. */
export function packageRelationshipsPart(): string {
  const officeDocument = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    XML_DECLARATION,
    `<Relationships xmlns="${NAMESPACE.relationships}">`,
    `<Relationship Id="rId1" Type="${officeDocument}/officeDocument" Target="${PART.document}"/>`,
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="${PART.coreProperties}"/>`,
    `<Relationship Id="rId3" Type="${officeDocument}/extended-properties" Target="${PART.appProperties}"/>`,
    `<Relationship Id="rId4" Type="${officeDocument}/custom-properties" Target="${PART.customProperties}"/>`,
    '</Relationships>',
  ].join('');
}

/**
 * The core properties: title, subject, keywords, author and the document's own times (not
 * the time of export). A distribution copy has no author and no times.
 */
export function corePropertiesPart(properties: DocumentProperties): string {
  const element = (name: string, value: string | null, attributes = '') => (value ? `<${name}${attributes}>${escapeXml(value)}</${name}>` : '');
  const timestamp = (name: string, value: string | null) => element(name, value && w3cDateTime(value), ' xsi:type="dcterms:W3CDTF"');
  return [
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
}

/** The extended properties: which application wrote the file. */
export function appPropertiesPart(): string {
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Briefwright</Application></Properties>`;
}

/** Word keeps custom text properties of at most 255 characters. */
const MAX_PROPERTY_LENGTH = 255;
/** More findings than this are counted, not each listed. */
const MAX_LISTED_FINDINGS = 50;
/** The property set every custom document property belongs to. */
const CUSTOM_PROPERTY_SET = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/**
 * The custom properties a records system reads: "Marking" holds the banner, "Distribution
 * copy" says the copy is one. An export made over marking errors says so: "Marking
 * override" holds the analyst's reason, "Marking override findings" how many findings were
 * overridden, and "Marking override finding 1", "… 2" each one.
 */
export function customPropertiesPart(properties: DocumentProperties, distribution: boolean): string {
  const entries = [
    ...(properties.marking ? [{ name: 'Marking', value: properties.marking }] : []),
    ...(distribution ? [{ name: 'Distribution copy', value: 'Yes' }] : []),
    ...overrideProperties(properties.markingOverride),
  ];
  // Property ids start at 2; 0 and 1 are reserved.
  const xml = entries.map(({ name, value }, index) => `<property fmtid="${CUSTOM_PROPERTY_SET}" pid="${index + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`);
  return `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${xml.join('')}</Properties>`;
}

function overrideProperties(override: MarkingOverride | undefined): Array<{ name: string; value: string }> {
  if (!override) return [];
  const fit = (text: string) => (text.length <= MAX_PROPERTY_LENGTH ? text : `${text.slice(0, MAX_PROPERTY_LENGTH - 1)}…`);
  const findings = override.findings.slice(0, MAX_LISTED_FINDINGS).map((finding, index) => ({ name: `Marking override finding ${index + 1}`, value: fit(finding) }));
  return [{ name: 'Marking override', value: fit(override.reason) }, { name: 'Marking override findings', value: String(override.findings.length) }, ...findings];
}

/**
 * The settings: the tab grid; which notes are the separator lines, and for endnotes that
 * they come at the end of the document, numbered 1, 2, 3; and Word 2013's layout rules
 * rather than an older Word's.
 */
export function settingsPart(placement: Notes['placement']): string {
  const separators =
    placement === 'endnotes'
      ? '<w:endnotePr><w:pos w:val="docEnd"/><w:numFmt w:val="decimal"/><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>'
      : '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>';
  return [
    XML_DECLARATION,
    `<w:settings ${WORD_NAMESPACES}>`,
    '<w:defaultTabStop w:val="720"/>',
    separators,
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>',
    '</w:settings>',
  ].join('');
}

/**
 * The font table, naming each font the styles use with what to use where it is missing:
 * Noto Naskh Arabic falls back to Arial, which has Arabic letters on Windows and macOS.
 */
export function fontTablePart(): string {
  return [
    XML_DECLARATION,
    `<w:fonts ${WORD_NAMESPACES}>`,
    `<w:font w:name="${BODY_FONT}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`,
    `<w:font w:name="${CODE_FONT}"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
    `<w:font w:name="${COMPLEX_SCRIPT_FONT}"><w:altName w:val="${BODY_FONT}"/><w:charset w:val="B2"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`,
    '</w:fonts>',
  ].join('');
}

/** W3CDTF as Office writes it: seconds, no fraction, UTC. */
function w3cDateTime(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
