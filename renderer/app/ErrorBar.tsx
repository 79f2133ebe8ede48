import { useState } from 'react';
import type { BriefErrorInfo } from '../../core/errors';

/** Shows an error in the analyst's words, with the technical detail one click away. */
export function ErrorBar({ error, onDismiss }: { error: BriefErrorInfo; onDismiss: () => void }) {
  const [showDetail, setShowDetail] = useState(false);
  return (
    <div className="error-bar" role="alert" data-testid="error-bar" data-code={error.code}>
      <span className="error-message">{error.message}</span>
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
