import { describe, expect, it } from 'vitest';
import { staticImports } from '../../../bench/browser/initial-js';
import { articleHtml } from '../../../bench/browser/paste-html';

describe('the editor benchmarks’ helpers', () => {
  it('finds the static imports of a minified chunk, not its dynamic ones', () => {
    const code = 'import{a as b,c}from"./vendor-1.js";import"./side.js";export{x}from"./re.js";const l=()=>import("./lazy.js");';
    expect(staticImports(code).sort()).toEqual(['./re.js', './side.js', './vendor-1.js']);
  });

  it('pastes the same 500 kB article every time', () => {
    const first = articleHtml();
    expect(first.bytes).toBeGreaterThanOrEqual(500 * 1024);
    expect(first.bytes).toBeLessThan(520 * 1024);
    expect(articleHtml().html).toBe(first.html);
    expect(first.html).toContain(first.marker);
    expect(articleHtml(500 * 1024, 10).html).not.toBe(first.html);
  });
});
