import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect, useMemo, useRef, useState } from 'react';
import { findMatches, firstMatchFrom, stepMatch, type TextMatch, type TextPosition } from '../../../../core/text/find';
import { $syncSelectionFromDom } from '../../formatting';
import { FindBar } from './FindBar';
import { OPEN_FIND_COMMAND } from './find-commands';
import { clearMatches, paintMatches, revealRange } from './highlights';
import { $caretPosition, $collectTextBlocks, $replaceMatches, $selectMatch, matchRange, type TextBlock } from './text-blocks';
import './find-replace.css';

interface SearchResult {
  blocks: TextBlock[];
  matches: TextMatch[];
}

/** Which match is current: the first from a place in the text, or one picked by stepping. */
type CurrentMatch = { from: TextPosition } | { index: number };

const NOTHING_FOUND: SearchResult = { blocks: [], matches: [] };
const START: TextPosition = { block: 0, offset: 0 };
const LONGEST_PREFILL = 200;

// Each replacement is one undo step; the DOM selection stays put, so focus stays in the bar.
const REPLACE_TAGS = [HISTORY_PUSH_TAG, SKIP_DOM_SELECTION_TAG];

/** A short selection (one line) is what the analyst wants to find when they press Ctrl+F. */
function $selectedPhrase(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const text = selection.getTextContent();
  return text.includes('\n') || text.length > LONGEST_PREFILL ? null : text;
}

function currentIndex(current: CurrentMatch, matches: readonly TextMatch[]): number {
  if ('from' in current) return firstMatchFrom(matches, current.from);
  return Math.min(Math.max(current.index, matches.length > 0 ? 0 : -1), matches.length - 1);
}

function countText(query: string, count: number, index: number, status: string | null): string {
  if (status) return status;
  if (query === '') return '';
  return count === 0 ? 'No results' : `${index + 1} of ${count}`;
}

/** Find and replace over the whole document, in a bar over the top of the page. */
export function FindReplacePlugin({ scroller }: { scroller: () => Element | null }) {
  const [editor] = useLexicalComposerContext();
  const canReplace = useLexicalEditable();
  const [open, setOpen] = useState(false);
  const [showReplace, setShowReplace] = useState(false);
  const [focusRequest, setFocusRequest] = useState<{ field: 'find' | 'replace' }>({ field: 'find' });
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [current, setCurrent] = useState<CurrentMatch>({ from: START });
  const [editorState, setEditorState] = useState(() => editor.getEditorState());
  /** Where the caret was when find opened: a new query searches from there. */
  const caretAtOpen = useRef<TextPosition>(START);
  /** Set when the analyst moves between matches, so the current one scrolls into view. */
  const reveal = useRef(false);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_FIND_COMMAND,
        ({ replace }) => {
          $syncSelectionFromDom(editor);
          const phrase = $selectedPhrase();
          if (phrase) setQuery(phrase);
          caretAtOpen.current = $caretPosition($collectTextBlocks());
          reveal.current = true;
          setCurrent({ from: caretAtOpen.current });
          setEditorState(editor.getEditorState());
          setStatus(null);
          setOpen(true);
          if (replace) setShowReplace(true);
          setFocusRequest({ field: replace ? 'replace' : 'find' });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  // Edits made while the bar is open keep the matches current.
  useEffect(() => {
    if (!open) return;
    return editor.registerUpdateListener(({ editorState: next, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) setEditorState(next);
    });
  }, [editor, open]);

  const result = useMemo<SearchResult>(() => {
    if (!open) return NOTHING_FOUND;
    return editorState.read(() => {
      const blocks = $collectTextBlocks();
      return { blocks, matches: findMatches(blocks.map((block) => block.text), query, { matchCase }) };
    });
  }, [open, editorState, query, matchCase]);
  const index = currentIndex(current, result.matches);

  useEffect(() => {
    if (!open) return clearMatches();
    const ranges = result.matches.map((match) => matchRange(editor, result.blocks, match));
    const currentRange = ranges[index] ?? null;
    paintMatches(
      ranges.filter((range): range is Range => range !== null),
      currentRange,
    );
    if (reveal.current && currentRange) revealRange(currentRange, scroller());
    reveal.current = false;
  }, [editor, open, result, index, scroller]);

  useEffect(() => clearMatches, []);

  if (!open) return null;

  const searchAgain = () => {
    reveal.current = true;
    setStatus(null);
    setCurrent({ from: caretAtOpen.current });
  };

  const step = (direction: 'next' | 'previous') => {
    reveal.current = true;
    setStatus(null);
    setCurrent({ index: stepMatch(index, result.matches.length, direction) });
  };

  const replaceCurrent = () => {
    const match = result.matches[index];
    if (!match) return;
    reveal.current = true;
    setCurrent({ from: { block: match.block, offset: match.start + replacement.length } });
    editor.update(() => $replaceMatches(result.blocks, [match], replacement), { tag: REPLACE_TAGS });
  };

  const replaceAll = () => {
    const count = result.matches.length;
    if (count === 0) return;
    editor.update(() => $replaceMatches(result.blocks, result.matches, replacement), { tag: REPLACE_TAGS });
    setStatus(`Replaced ${count}`);
  };

  const close = () => {
    const match = result.matches[index];
    setOpen(false);
    if (match) editor.update(() => $selectMatch(result.blocks, match));
    editor.focus();
  };

  return (
    <FindBar
      query={query}
      replacement={replacement}
      matchCase={matchCase}
      showReplace={showReplace && canReplace}
      canReplace={canReplace}
      focusRequest={focusRequest}
      countText={countText(query, result.matches.length, index, status)}
      hasMatches={result.matches.length > 0}
      onQueryChange={(next) => {
        setQuery(next);
        searchAgain();
      }}
      onReplacementChange={setReplacement}
      onMatchCaseChange={(next) => {
        setMatchCase(next);
        searchAgain();
      }}
      onShowReplaceChange={setShowReplace}
      onOpenReplace={() => {
        setShowReplace(true);
        setFocusRequest({ field: 'replace' });
      }}
      onNext={() => step('next')}
      onPrevious={() => step('previous')}
      onReplace={replaceCurrent}
      onReplaceAll={replaceAll}
      onClose={close}
    />
  );
}
