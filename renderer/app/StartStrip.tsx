import type { Template } from '../../core/templates/schema';
import { TemplateCards } from '../panels/templates/TemplateCards';

/**
 * What a fresh window offers above its empty page: start from a template or open a
 * document. The page below stays live, so an analyst who just wants to type can; the
 * strip goes as soon as they do.
 */
export function StartStrip({
  templates,
  onChoose,
  onOpen,
  onDismiss,
  preferred,
}: {
  templates: readonly Template[];
  /** The analyst's default template, offered first. */
  preferred?: string;
  onChoose: (template: Template) => void;
  onOpen: () => void;
  onDismiss: () => void;
}) {
  return (
    <section className="start-strip" aria-labelledby="start-strip-title" data-testid="start-strip">
      <div className="start-strip-head">
        <h2 id="start-strip-title">Start a new document</h2>
        <button type="button" onClick={onOpen}>
          Open a document…
        </button>
        <button type="button" className="start-strip-close" onClick={onDismiss} aria-label="Hide and start with a blank page" title="Hide and write on the blank page">
          ×
        </button>
      </div>
      <TemplateCards templates={templates} layout="row" onChoose={onChoose} preferred={preferred} />
    </section>
  );
}
