export { foldWithPositions, vnFold } from './fold';
export { MAX_SEARCH_WORDS, MAX_WORD_LENGTH, highlights, searchWords, type Highlight } from './words';
