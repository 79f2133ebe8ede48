import { createContext, useContext } from 'react';
import type { MarkingScheme } from '../../../../core/markings/scheme';
import { PortionIndex } from './portion-index';

/** What portion marking in the text needs from the document around the editor. */
export interface MarkingEnvironment {
  /** The document's scheme; null for no marking (or a scheme this version cannot read). */
  scheme: MarkingScheme | null;
  /** The document's own mark as written in a portion ('U'): what a new portion takes. */
  documentPortion: string;
  index: PortionIndex;
  /** Whether every portion must carry a mark now (the scheme's rule, the banner's level, or one already marked): new portions then take one. */
  marksRequired: boolean;
}

export const MarkingContext = createContext<MarkingEnvironment>({ scheme: null, documentPortion: '', index: new PortionIndex(), marksRequired: false });

export function useMarkingEnvironment(): MarkingEnvironment {
  return useContext(MarkingContext);
}
