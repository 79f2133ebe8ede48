import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBrief } from '../../core/document/container';
import { closeExpectingNoPageErrors, openFreshEditor, type E2ESession } from './harness';
import { EDITOR, expectEditorSelection, saveAs } from './scenarios';

const SUMMARY_GUIDANCE_PREFIX = 'p[data-guidance]';

describe('a meeting readout from its template', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await openFreshEditor();
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  it('asks for the metadata, refusing what is missing, then lays out the sections with their guidance', async () => {
    const { page } = session;
    await page.click('text=New');
    await page.click('[data-testid="new-document-dialog"] [data-template="meeting-readout"]');
    await page.click('[data-testid="create-document"]');
    const problems = page.locator('[data-testid="new-document-dialog"] .field-problem');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2);
    expect(await problems.allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Subject is required\./)]));

    await page.fill('[data-field="subject"]', 'Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker)');
    await page.fill('[data-field="date"]', '2022-01-30');
    await page.fill('[data-person="0-name"]', 'Qasim al-Araji');
    await page.fill('[data-person="0-title"]', 'National Security Advisor');
    await page.fill('[data-person="0-organisation"]', 'Iraq');
    await page.click('text=Add a person');
    await page.fill('[data-person="1-name"]', 'Michael Anker');
    await page.fill('[data-person="1-title"]', 'Commander');
    await page.fill('[data-person="1-organisation"]', 'NATO Mission Iraq');
    await page.click('[data-testid="create-document"]');
    await page.locator('[data-testid="new-document-dialog"]').waitFor({ state: 'detached' });

    const headings = page.locator(`${EDITOR} [data-section-role]`);
    const sections = ['Purpose', 'Summary', 'Key points', 'Commitments and requests', 'Follow-ups', 'Analyst comment'];
    expect(await headings.allInnerTexts()).toEqual(sections);
    expect(await page.locator(`${EDITOR} ${SUMMARY_GUIDANCE_PREFIX}`).count()).toBe(6);
    // The outline lists the template's section headings as soon as the document is laid out.
    await expect.poll(() => page.locator('[data-testid="outline-item"]').allInnerTexts()).toEqual(sections);
  });

  it('hides a section’s guidance as the analyst types, and shows it again when the section is emptied', async () => {
    const { page } = session;
    const summaryHeading = page.locator(`${EDITOR} [data-section-role="reporting"]`).first();
    const summaryParagraph = summaryHeading.locator('xpath=following-sibling::p[1]');
    expect(await summaryParagraph.getAttribute('data-guidance')).toMatch(/.+/);
    await summaryParagraph.click();
    // Short enough to stay on one line, so Shift+Home selects all of it.
    await page.keyboard.type('Al-Araji asked for repatriation.');
    await expect.poll(() => summaryParagraph.getAttribute('data-guidance')).toBeNull();
    await page.keyboard.press('Shift+Home');
    await expectEditorSelection(page, 'Al-Araji asked for repatriation.');
    await page.keyboard.press('Backspace');
    await expect.poll(() => summaryParagraph.getAttribute('data-guidance')).toMatch(/.+/);
    await page.keyboard.type('Al-Araji asked states to repatriate their nationals held in Iraqi prisons.');

    const keyPoints = page.locator(`${EDITOR} [data-section-role="reporting"]`).nth(1).locator('xpath=following-sibling::p[1]');
    await keyPoints.click();
    await page.keyboard.type('Al-Araji: among the detainees are leaders of the group.');
  });

  it('keeps the title block in step with the document’s details', async () => {
    const { page } = session;
    const titleBlock = page.locator('[data-testid="title-block"]');
    expect(await titleBlock.innerText()).toContain('Qasim al-Araji');
    expect(await titleBlock.innerText()).not.toContain('Baghdad');
    await page.click('[data-testid="edit-details"]');
    await page.fill('[data-testid="details-dialog"] [data-field="place"]', 'Baghdad');
    await page.click('[data-testid="apply-details"]');
    await expect.poll(() => titleBlock.innerText()).toContain('Baghdad');
    expect(await page.locator('[data-testid="unsaved-mark"]').count()).toBe(1);
  });

  it('saves and reopens identically, with roles kept and no guidance saved as content', async () => {
    const { page } = session;
    const typed = await page.locator(EDITOR).innerHTML();
    await saveAs(page, 'araji-readout');

    const bytes = new Uint8Array(await readFile(join(session.workspace, 'araji-readout.brief')));
    const document = decodeBrief(bytes);
    expect(document.metadata.templateId).toBe('meeting-readout');
    expect(document.metadata.title).toBe('Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker)');
    expect(document.metadata.fields.place).toBe('Baghdad');
    expect(document.metadata.fields.participants).toEqual([
      { name: 'Qasim al-Araji', title: 'National Security Advisor', organisation: 'Iraq', side: '' },
      { name: 'Michael Anker', title: 'Commander', organisation: 'NATO Mission Iraq', side: '' },
    ]);
    const sections = document.body.root.children.filter((node) => node.type === 'section-heading');
    expect(sections.map((node) => node.role)).toEqual(['other', 'reporting', 'reporting', 'reporting', 'other', 'comment']);
    // Guidance is a property of the section heading, never text of the document.
    const texts: string[] = [];
    JSON.stringify(document.body, (key, value: unknown) => {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      return value;
    });
    for (const section of sections) expect(texts).not.toContain(section.guidance);
    expect(new TextDecoder().decode(unzipSync(bytes)['body.json'])).not.toContain('data-guidance');

    await page.reload();
    await page.locator(EDITOR).waitFor();
    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("araji-readout.brief")');
    await expect.poll(() => page.locator(`${EDITOR} [data-section-role]`).count()).toBe(6);
    expect(await page.locator(EDITOR).innerHTML()).toBe(typed);
    expect(await page.locator('[data-testid="title-block"]').innerText()).toContain('Baghdad');
  });

  it('turns the document into a template the analyst finds under New', async () => {
    const { page } = session;
    await page.click('[data-testid="save-as-template"]');
    await page.fill('[data-testid="template-name"]', 'Weekly call');
    await page.fill('[data-testid="template-description"]', 'Our weekly call with partners.');
    await page.click('[data-testid="save-template"]');
    await page.locator('[data-testid="notice-bar"]').waitFor();
    expect(await page.locator('[data-testid="notice-bar"]').innerText()).toContain('Saved the template “Weekly call”.');

    await page.click('text=New');
    await page.locator('[data-testid="new-document-dialog"]').waitFor();
    const card = page.locator('[data-template="weekly-call"]');
    expect(await card.innerText()).toContain('Our weekly call with partners.');
    expect(await card.innerText()).toContain('Summary · Key points');
    await page.click('[data-testid="new-document-dialog"] button:has-text("Cancel")');
  });

  it('imports a colleague’s template, and names the field and the problem of an invalid one', async () => {
    const { page } = session;
    const colleague = {
      id: 'incident-note',
      name: 'Incident note',
      description: 'A short note on one incident.',
      fields: [{ name: 'subject', label: 'Subject', type: 'text', required: true }],
      sections: [
        { id: 'what-happened', heading: 'What happened', role: 'reporting', guidance: 'The facts, cited.' },
        { id: 'so-what', heading: 'So what', role: 'gossip', guidance: 'Why it matters.' },
      ],
      defaults: { marking: { scheme: 'none', level: null } },
    };
    await page.click('text=New');
    const input = page.locator('[data-testid="import-template"]');
    await input.setInputFiles({ name: 'incident-note.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(colleague)) });
    const problem = page.locator('[data-testid="import-problem"]');
    await problem.waitFor();
    expect(await problem.innerText()).toBe('The template "incident-note.json" is not valid: sections.1.role must be one of reporting, judgment, key-judgments, comment, sources, other.');
    expect(await page.locator('[data-template="incident-note"]').count()).toBe(0);

    colleague.sections[1] = { ...colleague.sections[1]!, role: 'judgment' };
    await input.setInputFiles({ name: 'incident-note.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(colleague)) });
    await page.locator('[data-template="incident-note"]').waitFor();
    expect(await problem.count()).toBe(0);
  });
});

describe('the start strip of a fresh window', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await openFreshEditor();
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  it('offers the templates with their sections, and goes straight to the chosen one’s form', async () => {
    const { page } = session;
    const strip = page.locator('[data-testid="start-strip"]');
    expect(await strip.locator('[data-template]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-template')))).toEqual([
      'meeting-readout',
      'threat-assessment',
      'blank',
    ]);
    expect(await strip.locator('[data-template="threat-assessment"]').innerText()).toContain('Key judgments');

    await strip.locator('[data-template="threat-assessment"]').click();
    const dialog = page.locator('[data-testid="new-document-dialog"]');
    expect(await dialog.locator('h2').innerText()).toBe('New threat assessment');
    await dialog.locator('button:has-text("Cancel")').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await strip.isVisible()).toBe(true);
  });

  it('gives way to the blank page as soon as the analyst types', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.type('Notes from the call');
    await page.locator('[data-testid="start-strip"]').waitFor({ state: 'detached' });
    expect(await page.locator(EDITOR).innerText()).toContain('Notes from the call');
  });
});
