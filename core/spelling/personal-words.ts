import { z } from 'zod';

/** The analyst's personal word list holds at most this many words. */
export const MAX_PERSONAL_WORDS = 10_000;

/** One word the analyst added: a name, a term of art. No spaces: the checker judges single words. */
export const PersonalWordSchema = z
  .string()
  .min(1, { error: 'A word needs at least one character.' })
  .max(100, { error: 'A word is at most 100 characters.' })
  .regex(/^\S+$/u, { error: 'A word cannot contain spaces.' });

export const PersonalWordListSchema = z.object({
  words: z.array(PersonalWordSchema).max(MAX_PERSONAL_WORDS),
});
export type PersonalWordList = z.infer<typeof PersonalWordListSchema>;
