import { createContext, useContext } from 'react';
import type { CitationFields } from '../../../../core/citations/schema';
import type { RefRun } from '../../../../core/sources/format';
import type { DocumentSource } from '../../../../core/sources/schema';
import { CitationIndex } from './citation-index';

/** What citations in the text need from the document around the editor. */
export interface CitationEnvironment {
  index: CitationIndex;
  sources: ReadonlyMap<string, DocumentSource>;
  /** The formatted reference for a citation's source (as its note would read). */
  reference(source: DocumentSource): readonly RefRun[];
  /** Opens the cited source at the cited passage. */
  open(fields: CitationFields): void;
}

export const CitationContext = createContext<CitationEnvironment>({
  index: new CitationIndex(),
  sources: new Map(),
  reference: (source) => [{ text: source.title }],
  open: () => undefined,
});

export function useCitationEnvironment(): CitationEnvironment {
  return useContext(CitationContext);
}
