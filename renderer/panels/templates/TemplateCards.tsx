import { useEffect, useRef } from 'react';
import type { Template } from '../../../core/templates/schema';

/**
 * The templates as cards: name, what it is for, and its sections as a preview of the
 * document it makes. Used by the start strip and by File › New. The analyst's default
 * template (their preferences) is marked as such and can take the focus, so Enter starts
 * one; the order stays the same, so the cards are where the analyst last saw them.
 */
export function TemplateCards({
  templates,
  layout,
  onChoose,
  preferred,
  focusPreferred = false,
}: {
  templates: readonly Template[];
  layout: 'row' | 'column';
  onChoose: (template: Template) => void;
  /** The id of the analyst's default template. */
  preferred?: string;
  focusPreferred?: boolean;
}) {
  const preferredCard = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusPreferred) return;
    // After the dialog around the cards has opened and placed its own first focus.
    const frame = requestAnimationFrame(() => preferredCard.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [focusPreferred]);
  return (
    <ul className={`template-list template-list-${layout}`} aria-label="Templates">
      {templates.map((template) => {
        const isPreferred = template.id === preferred;
        return (
          <li key={template.id}>
            <button
              type="button"
              className={`template-card${isPreferred ? ' template-card-preferred' : ''}`}
              data-template={template.id}
              data-preferred={isPreferred || undefined}
              ref={isPreferred ? preferredCard : undefined}
              onClick={() => onChoose(template)}
            >
              <strong>
                {template.name}
                {isPreferred && <span className="template-default-tag"> · your default</span>}
              </strong>
              <span className="template-description">{template.description}</span>
              {template.sections.length > 0 && (
                <span className="template-sections" aria-label={`Sections: ${template.sections.map((section) => section.heading).join(', ')}`}>
                  {template.sections.map((section) => section.heading).join(' · ')}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
