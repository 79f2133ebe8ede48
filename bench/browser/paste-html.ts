import { SeededRandom } from '../../core/sample/random';
/**
 * The article HTML the paste benchmark puts on the clipboard: what copying a long news
 * feature or report from a web page gives, deterministic (a seeded generator) so every run
 * pastes the same bytes. Headings, paragraphs with links and emphasis, lists, a table now
 * and then, block quotes, and the attributes and wrappers a real page carries (classes,
 * spans, divs), which the sanitizer strips.
 */

const WORDS = (
  'the of and to in a is that for on with as was by at from said officials government ministry border forces security council ' +
  'report inspection detainees camp province northern southern district militia commander delegation agreement talks ' +
  'ceasefire humanitarian access aid convoy monitoring mission observers spokesperson statement week month spring ' +
  'according sources local residents reported attack checkpoint returned displaced families authorities regional ' +
  'assessment pressure negotiations prisoners release exchange would could may also however while after before during'
).split(' ');


export interface PasteArticle {
  html: string;
  /** Top-level blocks in the HTML (headings, paragraphs, lists, tables, quotes). */
  blocks: number;
  /** Text of the last paragraph, to find it in the editor afterwards. */
  marker: string;
  bytes: number;
}

export function articleHtml(targetBytes = 500 * 1024, seed = 9): PasteArticle {
  const seeded = new SeededRandom(seed);
  const random = () => seeded.next();
  const pick = (): string => WORDS[Math.floor(random() * WORDS.length)] as string;
  const sentence = (): string => {
    const words = Array.from({ length: 8 + Math.floor(random() * 18) }, pick);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const inline = (): string => {
    const parts: string[] = [];
    for (let count = 2 + Math.floor(random() * 4); count > 0; count -= 1) {
      const roll = random();
      const text = sentence();
      if (roll < 0.12) parts.push(`<a href="https://news.example.org/${pick()}/${Math.floor(random() * 1e6)}" class="inline-link">${text}</a>`);
      else if (roll < 0.22) parts.push(`<em>${text}</em>`);
      else if (roll < 0.3) parts.push(`<strong>${text}</strong>`);
      else if (roll < 0.36) parts.push(`<span class="highlight" style="color:#333">${text}</span>`);
      else parts.push(text);
    }
    return parts.join(' ');
  };
  const blocks: string[] = ['<meta charset="utf-8"><div class="article-body" data-component="text-block">'];
  let count = 0;
  let size = blocks[0]?.length ?? 0;
  let section = 0;
  const add = (block: string): void => {
    blocks.push(block);
    size += Buffer.byteLength(block);
    count += 1;
  };
  while (size < targetBytes) {
    section += 1;
    add(`<h2 id="section-${section}">${sentence().slice(0, 60)}</h2>`);
    for (let paragraphs = 3 + Math.floor(random() * 4); paragraphs > 0; paragraphs -= 1) add(`<p class="paragraph">${inline()}</p>`);
    if (section % 3 === 0) add(`<ul>${Array.from({ length: 3 + Math.floor(random() * 3) }, () => `<li>${sentence()}</li>`).join('')}</ul>`);
    if (section % 5 === 0) add(`<blockquote><p>${inline()}</p></blockquote>`);
    if (section % 8 === 0) {
      const rows = Array.from({ length: 5 }, (_, row) => `<tr><td>${pick()} ${row + 1}</td><td>${Math.floor(random() * 1000)}</td><td>${sentence()}</td></tr>`).join('');
      add(`<table class="data"><thead><tr><th>Site</th><th>Count</th><th>Note</th></tr></thead><tbody>${rows}</tbody></table>`);
    }
  }
  const marker = `End of the pasted article ${seed}-${section}.`;
  add(`<p>${marker}</p>`);
  blocks.push('</div>');
  const html = blocks.join('\n');
  return { html, blocks: count, marker, bytes: Buffer.byteLength(html) };
}
