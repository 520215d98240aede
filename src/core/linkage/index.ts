// Reciprocal matching for regional linkage (issue 15): what the linkage module and `doithoai match` use.
export { allExchanges, harmonicMean, scoreFormula, compareExchanges, type Exchange, type MatchInput, type MatchResult } from './exchanges';
export { matchExchanges, matchExchangesWithin, type BoundedMatchResult, type SearchLimit } from './match';
export { matchProblem, checkMatchInput, type MatchProblem } from './check';
export { readMatchDocument } from './document';
export { explainExchange, type Lang, type OfferWords } from './explain';
