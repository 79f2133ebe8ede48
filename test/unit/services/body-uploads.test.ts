import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BodyDeltaWriter } from '../../../core/document/body-delta';
import { decodeBrief } from '../../../core/document/container';
import type { BriefDocument, SerializedBodyNode } from '../../../core/document/schema';
import { WorkspacePaths } from '../../../electron/services/document-paths';
import { dispatchHostCall, type createHostHandlers } from '../../../electron/services/host-handlers';
import type { RecoveryStore } from '../../../electron/services/recovery-store';
import { sampleReadout } from '../../fixtures/documents';
import { testHostHandlers } from './test-host';

const SESSION = 'session-body-uploads-01';

// Saves and recovery copies, as the page sends them: the body as a change to the last one the
// host took from the same window for the same call.
describe('saving a document sent as a change to the last body', () => {
  let handlers: ReturnType<typeof createHostHandlers>;
  let workspace: string;
  let recovery: RecoveryStore;

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'bw-uploads-'));
    const paths = await WorkspacePaths.open(workspace);
    ({ handlers, recovery } = await testHostHandlers({ appInfo: { version: 'test', shell: 'web', nativeDialogs: false, workspace }, paths, workspace: paths }));
  });

  const withBlocks = (document: BriefDocument, blocks: SerializedBodyNode[]): BriefDocument => ({ ...document, body: { root: { ...document.body.root, children: blocks } } });
  const paragraph = (text: string): SerializedBodyNode => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text } as SerializedBodyNode] });
  const save = (document: BriefDocument, delta: unknown) =>
    dispatchHostCall(handlers, 'saveDocument', { path: 'readout.brief', sessionId: SESSION, document: { ...document, body: delta }, expectedSha256: null, overwrite: true });
  const saved = async () => decodeBrief(new Uint8Array(await readFile(join(workspace, 'readout.brief'))));

  it('writes the whole document from a change of one block, and refuses a change to a body it does not have', async () => {
    const document = sampleReadout();
    const writer = new BodyDeltaWriter();
    const first = writer.delta(document.body);
    expect(await save(document, JSON.parse(JSON.stringify(first.delta)))).toMatchObject({ ok: true });
    first.accept();

    const [opening, ...rest] = document.body.root.children;
    const edited = withBlocks(document, [paragraph('A new first paragraph.'), ...(opening ? [opening] : []), ...rest]);
    const change = writer.delta(edited.body);
    const sent = JSON.parse(JSON.stringify(change.delta)) as { blocks: unknown[] };
    // One block whole, every other one by its position.
    expect(sent.blocks.filter((block) => typeof block === 'object')).toHaveLength(1);
    expect(await save(edited, sent)).toMatchObject({ ok: true });
    expect((await saved()).body).toEqual(edited.body);

    // A recovery copy is told against the last copy, not the last save: its first body must come whole.
    const copy = await dispatchHostCall(handlers, 'storeRecovery', { sessionId: SESSION, documentPath: 'readout.brief', name: 'readout.brief', baseSha256: null, document: { ...edited, body: sent } });
    expect(copy).toMatchObject({ ok: false, error: { code: 'stale-body' } });
    expect(await recovery.list()).toEqual([]);

    // The file is left as it was when the change cannot be read.
    const stale = await save(document, { ...sent, base: 12_345 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale-body' } });
    expect((await saved()).body).toEqual(edited.body);
  });

  it('takes the first save and recovery copy after opening as changes to the body it opened for that window', async () => {
    const document = sampleReadout();
    const writer = new BodyDeltaWriter();
    const whole = writer.delta(document.body);
    expect(await save(document, JSON.parse(JSON.stringify(whole.delta)))).toMatchObject({ ok: true });

    const session = 'session-body-uploads-02';
    const opened = await dispatchHostCall(handlers, 'openDocument', { path: 'readout.brief', sessionId: session, bodyId: 41 });
    expect(opened).toMatchObject({ ok: true });
    const openedBody = (opened as { ok: true; value: { document: BriefDocument } }).value.document.body;
    // The first block edited; the others, the page's own copies, go as positions in the opened body.
    const [, ...rest] = structuredClone(openedBody.root.children);
    const edited = withBlocks(document, [paragraph('Opened, then edited.'), ...rest]);
    const root = { ...edited.body.root, children: undefined }; // JSON leaves it out, as the page's transport does
    const change = { base: 41, id: 42, root, blocks: [paragraph('Opened, then edited.'), ...rest.map((_, index) => index + 1)] };

    const copy = await dispatchHostCall(handlers, 'storeRecovery', { sessionId: session, documentPath: 'readout.brief', name: 'readout.brief', baseSha256: null, document: { ...edited, body: change } });
    expect(copy).toMatchObject({ ok: true });
    const stored = await recovery.restore(session);
    expect(stored.document.body).toEqual(edited.body);

    const saving = await dispatchHostCall(handlers, 'saveDocument', { path: 'readout.brief', sessionId: session, document: { ...edited, body: change }, expectedSha256: null, overwrite: true });
    expect(saving).toMatchObject({ ok: true });
    expect((await saved()).body).toEqual(edited.body);

    // Opening again under a new id: a change told against the old one is stale.
    expect(await dispatchHostCall(handlers, 'openDocument', { path: 'readout.brief', sessionId: session, bodyId: 43 })).toMatchObject({ ok: true });
    const stale = await dispatchHostCall(handlers, 'saveDocument', { path: 'readout.brief', sessionId: session, document: { ...edited, body: { ...change, id: 44 } }, expectedSha256: null, overwrite: true });
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale-body' } });
  });
});
