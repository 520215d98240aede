// A public page as one HTML string. React escapes every text and attribute value it renders, so
// user text cannot become markup; nothing in src/ may hand React raw HTML (test/http/page-escaping
// checks src/ for it). NFC, as every Vietnamese text the platform serves.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

export function renderPage(page: ReactElement): string {
  return `<!doctype html>${renderToStaticMarkup(page)}`.normalize('NFC');
}
