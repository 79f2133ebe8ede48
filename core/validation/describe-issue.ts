import type { z } from 'zod';

/** How a kind of file is named in its validation messages. */
export interface IssueWording {
  /** The whole file, when the problem is at its top: "the template". */
  whole: string;
  /** What the file is, for unknown fields: "a template" ("has fields a template does not use"). */
  kind: string;
  /** Quote the allowed values ("A", "B") where they could be mistaken for words. */
  quoteValues?: boolean;
}

/**
 * One zod issue as "path problem" in plain words, e.g. "sections.2.role must be one of
 * reporting, judgment, …" — for files an analyst or an organisation writes by hand
 * (templates, marking schemes), so the message names the field and what is wrong with it.
 */
export function describeIssue(issue: z.core.$ZodIssue, wording: IssueWording): string {
  const path = issue.path.map(String).join('.');
  const subject = path === '' ? wording.whole : path;
  switch (issue.code) {
    case 'invalid_value':
      return `${subject} must be one of ${issue.values.map((value) => (wording.quoteValues ? JSON.stringify(value) : String(value))).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined ? `${subject} is missing` : `${subject} must be ${article(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${subject} must not be empty` : `${subject} must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `${subject} must have at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}`;
      return `${subject} must be at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `${subject} must be at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `${subject} must have at most ${issue.maximum} entries`;
      return `${subject} must be at most ${issue.maximum}`;
    case 'invalid_format':
      return `${subject} ${issue.message.startsWith('must') ? issue.message : 'is not in the expected form'}`;
    case 'unrecognized_keys':
      return `${subject} has fields ${wording.kind} does not use: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return `${subject} is not one of the allowed values`;
    default:
      return `${subject} ${issue.message}`;
  }
}

function article(expected: string): string {
  switch (expected) {
    case 'object':
      return 'an object ({ … })';
    case 'array':
      return 'a list ([ … ])';
    case 'boolean':
      return 'true or false';
    case 'int':
      return 'a whole number';
    default:
      return `a ${expected}`;
  }
}
