import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

export interface Choice<T extends string> {
  id: T;
  label: string;
  /** The default action: focused first and styled as primary. */
  primary?: boolean;
}

/** A question with a few answers; Escape picks `cancel`. */
export function ChoiceDialog<T extends string>({
  title,
  children,
  choices,
  cancel,
  onChoose,
  testId,
}: {
  title: string;
  children: ReactNode;
  choices: ReadonlyArray<Choice<T>>;
  cancel: T;
  onChoose: (choice: T) => void;
  testId: string;
}) {
  return (
    <Dialog title={title} onCancel={() => onChoose(cancel)} testId={testId}>
      {children}
      <div className="dialog-actions">
        {choices.map((choice) => (
          <button
            key={choice.id}
            type="button"
            className={choice.primary ? 'primary' : undefined}
            autoFocus={choice.primary}
            onClick={() => onChoose(choice.id)}
            data-choice={choice.id}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </Dialog>
  );
}
