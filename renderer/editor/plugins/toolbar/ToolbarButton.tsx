import type { ReactNode } from 'react';

export interface ToolbarButtonProps {
  /** What the button does, for screen readers and the tooltip. */
  label: string;
  /** Shown in the tooltip after the label: "Bold (Ctrl+B)". */
  shortcut?: string;
  testId: string;
  /** For toggles (bold, list): whether it is on for the selection. Left out for plain actions. */
  pressed?: boolean;
  disabled?: boolean;
  className?: string;
  onClick: () => void;
  children: ReactNode;
}

export function ToolbarButton({ label, shortcut, testId, pressed, disabled, className, onClick, children }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={`toolbar-button${className ? ` ${className}` : ''}`}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      data-testid={testId}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function ToolbarSeparator() {
  return <span className="toolbar-separator" role="separator" aria-orientation="vertical" />;
}
