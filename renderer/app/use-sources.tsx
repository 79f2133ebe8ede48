import { useCallback, useMemo, useState } from 'react';
import type { CaptureOutcome } from '../../core/contract';
import type { CitationFields } from '../../core/citations/schema';
import { toErrorInfo, type BriefErrorInfo } from '../../core/errors';
import type { DocumentSource } from '../../core/sources/schema';
import { formatFullNote } from '../../core/sources/format';
import { bytesToBase64 } from '../../core/text/base64';
import { CitationIndex } from '../editor/plugins/citations/citation-index';
import type { CitationEnvironment } from '../editor/plugins/citations/citations-context';
import { AddSourceDialog, type PastedSource } from '../panels/sources/AddSourceDialog';
import { SourcesPanel, type SourcesView } from '../panels/sources/SourcesPanel';
import type { DocumentSession } from './document-session';
import type { HostClient } from './host-client';

/** An id no other source in the document has. */
function uniqueSourceId(wanted: string, sources: readonly DocumentSource[]): string {
  if (!sources.some((source) => source.id === wanted)) return wanted;
  return `src-${crypto.randomUUID().slice(0, 8)}`;
}

/**
 * The sources side of a window: the panel and its visibility, adding sources (paste,
 * open, drop, each confirmed), and what citations in the text need (numbers, the
 * sources, opening a cited passage).
 */
export function useSources(host: HostClient, session: DocumentSession) {
  const { open, updateSources, showProblem } = session;
  const sources = open.document.sources;
  const [visible, setVisible] = useState(false);
  const [view, setView] = useState<SourcesView>({ sourceId: null, focus: null });
  /** Captures waiting for the analyst to confirm them, first shown first; a null outcome is the paste box. */
  const [pending, setPending] = useState<Array<{ id: number; outcome: CaptureOutcome | null }>>([]);
  const enqueue = useCallback((outcome: CaptureOutcome | null) => setPending((queue) => [...queue, { id: (queue.at(-1)?.id ?? 0) + 1, outcome }]), []);
  // One index per loaded document: the editor remounts with it.
  const index = useMemo(() => new CitationIndex(), [open.generation]); // eslint-disable-line react-hooks/exhaustive-deps

  const openCitation = useCallback((fields: CitationFields) => {
    setVisible(true);
    setView({ sourceId: fields.sourceId, focus: fields.selector });
  }, []);

  const citations: CitationEnvironment = useMemo(
    () => ({
      index,
      sources: new Map(sources.map((source) => [source.id, source])),
      // The hover reads as the source's first note would.
      reference: (source) => formatFullNote(source),
      open: openCitation,
    }),
    [index, sources, openCitation],
  );

  const capture = useCallback(
    async (input: { fileName?: string; mediaType?: string; text?: string; data?: string }): Promise<CaptureOutcome | BriefErrorInfo> => {
      const result = await host.captureSource({ fileName: input.fileName ?? '', mediaType: input.mediaType ?? '', text: input.text, data: input.data });
      return result.ok ? result.value : result.error;
    },
    [host],
  );

  const addFiles = useCallback(
    async (files: File[]) => {
      for (const file of files) {
        const outcome = await capture({ fileName: file.name, mediaType: file.type, data: bytesToBase64(new Uint8Array(await file.arrayBuffer())) });
        if ('code' in outcome) showProblem({ error: { ...outcome, message: `${file.name}: ${outcome.message}` } });
        else enqueue(outcome);
      }
    },
    [capture, showProblem, enqueue],
  );

  /** Sources from a reference manager (CSL-JSON, BibTeX, RIS): no text snapshot, ids made unique in this document. */
  const importReferences = useCallback(
    async (file: File) => {
      // The parsers (citation-js) load only when someone imports references.
      const { importSourcesFile } = await import('../../core/sources/interchange');
      try {
        const imported = importSourcesFile(file.name, await file.text());
        const added: DocumentSource[] = [];
        for (const source of imported.sources) added.push({ ...source, id: uniqueSourceId(source.id, [...sources, ...added]) });
        if (added.length > 0) updateSources([...sources, ...added]);
        const problems = imported.problems.length > 0 ? ` Left out: ${imported.problems.join(' ')}` : '';
        session.showNotice(`Imported ${added.length} ${added.length === 1 ? 'source' : 'sources'} from ${file.name}.${problems}`);
      } catch (thrown) {
        showProblem({ error: toErrorInfo(thrown) });
      }
    },
    [sources, updateSources, session, showProblem],
  );

  /** Copies the sources as CSL-JSON, which Zotero imports from the clipboard. */
  const copyAsCslJson = useCallback(async () => {
    const { toCslJson } = await import('../../core/sources/csl-json');
    await navigator.clipboard.writeText(`${JSON.stringify(toCslJson(sources), null, 2)}\n`);
    session.showNotice(`Copied ${sources.length} ${sources.length === 1 ? 'source' : 'sources'} as CSL-JSON. In Zotero: File › Import from Clipboard.`);
  }, [sources, session]);

  const closeFirst = () => setPending((queue) => queue.slice(1));

  const panel = visible ? (
    <SourcesPanel
      sources={sources}
      readOnly={open.readOnly}
      view={view}
      onView={setView}
      onChange={updateSources}
      onAdd={() => enqueue(null)}
      onAddFiles={(files) => void addFiles(files)}
      onImportReferences={(file) => void importReferences(file)}
      onCopyCslJson={() => void copyAsCslJson()}
      onHide={() => setVisible(false)}
    />
  ) : null;

  const dialog =
    pending[0] ? (
      <AddSourceDialog
        key={pending[0].id}
        initial={pending[0].outcome}
        onCapture={(pasted: PastedSource) => capture(pasted.html ? { mediaType: 'text/html', text: pasted.html } : { mediaType: 'text/plain', text: pasted.text })}
        onCancel={closeFirst}
        onAdd={(source) => {
          const added = { ...source, id: uniqueSourceId(source.id, sources) };
          updateSources([...sources, added]);
          setView({ sourceId: added.id, focus: null });
          closeFirst();
        }}
      />
    ) : null;

  /** Shows one source in the panel (a finding about it was chosen). */
  const showSource = useCallback((sourceId: string) => {
    setView({ sourceId, focus: null });
    setVisible(true);
  }, []);

  return { citations, panel, dialog, visible, toggle: () => setVisible((shown) => !shown), show: () => setVisible(true), showSource, count: sources.length };
}
