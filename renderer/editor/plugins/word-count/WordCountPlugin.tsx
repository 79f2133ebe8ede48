import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { $topLevelBlocks } from '../../block-groups';
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
    // Counted block by block, each block's count kept while its text is unchanged: a pause in
    // typing recounts one paragraph, not 50,000 words (no word spans two blocks, and the line
    // breaks between them are not counted as characters).
    let counted = new Map<NodeKey, { text: string; counts: Counts }>();
    const recount = () => {
      const next = new Map<NodeKey, { text: string; counts: Counts }>();
      const total: Counts = { words: 0, characters: 0 };
      editor.getEditorState().read(() => {
        for (const block of $topLevelBlocks()) {
          const text = block.getTextContent();
          const known = counted.get(block.getKey());
          const counts = known?.text === text ? known.counts : { words: countWords(text), characters: countCharacters(text) };
          next.set(block.getKey(), { text, counts });
          total.words += counts.words;
          total.characters += counts.characters;
        }
      });
      counted = next;
      setCounts(total);
    };
    recount();
    const stopListening = editor.registerTextContentListener(() => {
      clearTimeout(timer);
      timer = setTimeout(recount, RECOUNT_DELAY_MS);
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
