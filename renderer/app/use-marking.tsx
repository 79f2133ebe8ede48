import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type { DocumentMarking } from '../../core/document/schema';
import { BriefError } from '../../core/errors';
import { changeDocumentMarking } from '../../core/markings/change-marking';
import { bannerOf, readMark, schemeOf } from '../../core/markings/document-marking';
import { markOfMarking, markText } from '../../core/markings/portion-mark';
import { rollUp } from '../../core/markings/roll-up';
import type { Mark } from '../../core/markings/scheme';
import { MarkingDialog } from '../dialogs/MarkingDialog';
import type { MarkingEnvironment } from '../editor/plugins/markings/markings-context';
import { PortionIndex } from '../editor/plugins/markings/portion-index';
import { MarkingBanner } from '../panels/markings/MarkingBanner';
import { TitlePortionChip } from '../panels/markings/TitlePortionChip';
import type { DocumentSession } from './document-session';

/**
 * The document's marking in the window: the portion marks the editor keeps (through a
 * PortionIndex), the banner they roll up to at the top and bottom of the page, and the
 * dialog that sets the document's own marking.
 */
export function useMarking(session: DocumentSession) {
  const { open } = session;
  const { marking, sources } = open.document;
  const index = useMemo(() => new PortionIndex(), [open.generation]); // eslint-disable-line react-hooks/exhaustive-deps
  // Renders again whenever a mark appears in the text or goes from it: the index lives outside React.
  const bodyMarks = useSyncExternalStore(index.subscribe, () => index.distinct());
  const [editing, setEditing] = useState(false);
  const scheme = schemeOf(marking).scheme;

  // Every mark besides the document's own: the body's (from the editor), the title's and the sources'.
  const written = [...bodyMarks, marking.titlePortion ?? '', ...sources.map((source) => source.portionMark)];
  const otherMarks = scheme ? written.map((text) => readMark(text, scheme)).filter((mark): mark is Mark => mark !== null) : [];
  const own = scheme ? markOfMarking(marking, scheme) : null;
  const documentPortion = own && scheme ? markText(own, scheme, 'portion') : '';
  const banner = scheme ? rollUp(scheme, own, otherMarks) : null;

  // As core/checks decides when every portion must be marked.
  const topLevel = scheme?.levels.find((level) => level.id === banner?.level);
  const marksRequired = scheme !== null && (scheme.portionMarks === 'required' || Boolean(topLevel?.requiresPortionMarks) || (scheme.portionMarks === 'if-any' && otherMarks.length > 0));

  // Its consumers read its fields, so a fresh object each render costs nothing.
  const environment: MarkingEnvironment = { scheme: scheme && scheme.levels.length > 0 ? scheme : null, documentPortion, index, marksRequired };

  const applyMarking = useCallback(
    (next: Pick<DocumentMarking, 'scheme' | 'level' | 'controls' | 'customScheme'>, reason: string) => {
      const document = session.currentDocument();
      let changed: DocumentMarking;
      if (next.scheme === document.marking.scheme) {
        changed = changeDocumentMarking(document, next, { reason, now: new Date() });
      } else {
        // Another scheme (offered only while nothing is marked): leaving a level behind is a lowering, and needs its reason.
        const from = own && scheme ? markText(own, scheme, 'portion') : '';
        if (from !== '' && reason.trim() === '') throw new BriefError('invalid-request', 'Say why the marking changes to another scheme; the reason is kept with the document.');
        const change = { from, to: '', reason: reason.trim(), at: new Date().toISOString() };
        changed = {
          scheme: next.scheme,
          level: next.level,
          controls: next.controls,
          // An organisation's scheme travels in the document, so its banners and checks work wherever the file is opened.
          ...(next.customScheme ? { customScheme: next.customScheme } : {}),
          ...(from !== '' ? { changes: [...(document.marking.changes ?? []), change] } : {}),
        };
      }
      session.updateDocument((current) => ({ ...current, marking: changed }));
      setEditing(false);
    },
    [session, own, scheme],
  );

  const raisedBy = banner && own && scheme && markText(banner, scheme, 'banner') !== markText(own, scheme, 'banner') ? `raised by its portions from ${markText(own, scheme, 'banner')}` : null;
  const bannerShown = banner && scheme ? bannerOf(banner, scheme) : null;
  const bannerAt = (position: 'top' | 'bottom') =>
    bannerShown ? (
      <MarkingBanner banner={bannerShown} levelId={banner?.level ?? null} position={position} raisedBy={position === 'top' ? raisedBy : null} onEdit={position === 'top' ? () => setEditing(true) : undefined} />
    ) : position === 'top' ? (
      <div className="marking-banner marking-banner-none marking-banner-top" data-testid="banner-top">
        <span className="marking-banner-text">Not marked</span>
        <button type="button" className="marking-banner-edit" onClick={() => setEditing(true)} data-testid="edit-marking">
          Marking…
        </button>
      </div>
    ) : null;

  const dialog = editing ? (
    <MarkingDialog marking={marking} hasPortionMarks={otherMarks.length > 0} onApply={applyMarking} onCancel={() => setEditing(false)} />
  ) : null;

  const titleChip =
    environment.scheme && open.document.metadata.title !== '' ? (
      <TitlePortionChip
        scheme={environment.scheme}
        mark={marking.titlePortion ?? ''}
        required={marksRequired}
        readOnly={open.readOnly}
        onChange={(mark) => session.updateDocument((document) => ({ ...document, marking: { ...document.marking, titlePortion: mark } }))}
      />
    ) : null;

  return { environment, titleChip, top: bannerAt('top'), bottom: bannerAt('bottom'), dialog, edit: () => setEditing(true) };
}
