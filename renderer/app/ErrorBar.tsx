import { useState } from 'react';
import type { Problem } from './document-session';

/** Shows an error in the analyst's words, the one action that helps, and the technical detail one click away. */
export function ErrorBar({ problem, onDismiss }: { problem: Problem; onDismiss: () => void }) {
  const [showDetail, setShowDetail] = useState(false);
  const { error, action } = problem;
  return (
    <div className="error-bar" role="alert" data-testid="error-bar" data-code={error.code}>
      <span className="error-message">{error.message}</span>
      {action && (
        <button type="button" className="bar-action" onClick={action.run} data-testid="error-action">
          {action.label}
        </button>
      )}
      {error.detail && (
        <button type="button" className="link-button" onClick={() => setShowDetail(!showDetail)} aria-expanded={showDetail}>
          {showDetail ? 'Hide details' : 'Details'}
        </button>
      )}
      <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss">
        ✕
      </button>
      {showDetail && error.detail && <pre className="error-detail">{error.detail}</pre>}
    </div>
  );
}

export function NoticeBar({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className="notice-bar" role="status" data-testid="notice-bar">
      <span className="error-message">{message}</span>
      <button type="button" className="link-button" onClick={onDismiss} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
