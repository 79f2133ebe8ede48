import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BRIEF_MIME_TYPE, decodeBrief, encodeBrief } from '../../../core/document/container';
import { salvageBrief } from '../../../core/document/salvage';
import { BriefDocumentSchema } from '../../../core/document/schema';
import { sampleReadout } from '../../fixtures/documents';
import { refusalOf } from '../../fixtures/refusals';

function zipOf(entries: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, value]) => [name, strToU8(value)])));
}

describe('the .brief container', () => {
  it('gives back exactly the document it was given', () => {
    const document = sampleReadout();
    expect(decodeBrief(encodeBrief(document))).toEqual(document);
  });

  it('encodes the same document to the same bytes every time', () => {
    const document = sampleReadout();
    expect(encodeBrief(document)).toEqual(encodeBrief(document));
  });

  it('starts with a stored mimetype entry, so the type shows in the first bytes', () => {
    const bytes = encodeBrief(sampleReadout());
    const head = new TextDecoder().decode(bytes.slice(30, 38 + BRIEF_MIME_TYPE.length));
    expect(head).toBe(`mimetype${BRIEF_MIME_TYPE}`);
  });

  it('keeps images as binary parts of their own', () => {
    const parts = unzipSync(encodeBrief(sampleReadout()));
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(['mimetype', 'manifest.json', 'document.json', 'body.json', 'sources.json', 'media/img-1', 'media/img-1.type']),
    );
    expect(parts['media/img-1']?.slice(1, 4)).toEqual(strToU8('PNG'));
  });

  it('refuses an empty file', () => {
    expect(refusalOf(new Uint8Array()).code).toBe('empty-file');
  });

  it('refuses a file that is not a zip', () => {
    const error = refusalOf(strToU8('# My notes\nnot a brief'));
    expect(error.code).toBe('not-a-brief');
    expect(error.message).toContain('not a Briefwright document');
  });

  it('refuses a zip that is not a .brief', () => {
    const error = refusalOf(zipOf({ 'word/document.xml': '<w:document/>' }));
    expect(error.code).toBe('not-a-brief');
    expect(error.message).toContain('zip file');
  });

  it('refuses a truncated file as damaged', () => {
    const bytes = encodeBrief(sampleReadout());
    expect(refusalOf(bytes.slice(0, Math.floor(bytes.length / 2))).code).toBe('damaged-file');
  });

  it('names the newer format and this version’s limit', () => {
    const bytes = zipOf({ mimetype: BRIEF_MIME_TYPE, 'manifest.json': JSON.stringify({ formatVersion: 7, generator: 'future' }) });
    const error = refusalOf(bytes);
    expect(error.code).toBe('newer-format');
    expect(error.message).toBe('This file was made by a newer Briefwright (format 7); this version reads up to format 2. Update Briefwright to open it.');
  });

  it('names the damaged part and the field in the detail', () => {
    const parts = unzipSync(encodeBrief(sampleReadout()));
    const head = JSON.parse(new TextDecoder().decode(parts['document.json']));
    head.metadata.created = 'yesterday';
    parts['document.json'] = strToU8(JSON.stringify(head));
    const error = refusalOf(zipSync(parts));
    expect(error.code).toBe('invalid-part');
    expect(error.message).toContain('"document.json"');
    expect(error.detail).toContain('metadata.created');
  });

  it('refuses a body that is not Lexical state', () => {
    const parts = unzipSync(encodeBrief(sampleReadout()));
    parts['body.json'] = strToU8(JSON.stringify({ root: { type: 'paragraph', children: [] } }));
    const error = refusalOf(zipSync(parts));
    expect(error.code).toBe('invalid-part');
    expect(error.message).toContain('"body.json"');
  });

  it('refuses a body holding a kind of node the editor cannot show, naming it, and salvage keeps every other block', () => {
    const document = sampleReadout();
    const blocks = document.body.root.children;
    const unknown = { type: 'paragraph', version: 1, children: [{ type: 'sticky-note', version: 1, text: 'Call back' }] };
    document.body = { root: { ...document.body.root, children: [...blocks, unknown] } };
    const bytes = encodeBrief(document);
    const error = refusalOf(bytes);
    expect(error.code).toBe('invalid-part');
    expect(error.message).toContain('"body.json"');
    expect(error.detail).toContain('"sticky-note" is not a kind of text this version of Briefwright can show');
    expect(error.detail).toContain(`children.${blocks.length}.children.0.type`);
    const salvaged = salvageBrief(bytes, new Date());
    expect(salvaged?.document.body.root.children).toEqual(blocks);
    expect(salvaged?.lost).toContain(`1 of ${blocks.length + 1} blocks of text`);
  });

  it('refuses a part that is not JSON', () => {
    const parts = unzipSync(encodeBrief(sampleReadout()));
    parts['sources.json'] = strToU8('[{"id": ');
    expect(refusalOf(zipSync(parts)).message).toBe('This document is damaged: its list of sources cannot be read (part "sources.json").');
  });

  it('refuses a body nested absurdly deep instead of overflowing the stack', () => {
    let node: Record<string, unknown> = { type: 'text', version: 1, text: 'deep' };
    for (let depth = 0; depth < 200; depth += 1) node = { type: 'listitem', version: 1, children: [node] };
    const document = sampleReadout();
    document.body = { root: { type: 'root', version: 1, children: [node as never] } };
    expect(refusalOf(encodeBrief(document)).code).toBe('invalid-part');
  });

  it('validates documents created in memory with the same schema', () => {
    expect(BriefDocumentSchema.safeParse(sampleReadout()).success).toBe(true);
  });
});
