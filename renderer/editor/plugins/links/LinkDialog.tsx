import { useState } from 'react';
import { Dialog } from '../../../dialogs/Dialog';
import { parseLinkUrl } from './link-url';
import { FormActions } from '../../../dialogs/FormActions';

export interface LinkDialogProps {
  /** The address of the link being edited, or '' for a new link. */
  initialUrl: string;
  /** A new link at a caret needs text to show; a selection or an existing link already has it. */
  asksForText: boolean;
  onApply: (url: string, text: string) => void;
  onRemove: (() => void) | null;
  onCancel: () => void;
}

export function LinkDialog({ initialUrl, asksForText, onApply, onRemove, onCancel }: LinkDialogProps) {
  const [url, setUrl] = useState(initialUrl);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Dialog title={initialUrl ? 'Edit link' : 'Insert link'} onCancel={onCancel} testId="link-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = parseLinkUrl(url);
          if (parsed.ok) onApply(parsed.url, text.trim());
          else setProblem(parsed.message);
        }}
      >
        <label className="field">
          <span>Address</span>
          <input
            autoFocus
            value={url}
            placeholder="https://…"
            onChange={(event) => {
              setUrl(event.target.value);
              setProblem(null);
            }}
            aria-invalid={problem !== null}
            aria-describedby="link-url-hint"
            data-testid="link-url"
          />
        </label>
        <p id="link-url-hint" className="hint" role={problem ? 'alert' : undefined} data-testid="link-url-hint">
          {problem ?? 'A web page (http, https) or an e-mail address.'}
        </p>
        {asksForText && (
          <label className="field">
            <span>Text to show</span>
            <input value={text} placeholder="The address itself" onChange={(event) => setText(event.target.value)} data-testid="link-text" />
          </label>
        )}
        <FormActions submitLabel="Apply" submitTestId="link-apply" onCancel={onCancel}>
          {onRemove && (
            <button type="button" className="dialog-action-start" onClick={onRemove} data-testid="link-remove">
              Remove link
            </button>
          )}
        </FormActions>
      </form>
    </Dialog>
  );
}
