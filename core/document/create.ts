import { CURRENT_FORMAT_VERSION, DEFAULT_DOCUMENT_SETTINGS, type BriefDocument, type DocumentBody, type SerializedBodyNode } from './schema';

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

export function createDocument(options: { now: Date; author?: string; title?: string }): BriefDocument {
  const stamp = options.now.toISOString();
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    metadata: {
      title: options.title ?? '',
      templateId: 'blank',
      author: options.author ?? '',
      created: stamp,
      modified: stamp,
      fields: {},
    },
    marking: { scheme: 'none', level: null, controls: [] },
    settings: { ...DEFAULT_DOCUMENT_SETTINGS },
    body: emptyBody(),
    sources: [],
    media: {},
  };
}
