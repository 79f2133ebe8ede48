import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** Tells the analyst why something they asked for did not happen ("That image is over 20 MB"). */
export type Notify = (message: string) => void;

interface NoticeState {
  message: string | null;
  notify: Notify;
  dismiss: () => void;
}

const NoticeContext = createContext<NoticeState>({ message: null, notify: () => undefined, dismiss: () => undefined });

export function useNotify(): Notify {
  return useContext(NoticeContext).notify;
}

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const state = useMemo<NoticeState>(() => ({ message, notify: setMessage, dismiss: () => setMessage(null) }), [message]);
  return <NoticeContext.Provider value={state}>{children}</NoticeContext.Provider>;
}

/** The latest notice, shown above the page until dismissed or replaced. */
export function NoticeArea() {
  const { message, dismiss } = useContext(NoticeContext);
  if (!message) return null;
  return (
    <div className="editor-notice" role="alert" data-testid="editor-notice">
      <span>{message}</span>
      <button type="button" className="editor-notice-close" aria-label="Dismiss message" title="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
