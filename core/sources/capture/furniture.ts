import type { CaptureFormat } from '../schema';
import { paragraphsOf, type PlacedText, type TextLine } from './extracted-text';

/**
 * Site furniture: the parts of a pasted or saved page that belong to the website, not the
 * article (share buttons, font-size controls, comment forms and policies, "Read more",
 * cookie notices, copyright footers). Removal is conservative: only whole lines or whole
 * paragraphs that are nothing but furniture go, never words inside the article's sentences,
 * and every one is kept in the snapshot's `dropped` list for the analyst to see.
 */

/** Words of a share bar; a line made only of these ("Share", "Facebook Twitter WhatsApp", "Print | Email") is furniture. */
const SHARE_WORDS = new Set([
  'share', 'tweet', 'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'messenger',
  'email', 'e-mail', 'mail', 'print', 'sms', 'viber', 'flipboard', 'pocket', 'bluesky', 'threads',
]);

/** Whole lines that are furniture wherever they stand. */
const FURNITURE_LINES: readonly RegExp[] = [
  // Font-size controls: "A+ A-", "A+", "A-".
  /^(?:a\s*[+−-]\s*){1,3}$/i,
  /^(?:(?:increase|decrease|reset)\s+)?(?:font|text)\s+size$/i,
  // Comment prompts.
  /^(?:post|leave|add|write|submit)\s+a\s+comment$/i,
  /^(?:\d+\s+)?comments?(?:\s+\(\d+\))?$/i,
  /^(?:view|show|load|read|see)\s+(?:all\s+|more\s+)?comments$/i,
  /^required(?:\s+fields?)?\s*\*?$/i,
  // Links to other pages of the site.
  /^(?:read\s+more|read\s+also|also\s+read|see\s+also|related|related\s+(?:articles?|stories|news|content|posts|topics)|more\s+on\s+this(?:\s+story)?|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed)|trending(?:\s+now)?|editor'?s\s+picks?|you\s+may\s+also\s+like)(?:\s*:.{0,150})?$/i,
  /^(?:subscribe(?:\s+now|\s+to\s+.{1,60})?|sign\s+up\s+(?:for|to)\s+(?:our|the)\s+.{1,50}|follow\s+us(?:\s+on\s+.{1,60})?|download\s+(?:our|the)\s+app|get\s+the\s+app)\.?$/i,
  /^(?:tags?|topics?|keywords)\s*:.{0,300}$/i,
  /^(?:tags?|topics)$/i,
  /^(?:advertisement|advertising|ad|sponsored(?:\s+content)?|paid\s+content|scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?|continue\s+reading(?:\s+below)?|story\s+continues\s+below(?:\s+advertisement)?)$/i,
  /^(?:skip\s+to\s+(?:main\s+)?content|back\s+to\s+top|go\s+to\s+top)$/i,
  // Cookie banner buttons.
  /^(?:accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?(?:\s+cookies)?|manage\s+(?:cookies|preferences|settings|consent)|cookie\s+(?:settings|preferences|policy)|i\s+agree|got\s+it)$/i,
  // Copyright footers: "© 2022 Rudaw", "Copyright 2022 …", "… All rights reserved."
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,200}$/i,
  /^.{0,150}\ball\s+rights\s+reserved\.?$/i,
];

