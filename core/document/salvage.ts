import { strFromU8, Unzip, UnzipInflate } from 'fflate';
import { bytesToBase64 } from '../text/base64';
import { MAX_TOTAL_UNPACKED_BYTES, MEDIA_PREFIX, MetadataAndMarking, PART } from './container';
import { createDocument } from './create';
import { BodySchema, MAX_SOURCES, MediaIdSchema, MediaItemSchema, SourceSchema, type BriefDocument, type SerializedBodyNode } from './schema';

export interface Salvaged {
  /** What could be read, as a new document; everything in it passed validation. */
  document: BriefDocument;
  /** What was lost, in an analyst's words. */
  lost: string[];
}

/**
 * Reads what it can of a damaged `.brief`: entries are read in order from the
 * start of the file (so a file cut short still gives its first parts), and each
 * part, each top-level block and each source is kept only if it validates on its
 * own. Returns null when nothing of the document could be read.
 */
export function salvageBrief(bytes: Uint8Array, now: Date): Salvaged | null {
  const files = readEntriesFromStart(bytes);
  const lost: string[] = [];
  const document = createDocument({ now });
  let found = 0;

  const head = MetadataAndMarking.safeParse(parseJson(files.get(PART.document)));
  if (head.success) {
    document.metadata = head.data.metadata;
    document.marking = head.data.marking;
    document.settings = head.data.settings;
    found += 1;
  } else lost.push('the title and other details of the document');

  const body = parseJson(files.get(PART.body)) as { root?: { children?: unknown } } | undefined;
  const children = Array.isArray(body?.root?.children) ? (body.root.children as unknown[]) : [];
  const kept = children.filter((child) => BodySchema.safeParse({ root: { type: 'root', version: 1, children: [child] } }).success) as SerializedBodyNode[];
  if (kept.length > 0) {
    document.body = { root: { ...document.body.root, children: kept } };
    found += 1;
  }
  if (kept.length < children.length || children.length === 0) {
    lost.push(children.length === 0 ? 'the text of the document' : `${children.length - kept.length} of ${children.length} blocks of text`);
  }

  const sources = parseJson(files.get(PART.sources));
  const sourceList = Array.isArray(sources) ? sources : [];
  document.sources = sourceList
    .flatMap((source) => {
      const parsed = SourceSchema.safeParse(source);
      return parsed.success ? [parsed.data] : [];
    })
    .slice(0, MAX_SOURCES);
  found += document.sources.length;
  const dropped = sourceList.length - document.sources.length;
  if (dropped > 0) lost.push(dropped === 1 ? '1 source' : `${dropped} sources`);
  if (!Array.isArray(sources)) lost.push('the list of sources');

  for (const [name, content] of files) {
    if (!name.startsWith(MEDIA_PREFIX) || name.endsWith('.type')) continue;
    const id = name.slice(MEDIA_PREFIX.length);
    const type = files.get(`${name}.type`);
    const item = MediaItemSchema.safeParse({ mimeType: type ? strFromU8(type) : undefined, data: bytesToBase64(content) });
    if (MediaIdSchema.safeParse(id).success && item.success) document.media[id] = item.data;
    else lost.push(`the image "${id}"`);
  }

  return found === 0 ? null : { document, lost };
}

function readEntriesFromStart(bytes: Uint8Array): Map<string, Uint8Array> {
  const complete = new Map<string, Uint8Array>();
  let unpacked = 0;
  const unzipper = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      unpacked += chunk?.length ?? 0;
      // The same bound as a normal load, so a damaged file cannot become a zip bomb.
      if (error || unpacked > MAX_TOTAL_UNPACKED_BYTES) return;
      chunks.push(chunk);
      if (final) complete.set(file.name, concat(chunks));
    };
    try {
      file.start();
    } catch {
      // An entry with an unknown compression method is skipped, not fatal.
    }
  });
  unzipper.register(UnzipInflate);
  try {
    unzipper.push(bytes, true);
  } catch {
    // Damage stops the reading; entries completed before it are kept.
  }
  return complete;
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}
