import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBrief } from '../../../core/document/container';
import { salvageBrief } from '../../../core/document/salvage';
import { BriefDocumentSchema } from '../../../core/document/schema';
import { sampleReadout } from '../../fixtures/documents';

const NOW = new Date('2026-11-28T12:00:00Z');

describe('salvaging a damaged document', () => {
  it('keeps the valid blocks of a body with one broken block', () => {
    const original = sampleReadout();
    original.settings = { citationStyle: 'both', yardstick: 'phia', notes: 'endnotes' };
    const parts = unzipSync(encodeBrief(original));
    const body = JSON.parse(new TextDecoder().decode(parts['body.json']));
    body.root.children[1] = { type: 42 };
    parts['body.json'] = strToU8(JSON.stringify(body));
    const salvaged = salvageBrief(zipSync(parts), NOW);
    expect(salvaged?.lost).toEqual(['1 of 7 blocks of text']);
    expect(salvaged?.document.body.root.children.map((node) => node.type)).toEqual(['heading', 'list', 'table', 'paragraph', 'image', 'paragraph']);
    expect(salvaged?.document.metadata.title).toBe('Readout: NSA – Mission Commander');
    expect(salvaged?.document.sources).toHaveLength(1);
    expect(salvaged?.document.settings).toEqual({ citationStyle: 'both', yardstick: 'phia', notes: 'endnotes' });
  });

  it('reads the parts stored before the point where a file was cut short', () => {
    const bytes = encodeBrief(sampleReadout());
    const salvaged = salvageBrief(bytes.slice(0, Math.floor(bytes.length * 0.7)), NOW);
    expect(salvaged).not.toBeNull();
    expect(salvaged?.document.metadata.title).toBe('Readout: NSA – Mission Commander');
    expect(BriefDocumentSchema.safeParse(salvaged?.document).success).toBe(true);
  });

  it('always produces a valid document, wherever the file is cut', () => {
    const bytes = encodeBrief(sampleReadout());
    for (let length = 0; length <= bytes.length; length += 37) {
      const salvaged = salvageBrief(bytes.slice(0, length), NOW);
      if (salvaged) expect(BriefDocumentSchema.safeParse(salvaged.document).success).toBe(true);
    }
  });

  it('gives up plainly when nothing can be read', () => {
    expect(salvageBrief(strToU8('not a zip at all'), NOW)).toBeNull();
    expect(salvageBrief(new Uint8Array(), NOW)).toBeNull();
  });
});
