import { Matches } from 'class-validator';

/**
 * Free-text search must contain at least one letter or digit (any script). Punctuation and emoji
 * alone (`%`, `'`, `&`, `🧱`) leave no word to look for, and a search with no words used to match
 * everything; such a search is bad input rather than an unfiltered listing.
 */
export const SEARCH_NEEDS_A_WORD = /[\p{L}\p{N}]/u;
export const SEARCH_NEEDS_A_WORD_MESSAGE = 'search needs a letter or digit';

/** class-validator decorator for search fields. */
export const IsSearchText = (): PropertyDecorator => Matches(SEARCH_NEEDS_A_WORD, { message: SEARCH_NEEDS_A_WORD_MESSAGE });
