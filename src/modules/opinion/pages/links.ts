// The addresses of a conversation's public pages and forms; English keeps ?lang=en through every step.
import type { Lang } from '../../../http/pages';

const langQuery = (lang: Lang, more = '') => (lang === 'en' ? `?lang=en${more && `&${more}`}` : more && `?${more}`);

export const conversationPath = (id: string, lang: Lang = 'vi', more = '') => `/o/${id}${langQuery(lang, more)}`;
export const conversationAction = (id: string, action: 'vote' | 'statements', lang: Lang) => `/o/${id}/${action}${langQuery(lang)}`;
export const reportPath = (id: string, lang: Lang = 'vi') => `/o/${id}/report${langQuery(lang)}`;
/** The Pol.is-format open data the opinion module serves (comments, votes, participants × statements). */
export const exportPath = (id: string, file: 'comments' | 'votes' | 'participants-votes') => `/api/conversations/${id}/export/${file}.csv`;
