import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { findMatches, firstMatchFrom, stepMatch, type TextMatch, type TextPosition } from '../../../../core/text/find';
import { FindBar } from './FindBar';
import { OPEN_FIND_COMMAND } from './find-commands';
import { clearMatches, paintMatches, revealRange } from './highlights';
import { $caretPosition, $collectTextBlocks, $replaceMatches, $selectMatch, matchRange, type TextBlock } from './text-blocks';
import './find-replace.css';

interface SearchResult {
  blocks: TextBlock[];
  matches: TextMatch[];
}

const NOTHING_FOUND: SearchResult = { blocks: [], matches: [] };
const LONGEST_PREFILL = 200;

/** A short selection (one line) is what the analyst wants to find when they press Ctrl+F. */
function $selectedPhrase(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const text = selection.getTextContent();
  return text.includes('\n') || text.length > LONGEST_PREFILL ? null : text;
}

function countText(query: string, result: SearchResult, current: number, status: string | null): string {
  if (status) return status;
  if (query === '') return '';
  if (result.matches.length === 0) return 'No results';
  return `${current + 1} of ${result.matches.length}`;
}

/** Find and replace over the whole document, as a bar above the page. */
export function FindReplacePlugin({ scroller }: { scroller: () => Element | null }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [showReplace, setShowReplace] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: 'find' | 'replace' }>({ field: 'find' });
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [result, setResult] = useState<SearchResult>(NOTHING_FOUND);
  const [current, setCurrent] = useState(-1);
  const [status, setStatus] = useState<string | null>(null);
  /** Where the next search counts from: the caret when find opened, or just after a replacement. */
  const origin = useRef<TextPosition | null>(null);
  /** Set by navigation, so the current match scrolls into view; edits elsewhere do not scroll. */
  const reveal = useRef(false);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIND_COMMAND,
        ({ replace }) => {
          const phrase = $selectedPhrase();
          if (phrase) setQuery(phrase);
          origin.current = $caretPosition($collectTextBlocks());
          setOpen(true);
          if (replace) setShowReplace(true);
          setFocusRequest({ field: replace && (phrase ?? query) ? 'replace' : 'find' });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, query],
  );

  const search = useCallback(
    (): SearchResult =>
      editor.getEditorState().read(() => {
        const blocks = $collectTextBlocks();
        return { blocks, matches: findMatches(blocks.map((block) => block.text), query, { matchCase }) };
      }),
    [editor, query, matchCase],
  );

  const applySearch = useCallback(() => {
    const found = search();
    setResult(found);
    if (origin.current) {
      setCurrent(firstMatchFrom(found.matches, origin.current));
      origin.current = null;
      reveal.current = true;
    } else setCurrent((index) => Math.min(Math.max(index, found.matches.length > 0 ? 0 : -1), found.matches.length - 1));
  }, [search]);

  // A new query or option searches again from the caret.
  useEffect(() => {
    if (!open) return;
    origin.current ??= editor.getEditorState().read(() => $caretPosition($collectTextBlocks()));
    setStatus(null);
    applySearch();
  }, [editor, open, applySearch]);

  // Typing in the document keeps the matches current.
  useEffect(() => {
    if (!open) return;
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) applySearch();
    });
  }, [editor, open, applySearch]);

  useEffect(() => {
    if (!open) return clearMatches();
    const ranges = result.matches.map((match) => matchRange(editor, result.blocks, match));
    const currentRange = ranges[current] ?? null;
    paintMatches(
      ranges.filter((range): range is Range => range !== null),
      currentRange,
    );
    if (reveal.current && currentRange) revealRange(currentRange, scroller());
    reveal.current = false;
  }, [editor, open, result, current, scroller]);

  useEffect(() => clearMatches, []);

  if (!open) return null;

  const step = (direction: 'next' | 'previous') => {
    reveal.current = true;
    setStatus(null);
    setCurrent(stepMatch(current, result.matches.length, direction));
  };

  // One update is one undo step; the DOM selection stays put so focus stays in the bar.
  const replaceTags = [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG];

  const replaceCurrent = () => {
    const match = result.matches[current];
    if (!match) return;
    origin.current = { block: match.block, offset: match.start + replacement.length };
    editor.update(() => $replaceMatches(result.blocks, [match], replacement), { tag: replaceTags });
  };

  const replaceAll = () => {
    const count = result.matches.length;
    if (count === 0) return;
    editor.update(() => $replaceMatches(result.blocks, result.matches, replacement), { tag: replaceTags });
    setStatus(`Replaced ${count}`);
  };

  const close = () => {
    const match = result.matches[current];
    setOpen(false);
    if (match) editor.update(() => $selectMatch(result.blocks, match));
    editor.focus();
  };

  return (
    <FindBar
      query={query}
      replacement={replacement}
      matchCase={matchCase}
      showReplace={showReplace}
      focusRequest={focusRequest}
      countText={countText(query, result, current, status)}
      hasMatches={result.matches.length > 0}
      onQueryChange={setQuery}
      onReplacementChange={setReplacement}
      onMatchCaseChange={setMatchCase}
      onShowReplaceChange={setShowReplace}
      onNext={() => step('next')}
      onPrevious={() => step('previous')}
      onReplace={replaceCurrent}
      onReplaceAll={replaceAll}
      onClose={close}
    />
  );
}
