import { DEFAULT_SAMPLE_SEED, MAX_SAMPLE_PAGES, SAMPLE_WORDS_PER_PAGE } from '../../core/sample/limits';

/**
 * The command line's help, kept apart from the commands so that `briefwright --help` and
 * `--version` load no command's code (see briefwright.ts).
 */

export const EXPORT_USAGE = `  export FILE.brief --to docx|pdf [-o OUT] [--endnotes|--footnotes] [--distribution] [--no-source-list]
         [--yardstick-appendix] [--override-markings "REASON"]
                              Export a document for colleagues: citations as footnotes (or
                              endnotes), the source list with grades, the marking on every page
                              and each portion's mark in front of it.
                              --distribution leaves out the analyst comment and personal
                              metadata (author, edit times). --yardstick-appendix ends the
                              export with a table of the yardstick's terms and ranges, when the
                              text uses them. The file goes next to the document, named by
                              date, title and marking, unless -o names it. Anything the export
                              had to simplify is listed as a warning.
                              Refuses (exit 1, listing them) while marking errors remain that
                              were not dismissed, unless --override-markings gives the reason,
                              which is recorded in the exported file's properties.
`;

/** The `sources` lines of the CLI's usage. */
export const SOURCES_USAGE = `  sources add FILE.brief SOURCE… [--json]
                              Capture articles and notes (.txt, .html, .md, .pdf, .docx) as
                              sources of the document: the text kept as a snapshot, site
                              furniture left out (and listed), title, outlet, author, date,
                              dateline and URL detected. Prints what was found for each; a
                              file that fails is named and the others are still added.
                              Exits 1 when any file failed; the document is saved only
                              when something was added (the old file kept as .bak).
  sources export FILE.brief [-o SOURCES.json]
                              Write the document's sources as CSL-JSON (for Zotero and other
                              reference managers), to the file named or to standard output.
`;

export const SAMPLE_USAGE = `  sample --pages N -o FILE.brief [--seed S] [--force]
                              Write a synthetic threat assessment for benchmarks and demos:
                              about ${SAMPLE_WORDS_PER_PAGE} words a page (N from 1 to ${MAX_SAMPLE_PAGES}), headings, lists,
                              tables, quotations, Arabic paragraphs and citations of a dozen
                              invented sources, marked TLP:AMBER. The same N and seed (a whole
                              number, ${DEFAULT_SAMPLE_SEED} unless given) always write the same file.
`;

export const USAGE = `Usage: briefwright <command> [options]

Commands:
  check FILE.brief [--json]   Check that a document opens (format, every part, every image),
                              then list its tradecraft findings: estimative language,
                              sourcing, markings and structure, each with its rule, severity,
                              section, the words flagged and what to do. Exits 1 when the file
                              cannot be opened or an error remains that was not dismissed;
                              never changes the file.
  new --template ID [--set NAME=VALUE …] -o FILE.brief [--force]
                              Create a document from a template, with its sections and
                              metadata. Refuses to replace an existing file unless --force
                              (the replaced file is kept as FILE.brief.bak). Exits 1 when a
                              value is missing or not valid, naming each problem.
                              People fields take name|title|organisation, ';' between people:
                                --set participants="Qasim al-Araji|National Security Advisor|Iraq; Michael Anker|Commander|NATO Mission Iraq"
                              Dates are written 2022-01-30; dates with a time 2022-01-30T14:30.
  new --list-templates        List the templates: id, name and description.
                              new and import also find your own templates: those saved in the
                              desktop app, or those in --templates FOLDER.
  import NOTES.md|NOTES.txt -o FILE.brief [--template ID] [--set NAME=VALUE …] [--force] [--json]
                              Turn Markdown or plain-text notes into a document: headings,
                              lists, tables and links kept; images keep their description and
                              raw HTML is left out, each named in a warning. With --template the
                              document takes the template's metadata and defaults, and headings
                              named like its sections (e.g. "Summary", "Key points:") become them.
${EXPORT_USAGE}${SOURCES_USAGE}${SAMPLE_USAGE}  --version                   Print the version.
  --help                      Print this help.
`;
