import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { BriefError } from '../errors';
import { base64ToBytes, bytesToBase64 } from '../text/base64';
import { migrateForward, migrations, type Migration, type RawParts } from './migrations';
import { readZip } from './zip-reader';
import { crc32, zip, type ZipEntry } from './zip-writer';
import {
  BodySchema,
  BriefDocumentSchema,
  CURRENT_FORMAT_VERSION,
  DocumentSettingsSchema,
  MarkingSchema,
  MediaIdSchema,
  MediaItemSchema,
  MetadataSchema,
  ReviewSchema,
  type BriefDocument,
} from './schema';

/**
 * A `.brief` file is a zip package, like ODF and EPUB: a first, stored `mimetype`
 * entry that identifies it, then JSON parts and binary media. See docs/FILE-FORMAT.md.
 */
export const BRIEF_MIME_TYPE = 'application/vnd.briefwright.brief+zip';
export const BRIEF_EXTENSION = '.brief';
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
const MAX_JSON_PART_BYTES = 128 * 1024 * 1024;
const MAX_MEDIA_PART_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_UNPACKED_BYTES = 512 * 1024 * 1024;

export const PART = {
  mimetype: 'mimetype',
  manifest: 'manifest.json',
  document: 'document.json',
  body: 'body.json',
  sources: 'sources.json',
} as const;
export const MEDIA_PREFIX = 'media/';
/** document.json: metadata, marking, settings (files written before settings existed get the defaults) and the review of the checks' findings, once there is one. */
export const MetadataAndMarking = z.object({ metadata: MetadataSchema, marking: MarkingSchema, settings: DocumentSettingsSchema, review: ReviewSchema.optional() });

interface Manifest {
  formatVersion: number;
  generator: string;
}

/**
 * What writing and reading the zip need besides its layout. The JavaScript ones (fflate) are
 * the default; a host with a native zlib passes its own, which deflates a long body faster and
 * inflates it without fflate's cold start.
 */
export interface PartCodec {
  /** Raw DEFLATE (no zlib or gzip wrapper), at level 6. */
  deflateRaw(bytes: Uint8Array): Uint8Array;
  /**
   * Inflates raw DEFLATE data whose directory says it unpacks to `size` bytes. Data that goes on
   * past `size` is stopped there (by throwing, or by giving back more than `size` bytes) rather
   * than allowed to grow; the caller refuses any length but `size`.
   */
  inflateRaw(bytes: Uint8Array, size: number): Uint8Array;
  crc32(bytes: Uint8Array): number;
}

export interface EncodeOptions {
  generator?: string;
  codec?: PartCodec;
}

export interface DecodeOptions {
  codec?: PartCodec;
  /** Tests pass their own steps to exercise migration with hand-made old files. */
  migrationSteps?: ReadonlyMap<number, Migration>;
}

/** fflate's, in JavaScript: the default, for every platform. */
export const javaScriptCodec: PartCodec = {
  deflateRaw: (bytes) => deflateSync(bytes, { level: 6 }),
  // One byte of room beyond `size`: fflate drops what does not fit in the buffer it is given, so
  // data that unpacks to more than it claims comes back one byte too long instead of cut to size.
  // (It still inflates such data to its end, at most 1032 times the entry's compressed bytes; the
  // host's native codec stops at once.)
  inflateRaw: (bytes, size) => {
    // Given no data at all, fflate hands back the buffer it was given, as if it were the output.
    if (bytes.length === 0) throw new Error('there is no deflate data');
    return inflateSync(bytes, { out: new Uint8Array(size + 1) });
  },
  crc32,
};

export function encodeBrief(document: BriefDocument, { generator = 'Briefwright', codec = javaScriptCodec }: EncodeOptions = {}): Uint8Array {
  const manifest: Manifest = { formatVersion: document.formatVersion, generator };
  const stored = (name: string, bytes: Uint8Array): ZipEntry => ({ name, method: 0, size: bytes.length, crc: codec.crc32(bytes), data: bytes });
  const deflated = (name: string, bytes: Uint8Array): ZipEntry => ({ name, method: 8, size: bytes.length, crc: codec.crc32(bytes), data: codec.deflateRaw(bytes) });
  const entries = [
    // Stored, and first, so that `file` and other tools recognise the type from its first bytes.
    stored(PART.mimetype, strToU8(BRIEF_MIME_TYPE)),
    deflated(PART.manifest, json(manifest)),
    deflated(PART.document, json({ metadata: document.metadata, marking: document.marking, settings: document.settings, review: document.review })),
    deflated(PART.body, json(document.body)),
    deflated(PART.sources, json(document.sources)),
  ];
  for (const [id, item] of Object.entries(document.media)) {
    entries.push(stored(`${MEDIA_PREFIX}${id}`, base64ToBytes(item.data)), deflated(`${MEDIA_PREFIX}${id}.type`, strToU8(item.mimeType)));
  }
  return zip(entries);
}


