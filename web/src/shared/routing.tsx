// The staff app's addresses on wouter, set up once (AppRouter in main.tsx) to keep what users rely on:
// - paths compare case by case, segment by segment; a trailing slash is ignored (/spaces/abc/ = /spaces/abc);
// - a parameter is decoded once, in full (/spaces/caf%C3%A9 → "café", a%2Fb → "a/b"), and a malformed
//   %-escape is the not-found page (decoded() below);
// - going to the address one is already on adds no history entry, so Back never seems to do nothing.
// The server answers every non-/api path with index.html, so real paths survive a reload.
import type { ReactNode } from 'react';
import { parse } from 'regexparam';
import { Router, type NavigateOptions, type Parser } from 'wouter';
import { navigate, usePathname, useSearch } from 'wouter/use-browser-location';
import { NotFoundPage } from './layout/NotFoundPage';

// wouter runs decodeURI over the path and the query before matching or handing them out. Escaping every
// '%' first makes that step give back the address exactly as the browser holds it; decodeURI alone would
// keep %2F and turn %25 into a bare '%' that a second decoding then misreads.
const keepEscapes = (text: string): string => text.replaceAll('%', '%25');

function navigateOnce(to: string, options?: NavigateOptions): void {
  if (to === window.location.pathname + window.location.search) return;
  navigate(to, options);
}

const useAddress = (): [string, typeof navigateOnce] => [keepEscapes(usePathname()), navigateOnce];
const useQuery = (): string => keepEscapes(useSearch());

// regexparam's patterns ignore case; the same pattern without the `i` flag.
const caseSensitive: Parser = (route, loose) => {
  const { pattern, keys } = parse(route, loose);
  return { pattern: new RegExp(pattern.source), keys };
};

export function AppRouter({ children }: { children: ReactNode }) {
  return (
    <Router hook={useAddress} searchHook={useQuery} parser={caseSensitive}>
      {children}
    </Router>
  );
}

type RawParams = { readonly [name: string | number]: string | undefined };

// A route's page, given its parameters decoded: <Route path="/spaces/:id">{(raw) => decoded(raw, ({ id }) => …)}</Route>.
export function decoded<P extends RawParams>(raw: P, page: (params: P) => ReactNode): ReactNode {
  const params: Record<string, string | undefined> = {};
  try {
    for (const [name, value] of Object.entries(raw)) params[name] = value === undefined ? value : decodeURIComponent(value);
  } catch {
    return <NotFoundPage />; // a malformed %-escape is no page of ours
  }
  return page(params as P);
}
