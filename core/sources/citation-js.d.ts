// Types for the little of citation-js that core/sources/bibtex-ris.ts uses: the packages ship none.

declare module '@citation-js/core' {
  /** The parsers Briefwright calls, always by name: citation-js never guesses what the input is (a guess could be a URL or DOI to fetch). */
  export type CitationJsFormat = '@biblatex/text' | '@biblatex/entry+object' | '@ris/file' | '@ris/record';

  export const plugins: {
    readonly input: {
      /** Runs the one parser registered for `format` on `input`; throws on text it cannot parse. The result is read through a schema. */
      data(input: unknown, format: CitationJsFormat): unknown;
    };
  };
}

/** Registers the BibTeX and BibLaTeX parsers with @citation-js/core when imported; nothing else is used. */
declare module '@citation-js/plugin-bibtex' {}

/** Registers the RIS parsers with @citation-js/core when imported; nothing else is used. */
declare module '@citation-js/plugin-ris' {}
