import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface FindBarProps {
  query: string;
  replacement: string;
  matchCase: boolean;
  showReplace: boolean;
  /** False for a read-only document: find only. */
  canReplace: boolean;
  /** A new object each time find is asked for: that field is focused and its text selected. */
  focusRequest: { field: 'find' | 'replace' };
  countText: string;
  hasMatches: boolean;
  onQueryChange: (query: string) => void;
  onReplacementChange: (replacement: string) => void;
  onMatchCaseChange: (matchCase: boolean) => void;
  onShowReplaceChange: (show: boolean) => void;
  /** Ctrl+H inside the bar: show the replace field and move there. */
  onOpenReplace: () => void;
  onNext: () => void;
  onPrevious: () => void;
  onReplace: () => void;
  onReplaceAll: () => void;
  onClose: () => void;
}

export function FindBar(props: FindBarProps) {
  const { query, replacement, matchCase, showReplace, focusRequest, countText, hasMatches } = props;
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Replace is only where to start typing once there is something to find.
    const input = focusRequest.field === 'replace' && findInput.current?.value ? replaceInput.current : findInput.current;
    input?.focus();
    input?.select();
  }, [focusRequest]);

  const onBarKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if (props.canReplace && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'h') {
      event.preventDefault();
      props.onOpenReplace();
    } else if (event.key === 'F3') {
      event.preventDefault();
      if (event.shiftKey) props.onPrevious();
      else props.onNext();
    }
  };

  return (
    <div className="find-bar" role="search" aria-label="Find and replace" data-testid="find-bar" onKeyDown={onBarKeyDown}>
      {props.canReplace && (
        <button
          type="button"
          className="find-expand"
          aria-expanded={showReplace}
          aria-label={showReplace ? 'Hide replace' : 'Show replace'}
          title={showReplace ? 'Hide replace' : 'Replace (Ctrl+H)'}
          onClick={() => props.onShowReplaceChange(!showReplace)}
        >
          {showReplace ? '▾' : '▸'}
        </button>
      )}
      <div className="find-rows">
        <div className="find-row">
          <input
            ref={findInput}
            className="find-input"
            value={query}
            placeholder="Find"
            aria-label="Find"
            data-testid="find-input"
            onChange={(event) => props.onQueryChange(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              if (event.shiftKey) props.onPrevious();
              else props.onNext();
            }}
          />
          <span className="find-count" aria-live="polite" data-testid="find-count">
            {countText}
          </span>
          <button
            type="button"
            className="find-option"
            aria-pressed={matchCase}
            aria-label="Match case"
            title="Match case"
            data-testid="match-case"
            onClick={() => props.onMatchCaseChange(!matchCase)}
          >
            Aa
          </button>
          <button type="button" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={!hasMatches} onClick={props.onPrevious} data-testid="find-previous">
            ↑
          </button>
          <button type="button" aria-label="Next match" title="Next match (Enter)" disabled={!hasMatches} onClick={props.onNext} data-testid="find-next">
            ↓
          </button>
          <button type="button" aria-label="Close find" title="Close (Escape)" onClick={props.onClose} data-testid="find-close">
            ×
          </button>
        </div>
        {showReplace && (
          <div className="find-row">
            <input
              ref={replaceInput}
              className="find-input"
              value={replacement}
              placeholder="Replace with"
              aria-label="Replace with"
              data-testid="replace-input"
              onChange={(event) => props.onReplacementChange(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                props.onReplace();
              }}
            />
            <button type="button" className="find-text-button" disabled={!hasMatches} onClick={props.onReplace} title="Replace this match (Enter)" data-testid="replace-one">
              Replace
            </button>
            <button type="button" className="find-text-button" disabled={!hasMatches} onClick={props.onReplaceAll} title="Replace every match" data-testid="replace-all">
              Replace all
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
