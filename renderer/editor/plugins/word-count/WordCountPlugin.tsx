import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';
import { countCharacters, countWords } from '../../../../core/text/word-count';

/** Counting waits for a pause in typing: a long brief is not recounted on every keystroke. */
const RECOUNT_DELAY_MS = 250;

interface Counts {
  words: number;
  characters: number;
}

const numberFormat = new Intl.NumberFormat();

function plural(count: number, one: string, many: string): string {
  return `${numberFormat.format(count)} ${count === 1 ? one : many}`;
}

/** Words and characters in the document, live, for the status bar. */
export function WordCountPlugin() {
  const [editor] = useLexicalComposerContext();
  const [counts, setCounts] = useState<Counts>({ words: 0, characters: 0 });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = (text: string) => setCounts({ words: countWords(text), characters: countCharacters(text) });
    recount(editor.getEditorState().read(() => $getRoot().getTextContent()));
    const stopListening = editor.registerTextContentListener((text) => {
      clearTimeout(timer);
      timer = setTimeout(() => recount(text), RECOUNT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stopListening();
    };
  }, [editor]);

  return (
    <span className="status-item" data-testid="word-count" aria-live="off">
      {plural(counts.words, 'word', 'words')} · {plural(counts.characters, 'character', 'characters')}
    </span>
  );
}
