import { and, arrayContains, ilike, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { needs } from '../../db/tables/index.js';

/**
 * Search without a tokeniser extension (PGlite has none, and Chinese has no spaces to split on).
 *
 * A need stores in `search_terms` every single character and every two-character sequence
 * (bigram) of the words of its title and description, lower-cased. A query word is then looked up
 * as an indexed array containment (`search_terms @> {…}`, GIN index `needs_search_idx`), and
 * confirmed with ILIKE on the rows the index let through, which is the exact test (bigrams found
 * apart are not the word). That finds 助老 in 社区助老服务 and `wheelchair` in "Wheelchair
 * repair", in any case.
 *
 * Words are runs of letters, digits and combining marks: punctuation and spaces separate words,
 * and a query of several words finds needs that contain each of them.
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function bigramsOf(word: string): string[] {
  const chars = Array.from(word);
  return chars.slice(1).map((char, i) => chars[i]! + char);
}

/** The `search_terms` of a need: every character and bigram of its words, each once. */
export function searchTermsOf(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const word of texts.flatMap(wordsOf)) {
    for (const char of word) terms.add(char);
    for (const bigram of bigramsOf(word)) terms.add(bigram);
  }
  return [...terms];
}

/** Where a need is, as search terms: words hold no `:`, so these never collide with theirs. */
export interface NeedPlace {
  readonly community?: string | undefined;
  readonly street?: string | undefined;
}

/** A place as search terms (a resource, which serves several, spreads its places' terms). */
export function placeTermsOf(place: NeedPlace): string[] {
  return [
    ...(place.community ? [`c:${place.community}`] : []),
    ...(place.street ? [`s:${place.street}`] : []),
  ];
}

/**
 * The `search_terms` a need is stored with: its words' terms and its place. With the place among
 * them, "助老 in this community" is one indexed containment instead of a walk through every need
 * of the community checking each (13 ms → 3 ms on 100,000 needs, PostgreSQL).
 */
export function needSearchTerms(
  need: { title: string; description: string } & NeedPlace,
): string[] {
  return [...searchTermsOf(need.title, need.description), ...placeTermsOf(need)];
}

/**
 * The terms a query word is looked up by: its one character, or its first and last bigram, which
 * cover a two-, three- or four-character Chinese word whole.
 *
 * Why not every bigram: PostgreSQL estimates an array containment as if its elements were
 * independent, multiplying their frequencies, but a word's bigrams always occur together. With
 * the nine bigrams of `wheelchair` it expected 1 row where 20,000 matched, chose the search index
 * over the ordered feed scan, and took 47 ms a status instead of 0.2 ms (PostgreSQL, 100,000
 * needs). Two terms keep the estimate sane; ILIKE still checks the whole word.
 */
function lookupTermsOf(word: string): string[] {
  const bigrams = bigramsOf(word);
  return bigrams.length === 0 ? [word] : [bigrams[0]!, bigrams.at(-1)!];
}

/** The columns a search reads: the terms array (GIN-indexed) and the texts ILIKE confirms. */
export interface SearchColumns {
  readonly searchTerms: PgColumn;
  readonly texts: readonly PgColumn[];
}

const NEED_SEARCH: SearchColumns = {
  searchTerms: needs.searchTerms,
  texts: [needs.title, needs.description],
};

/**
 * The condition a need must meet to match `query`, or `null` when the query has no word at all
 * (only punctuation): such a query can match nothing, and the caller answers an empty page.
 * Another table stored with the same terms (resources, §11) passes its own `columns`.
 */
export function searchCondition(
  query: string,
  place: NeedPlace = {},
  columns: SearchColumns = NEED_SEARCH,
): SQL | null {
  const words = [...new Set(wordsOf(query))];
  if (words.length === 0) return null;
  const terms = [...words.flatMap(lookupTermsOf), ...placeTermsOf(place)];
  // Words hold only letters, digits and marks, so none carries a LIKE wildcard (% or _).
  const confirmations = words.map((word) =>
    or(...columns.texts.map((column) => ilike(column, `%${word}%`))),
  );
  return and(arrayContains(columns.searchTerms, [...new Set(terms)]), ...confirmations)!;
}
