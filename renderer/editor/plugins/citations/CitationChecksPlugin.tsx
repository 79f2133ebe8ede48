import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { citationProblems } from '../../../../core/citations/integrity';
import type { DocumentBody } from '../../../../core/document/schema';
import type { CitationIssue } from './citation-index';
import { useCitationEnvironment } from './citations-context';

/** Checks run this long after the last edit, so typing never waits for them. */
const CHECK_DELAY_MS = 400;

/**
 * Flags citations live: a source that is gone, a passage no longer in the source, a
 * quotation whose words differ from what it cites. Runs on the saved form of the body,
 * the same check `briefwright check` and the exports use.
 */
export function CitationChecksPlugin() {
  const [editor] = useLexicalComposerContext();
  const { index, sources } = useCitationEnvironment();

  useEffect(() => {
    let timer: number | undefined;
    const check = () => {
      const body = editor.getEditorState().toJSON() as unknown as DocumentBody;
      const issues = new Map<number, CitationIssue>();
      for (const finding of citationProblems({ body, sources: [...sources.values()] })) {
        if (finding.rule === 'source.unused' || issues.has(finding.citation)) continue;
        issues.set(
          finding.citation,
          finding.rule === 'citation.quote-mismatch'
            ? { message: finding.message, severity: finding.severity, quoted: finding.quoted, sourceText: finding.sourceText }
            : { message: finding.message, severity: finding.severity },
        );
      }
      index.setIssues(issues);
    };
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, CHECK_DELAY_MS);
    };
    check();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      window.clearTimeout(timer);
      unregister();
    };
  }, [editor, index, sources]);

  return null;
}
