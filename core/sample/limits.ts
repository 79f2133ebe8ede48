/** The sample's bounds, apart from the generator so the command line's help can name them without loading it. */

export const SAMPLE_WORDS_PER_PAGE = 500;
export const MAX_SAMPLE_PAGES = 1_000;
export const DEFAULT_SAMPLE_SEED = 1;
/** Seeds are unsigned 32-bit integers, the PRNG's state. */
export const MAX_SAMPLE_SEED = 0xffff_ffff;
