import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeExpectingNoPageErrors, EDITOR, openFreshEditor, type E2ESession } from './harness';
import { pasteSourceAndCite, SOURCE_SCENARIO, typeReadoutOpening } from './scenarios';

/** What axe reports of one rule that failed, reduced to what a reader needs to fix it. */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Only these fail the suite; moderate and minor findings are for review, not for the build. */
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

let axeSource: string;

beforeAll(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

/**
 * Runs axe-core on the page as it stands (`include` narrows it to one part) and returns the
 * serious and critical violations. The page's CSP refuses inline scripts, so axe is not
 * added as a <script> tag (page.addScriptTag would be blocked and reported as a CSP
 * violation): its source is evaluated through the DevTools protocol instead, which the
 * CSP does not govern, and the page itself is left as the analyst has it.
 */
async function seriousViolations(page: Page, include?: string): Promise<Violation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (scope) => {
    interface AxeResultNode {
      target: unknown[];
      html: string;
      failureSummary?: string;
    }
    interface AxeViolation {
      id: string;
      impact?: string | null;
      help: string;
      helpUrl: string;
      nodes: AxeResultNode[];
    }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const context = scope === null ? document : { include: [scope] };
    const results = await axe.run(context, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String).join(' '), html: node.html.slice(0, 200), summary: node.failureSummary ?? '' })),
    }));
  }, include ?? null);
  return violations.filter((violation) => violation.impact !== null && BLOCKING_IMPACTS.has(violation.impact));
}

/** The violations as a reader wants them in a failed test's output: rule, impact, what to do, and where. */
function describeViolations(violations: Violation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.slice(0, 8).map((node) => `  at ${node.target}\n    ${node.html}\n    ${node.summary.replace(/\n/g, '\n    ')}`),
        ...(violation.nodes.length > 8 ? [`  … and ${violation.nodes.length - 8} more`] : []),
      ].join('\n'),
    )
    .join('\n\n');
}

async function expectAccessible(page: Page, include?: string): Promise<void> {
  const violations = await seriousViolations(page, include);
  expect(violations, `axe found serious or critical problems${include ? ` in ${include}` : ''}:\n\n${describeViolations(violations)}\n`).toEqual([]);
}

describe('accessibility (axe-core, serious and critical)', () => {
  let session: E2ESession;
  afterEach(() => closeExpectingNoPageErrors(session));

  it('the editor with a readout typed into it', async () => {
    session = await openFreshEditor();
    const { page } = session;
    await typeReadoutOpening(page);
    expect(await page.locator(EDITOR).innerText()).toContain('Readout: NSA and Mission Commander');
    await expectAccessible(page);
  });

  it('the start strip of a fresh window', async () => {
    session = await openFreshEditor();
    const { page } = session;
    expect(await page.locator('[data-testid="start-strip"] [data-template]').count()).toBeGreaterThanOrEqual(3);
    await expectAccessible(page, '[data-testid="start-strip"]');
  });

  it('the template picker and the new readout’s form under File › New, with its problems shown', async () => {
    session = await openFreshEditor();
    const { page } = session;
    await page.keyboard.press('Control+Alt+n');
    const dialog = page.locator('[data-testid="new-document-dialog"]');
    await dialog.waitFor();
    expect(await dialog.locator('[data-template]').count()).toBeGreaterThanOrEqual(3);
    await expectAccessible(page);

    await page.click('[data-testid="new-document-dialog"] [data-template="meeting-readout"]');
    await page.click('[data-testid="create-document"]');
    await expect.poll(() => dialog.locator('.field-problem').count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page);
  });

  it('the sources panel with a graded source and a citation', async () => {
    session = await openFreshEditor();
    const { page } = session;
    await pasteSourceAndCite(page, SOURCE_SCENARIO);
    expect(await page.locator('[data-testid="source-text"]').innerText()).toContain(SOURCE_SCENARIO.passage);
    await expectAccessible(page);
  });

  it('the export dialog', async () => {
    session = await openFreshEditor();
    const { page } = session;
    await page.keyboard.type('An inspection campaign begins next month.');
    await page.click('[data-testid="export"]');
    await page.locator('[data-testid="export-dialog"]').waitFor();
    await expectAccessible(page);
  });

  it('the preferences dialog, with a problem shown', async () => {
    session = await openFreshEditor();
    const { page } = session;
    await page.click('[data-testid="open-preferences"]');
    await page.locator('[data-testid="preferences-dialog"]').waitFor();
    await expectAccessible(page);
    await page.fill('[data-testid="pref-autosave"]', '0');
    await page.click('[data-testid="save-preferences"]');
    expect(await page.locator('[data-testid="pref-autosave-problem"]').innerText()).toBe('Enter a whole number of seconds from 1 to 60.');
    await expectAccessible(page);
  });

  it('the checks panel', async (context) => {
    session = await openFreshEditor();
    const { page } = session;
    const toggle = page.locator('[data-testid="toggle-checks"]');
    if ((await toggle.count()) === 0) {
      context.skip('The checks panel (a button data-testid="toggle-checks") is not built yet; un-skip once it exists.');
    }
    await page.keyboard.type('Officials said the campaign may possibly begin next month.');
    await toggle.click();
    await page.locator('[data-testid="checks-panel"]').waitFor();
    await expectAccessible(page);
  });
});