/** Reads a `.brief` file, validating every part, and migrates it to the current format. */
export function decodeBrief(bytes: Uint8Array, { codec = javaScriptCodec, migrationSteps = migrations }: DecodeOptions = {}): BriefDocument {
  if (bytes.length === 0) {
    throw new BriefError('empty-file', 'This file is empty. It may not have finished saving or copying.');
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new BriefError(
      'too-large',
      `This file is too large to open (${megabytes(bytes.length)} MB; the limit is ${megabytes(MAX_FILE_BYTES)} MB).`,
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new BriefError('not-a-brief', 'This is not a Briefwright document (.brief).', 'no zip signature');
  }
  const files = unpack(bytes, codec);
  const mimetype = files.get(PART.mimetype);
  if (!mimetype || strFromU8(mimetype).trim() !== BRIEF_MIME_TYPE) {
    throw new BriefError(
      'not-a-brief',
      'This is a zip file, but not a Briefwright document (.brief).',
      mimetype ? `mimetype is "${strFromU8(mimetype).slice(0, 100)}"` : 'no mimetype entry',
    );
  }
  const manifest = readJson(files, PART.manifest) as Partial<Manifest> | undefined;
  const formatVersion = manifest?.formatVersion;
  if (typeof formatVersion !== 'number' || !Number.isSafeInteger(formatVersion) || formatVersion < 0) {
    throw new BriefError(
      'invalid-part',
      'This document is damaged: its format version is missing or not valid.',
      `manifest.json formatVersion is ${describeValue(formatVersion)}`,
    );
  }
  if (formatVersion > CURRENT_FORMAT_VERSION && formatVersion <= Number.MAX_SAFE_INTEGER) {
    throw new BriefError(
      'newer-format',
      `This file was made by a newer Briefwright (format ${formatVersion}); this version reads up to format ${CURRENT_FORMAT_VERSION}. Update Briefwright to open it.`,
    );
  }
  const media: Record<string, unknown> = {};
  for (const [name, content] of files) {
    if (name.startsWith(MEDIA_PREFIX) && !name.endsWith('.type')) {
      const id = name.slice(MEDIA_PREFIX.length);
      const type = files.get(`${name}.type`);
      media[id] = { mimeType: type ? strFromU8(type) : undefined, data: bytesToBase64(content) };
    }
  }
  const raw = migrateForward(
    {
      formatVersion,
      document: readJson(files, PART.document),
      body: readJson(files, PART.body),
      sources: readJson(files, PART.sources) ?? [],
      media,
    },
    migrationSteps,
  );
  return validateParts(raw);
}

function validateParts(raw: RawParts): BriefDocument {
  const head = parsePart(PART.document, raw.document, MetadataAndMarking);
  const body = parsePart(PART.body, raw.body, BodySchema);
  // The document schema's own bound (at most 5,000 sources), so what opens is what the contract accepts.
  const sources = parsePart(PART.sources, raw.sources, BriefDocumentSchema.shape.sources);
  const media: BriefDocument['media'] = {};
  for (const [id, item] of Object.entries(raw.media)) {
    const name = `${MEDIA_PREFIX}${id}`;
    parsePart(name, id, MediaIdSchema);
    media[id] = parsePart(name, item, MediaItemSchema);
  }
  const review = head.review ? { review: head.review } : {};
  return { formatVersion: CURRENT_FORMAT_VERSION, metadata: head.metadata, marking: head.marking, settings: head.settings, body, sources, media, ...review };
}

function parsePart<S extends z.ZodType>(part: string, value: unknown, schema: S): z.infer<S> {
  if (value === undefined) {
    throw new BriefError('invalid-part', `This document is damaged: ${describePart(part)} is missing (part "${readableName(part)}").`, `${part} missing`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new BriefError(
      'invalid-part',
      `This document is damaged: ${describePart(part)} does not have the expected content (part "${readableName(part)}").`,
      describeIssues(part, parsed.error),
    );
  }
  return parsed.data;
}

export function describeIssues(where: string, error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${where}${issue.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue.message}`)
    .join('\n');
}

/**
 * The parts of the zip by name (a later entry of the same name wins, as with fflate). What the
 * directory claims is checked for every entry before anything is inflated; each part must then
 * unpack to exactly its claimed size and CRC-32.
 */
function unpack(bytes: Uint8Array, codec: PartCodec): Map<string, Uint8Array> {
  try {
    const entries = readZip(bytes);
    checkClaims(entries, bytes.length);
    return new Map(entries.map((entry) => [entry.name, unpackEntry(entry, codec)]));
  } catch (thrown) {
    if (thrown instanceof BriefError) throw thrown;
    throw new BriefError(
      'damaged-file',
      'This document is damaged and cannot be read. It may have been cut short while saving or copying.',
      thrown instanceof Error ? thrown.message : String(thrown),
    );
  }
}

function checkClaims(entries: readonly ZipEntry[], fileLength: number): void {
  let total = 0;
  for (const { name, method, size, data } of entries) {
    // Deflate cannot expand data more than 1032 times; a stored entry unpacks to its own size.
    // Sizes beyond that are a damaged directory (often one flipped bit), not a large document.
    const possible = method === 0 ? size === data.length : size <= data.length * 1032 + 1024;
    if (!possible) throw new Error(`"${name}" claims ${size} bytes from ${data.length} in a file of ${fileLength}`);
    const limit = name.startsWith(MEDIA_PREFIX) ? MAX_MEDIA_PART_BYTES : MAX_JSON_PART_BYTES;
    total += size;
    if (size > limit) {
      throw new BriefError(
        'too-large',
        `This document is too large to open: ${describePart(name)} unpacks to ${megabytes(size)} MB (part "${readableName(name)}").`,
      );
    }
    if (total > MAX_TOTAL_UNPACKED_BYTES) {
      throw new BriefError('too-large', `This document is too large to open: it unpacks to more than ${megabytes(MAX_TOTAL_UNPACKED_BYTES)} MB.`);
    }
  }
}

function unpackEntry({ name, method, size, crc, data }: ZipEntry, codec: PartCodec): Uint8Array {
  let unpacked = data;
  if (method === 8) {
    try {
      unpacked = codec.inflateRaw(data, size);
    } catch (thrown) {
      throw new Error(`"${name}" cannot be inflated: ${thrown instanceof Error ? thrown.message : String(thrown)}`, { cause: thrown });
    }
  }
  if (unpacked.length !== size) {
    throw new Error(`"${name}" unpacks to ${unpacked.length > size ? 'more than' : `only ${unpacked.length} of`} the ${size} bytes its directory entry claims`);
  }
  if (codec.crc32(unpacked) !== crc) throw new Error(`"${name}" does not match its CRC-32: its bytes are damaged`);
  return unpacked;
}

function readJson(files: ReadonlyMap<string, Uint8Array>, name: string): unknown {
  const bytes = files.get(name);
  if (!bytes) return undefined;
  try {
    return JSON.parse(strFromU8(bytes));
  } catch (thrown) {
    throw new BriefError(
      'invalid-part',
      `This document is damaged: ${describePart(name)} cannot be read (part "${name}").`,
      thrown instanceof Error ? thrown.message : String(thrown),
    );
  }
}

/** A short, safe description of any parsed JSON value (which may be huge or nested thousands deep). */
function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;
}

/** What a part holds, in an analyst's words. */
function describePart(name: string): string {
  switch (name) {
    case PART.document:
      return 'its title and details';
    case PART.body:
      return 'its text';
    case PART.sources:
      return 'its list of sources';
    case PART.manifest:
      return 'its format information';
    default:
      return name.startsWith(MEDIA_PREFIX) ? 'one of its images' : 'one of its parts';
  }
}

/** A part's name as it may appear in a message: a damaged zip can hold any bytes there, of any length. */
function readableName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const printable = name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  return printable.length > 60 ? `${printable.slice(0, 60)}…` : printable;
}

function json(value: unknown): Uint8Array {
  return strToU8(JSON.stringify(value));
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
