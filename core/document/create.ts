import { CURRENT_FORMAT_VERSION, DEFAULT_DOCUMENT_SETTINGS, type BriefDocument, type DocumentBody, type DocumentMarking, type DocumentSettings, type SerializedBodyNode } from './schema';

/**
 * What a new document starts with where nothing more specific says otherwise: the
 * analyst's preferences (core/preferences), filled in under a template's own defaults.
 */
export interface NewDocumentDefaults {
  author: string;
  marking: Pick<DocumentMarking, 'scheme' | 'level'>;
  yardstick: DocumentSettings['yardstick'];
  notes: DocumentSettings['notes'];
}

/** A new document's starting point when there are no preferences (the command line, tests). */
export const BUILT_IN_NEW_DOCUMENT_DEFAULTS: NewDocumentDefaults = Object.freeze({
  author: '',
  marking: Object.freeze({ scheme: 'none', level: null }),
  yardstick: DEFAULT_DOCUMENT_SETTINGS.yardstick,
  notes: DEFAULT_DOCUMENT_SETTINGS.notes,
});

/** An empty paragraph as Lexical serializes it. */
export function emptyParagraph(): SerializedBodyNode {
  return { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [] };
}

/** A body of these blocks (an editor needs at least one: an empty paragraph is used when there are none). */
export function bodyOf(children: SerializedBodyNode[]): DocumentBody {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: children.length > 0 ? children : [emptyParagraph()] } };
}

/** Lexical's serialized state for an editor holding one empty paragraph. */
export function emptyBody(): DocumentBody {
  return bodyOf([]);
}

/** A blank document; `defaults` gives its author, marking, yardstick and notes placement. */
export function createDocument(options: { now: Date; author?: string; title?: string; defaults?: NewDocumentDefaults }): BriefDocument {
  const stamp = options.now.toISOString();
  const defaults = options.defaults ?? BUILT_IN_NEW_DOCUMENT_DEFAULTS;
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    metadata: {
      title: options.title ?? '',
      templateId: 'blank',
      author: options.author ?? defaults.author,
      created: stamp,
      modified: stamp,
      fields: {},
    },
    marking: { scheme: defaults.marking.scheme, level: defaults.marking.level, controls: [] },
    settings: { ...DEFAULT_DOCUMENT_SETTINGS, yardstick: defaults.yardstick, notes: defaults.notes },
    body: emptyBody(),
    sources: [],
    media: {},
  };
}