/** Page numbers a PDF's text carries between pages: "3", "Page 3", "3 of 12", "- 3 -". */
const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** Whole paragraphs that are furniture: comment policies and cookie notices. */
const FURNITURE_PARAGRAPHS: readonly RegExp[] = [
  /^[\p{L}\p{N}'’&. -]{0,60}\bcomment(?:ing)?\s+polic(?:y|ies)\b/iu,
  /^comments\s+(?:are|will\s+be)\s+(?:moderated|reviewed|checked|pre-moderated)\b/i,
  /^[\p{L}\p{N}'’&. -]{0,60}\bmoderates\s+all\s+comments\b/iu,
  /^we\s+reserve\s+the\s+right\s+to\s+(?:remove|delete|edit|reject|block|moderate|ban|refuse|close|disable)\b/i,
];

/** The longest paragraph taken for a cookie notice; anything longer is an article about cookies. */
const MAX_COOKIE_NOTICE = 600;
const COOKIE_NOTICE =
  /\b(?:(?:we|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies|by\s+(?:continuing\s+to\s+(?:use|browse)|using)\s+(?:this|our)\s+(?:web)?site|accept(?:ing)?\s+(?:all\s+)?cookies)\b/i;

/** The heading of a page's comment section. */
const COMMENT_SECTION_HEADING =
  /^(?:(?:\d+\s+)?comments?(?:\s+\(\d+\))?|(?:post|leave|add|write)\s+a\s+comment|join\s+the\s+(?:conversation|discussion)|(?:reader\s+)?comments?\s+polic(?:y|ies))$/i;

/** A comment section's policy: comments with their moderation, approval or rules, in either order. */
const COMMENT_POLICY =
  /\bcomments?\b.*\b(?:moderat\w*|guidelines?|polic(?:y|ies)|approv\w*|reject\w*|publish\w*|publication|reserve the right|relevant|courteous|respectful|offensive|remov\w*|delet\w*|submit\w*)|\b(?:moderat\w*|guidelines?|approv\w*|reject\w*)\b.*\bcomments?\b/is;
/** What a comment policy forbids. */
const FORBIDDEN_IN_COMMENTS = /\b(?:profanity|vulgarity|personal attacks|hate speech|spam|off-topic)\b/i;
/** The labels and buttons of a comment form. */
const COMMENT_FORM_LABEL = /^(?:name|e-?mail(?:\s+address)?|website|required|submit|send|cancel|reply|log\s*in|sign\s*in|post|comment)\s*\*?$/i;

/** Text left out, and where it stood, so all of it can be listed in the original order. */
export interface DroppedText extends PlacedText {
  order: number;
}

export interface FurnitureRemoval {
  kept: TextLine[];
  dropped: DroppedText[];
}

function isShareBar(line: string): boolean {
  const words = line
    .toLowerCase()
    .split(/[\s|•·,/]+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((word) => SHARE_WORDS.has(word.replace(/:$/, '')) || word === 'x') && words.some((word) => word !== 'x');
}

/** Whether one line, on its own, is furniture. */
export function isFurnitureLine(line: string, format: CaptureFormat): boolean {
  const text = line.trim();
  if (text.length > 400) return false;
  if (isShareBar(text)) return true;
  if (format === 'pdf' && PAGE_NUMBER.test(text)) return true;
  return FURNITURE_LINES.some((pattern) => pattern.test(text));
}

/** Whether a whole paragraph (its lines read as one) is furniture. */
function isFurnitureParagraph(text: string): boolean {
  if (FURNITURE_PARAGRAPHS.some((pattern) => pattern.test(text))) return true;
  return text.length <= MAX_COOKIE_NOTICE && COOKIE_NOTICE.test(text);
}

function paragraphText(lines: readonly TextLine[]): string {
  return lines.map((line) => line.text.trim()).join(' ');
}

function droppedParagraph(lines: readonly TextLine[]): DroppedText {
  const first = lines[0] as TextLine;
  return { text: lines.map((line) => line.text.trim()).join('\n'), position: first.position, order: first.order };
}

/** The longest paragraph read as a comment policy: policies are a few sentences. */
const MAX_COMMENT_POLICY = 2000;

/** Whether a paragraph reads as part of a comment section: its policy, or its form. */
function isCommentSectionParagraph(lines: readonly TextLine[]): boolean {
  const text = paragraphText(lines);
  if (text.length <= MAX_COMMENT_POLICY && (COMMENT_POLICY.test(text) || FORBIDDEN_IN_COMMENTS.test(text))) return true;
  return lines.every((line) => COMMENT_FORM_LABEL.test(line.text.trim()) || isFurnitureLine(line.text, 'text'));
}

/**
 * The paragraphs from a comment section's heading to the end, when every one after the
 * heading reads as part of the comment section (its policy, its form); none when any reads
 * as article. A "Comments (3)" link near the top does not make the article a comment section.
 */
function commentSection(paragraphs: readonly TextLine[][]): Set<TextLine[]> {
  for (let start = 0; start < paragraphs.length; start += 1) {
    const heading = paragraphs[start] as TextLine[];
    if (heading.length !== 1 || !COMMENT_SECTION_HEADING.test((heading[0] as TextLine).text.trim())) continue;
    const section = paragraphs.slice(start);
    if (section.slice(1).every(isCommentSectionParagraph)) return new Set(section);
  }
  return new Set();
}

/** Separates the article's lines from the site's furniture. */
export function removeFurniture(lines: readonly TextLine[], format: CaptureFormat): FurnitureRemoval {
  const kept: TextLine[] = [];
  const dropped: DroppedText[] = [];
  const paragraphs = paragraphsOf(lines);
  const comments = commentSection(paragraphs);
  for (const paragraph of paragraphs) {
    if (comments.has(paragraph) || isFurnitureParagraph(paragraphText(paragraph))) {
      dropped.push(droppedParagraph(paragraph));
      continue;
    }
    for (const line of paragraph) {
      if (isFurnitureLine(line.text, format)) dropped.push({ text: line.text.trim(), position: line.position, order: line.order });
      else kept.push(line);
    }
  }
  return { kept, dropped };
}
