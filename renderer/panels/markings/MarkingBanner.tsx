import type { MarkingBanner as Banner } from '../../../core/markings/document-marking';
import './markings.css';

/**
 * Conventional banner colours for US classification levels (the CAPCO register's), with
 * text that meets WCAG AA on each; the level is always written out, never colour alone.
 */
const CLASSIFICATION_COLOURS: Readonly<Record<string, { background: string; text: string }>> = {
  U: { background: '#007a33', text: '#ffffff' },
  CUI: { background: '#502b85', text: '#ffffff' },
  C: { background: '#0033a0', text: '#ffffff' },
  S: { background: '#c8102e', text: '#ffffff' },
  TS: { background: '#ff8c00', text: '#000000' },
};

export interface MarkingBannerProps {
  banner: Banner;
  levelId: string | null;
  position: 'top' | 'bottom';
  /** Opens the document's marking; only on the top banner. */
  onEdit?: () => void;
  /** Why the banner stands above the document's own marking, when it does. */
  raisedBy?: string | null;
}

/** The banner at the top and bottom of the page: the rolled-up marking, as every exported page carries it. */
export function MarkingBanner({ banner, levelId, position, onEdit, raisedBy }: MarkingBannerProps) {
  const colours = banner.style === 'tlp' ? { background: '#000000', text: `#${banner.color ?? 'FFFFFF'}` } : (levelId && CLASSIFICATION_COLOURS[levelId]) || { background: '#3d4654', text: '#ffffff' };
  return (
    <div
      className={`marking-banner marking-banner-${banner.style} marking-banner-${position}`}
      style={{ background: colours.background, color: colours.text }}
      role="note"
      aria-label={`Document marking${position === 'bottom' ? ' (foot of page)' : ''}: ${banner.text}`}
      data-testid={`banner-${position}`}
    >
      <span className="marking-banner-text" data-testid={`banner-${position}-text`}>
        {banner.text}
      </span>
      {raisedBy && <span className="marking-banner-note">{raisedBy}</span>}
      {onEdit && (
        <button type="button" className="marking-banner-edit" onClick={onEdit} data-testid="edit-marking" title="The document’s marking: scheme, level and controls">
          Marking…
        </button>
      )}
    </div>
  );
}
