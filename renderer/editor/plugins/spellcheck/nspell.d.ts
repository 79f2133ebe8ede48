// nspell 2.1.5 ships no types; this declares the part the spelling worker uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string): NSpell;
  }
  function nspell(aff: string, dic: string): NSpell;
  export default nspell;
}
