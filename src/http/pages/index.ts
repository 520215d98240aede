// Server-rendered public pages: the shell, the renderer and the pieces every page uses.
export { ballotStyle, Layout, type Lang, type LanguageSwitch } from './layout';
export { isWebAddress, UserLink } from './link';
export { messagePage } from './message';
export { renderPage } from './render';
