// The addresses of a connection point's own page: the page itself, its forms, and what a registration
// card's QR code holds — the page with the card's code filled in, so scanning it opens the check-in.
import type { Lang } from '../../../http/pages';

const langQuery = (lang: Lang) => (lang === 'en' ? '?lang=en' : '');

export const pointPath = (slug: string, pointId: string, lang: Lang = 'vi') => `/f/${slug}/p/${pointId}${langQuery(lang)}`;
export const pointAction = (slug: string, pointId: string, action: string, lang: Lang) => `/f/${slug}/p/${pointId}/${action}${langQuery(lang)}`;
export const cardLink = (base: string, slug: string, pointId: string, code: string) => `${base}/f/${slug}/p/${pointId}?code=${encodeURIComponent(code)}`;
