import type { ReactNode } from 'react';

/** A form dialog's buttons: any extra ones first, then Cancel, then the primary submit. */
export function FormActions({
  submitLabel,
  submitTestId,
  submitDisabled = false,
  onCancel,
  children,
}: {
  submitLabel: string;
  submitTestId?: string;
  submitDisabled?: boolean;
  onCancel: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="dialog-actions">
      {children}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="primary" disabled={submitDisabled} data-testid={submitTestId}>
        {submitLabel}
      </button>
    </div>
  );
}
