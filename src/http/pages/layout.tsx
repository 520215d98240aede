// The shell of every public page for citizens: no JavaScript, one small inline stylesheet (the
// content security policy allows inline styles, not scripts), readable on a cheap phone.
import type { ReactNode } from 'react';

export type Lang = 'vi' | 'en';

export const ballotStyle = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b2430;background:#f4f6f8}
main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.35rem;line-height:1.3}
header{background:#12324a;color:#fff;padding:.6rem 1rem;display:flex;justify-content:space-between;align-items:center}
header a{color:#fff}fieldset{border:1px solid #c5ced8;border-radius:6px;background:#fff;padding:.75rem}
label{display:flex;gap:.6rem;align-items:flex-start;padding:.5rem 0;border-bottom:1px solid #eef1f4}
label:last-child{border-bottom:0}input[type=checkbox]{width:1.4rem;height:1.4rem;flex:none}
select,input[type=number]{font-size:1rem;padding:.3rem;min-width:4rem;flex:none}
button{font-size:1.05rem;padding:.8rem 1.2rem;margin-top:1rem;width:100%;background:#0e5a7a;color:#fff;border:0;border-radius:6px}
:focus-visible{outline:3px solid #f2b705;outline-offset:2px}.error{background:#fdecea;border-left:4px solid #b3261e;padding:.6rem}
.badge{background:#fff3cd;color:#5c4400;border-radius:4px;padding:0 .4rem;font-size:.85rem}
.receipt{font:700 1.4rem/1.4 ui-monospace,monospace;letter-spacing:.05em;word-break:break-all}
small,.help{color:#4a5866}small{overflow-wrap:anywhere}
table{width:100%;border-collapse:collapse;background:#fff}td,th{padding:.4rem;border-bottom:1px solid #e3e8ee;text-align:left;vertical-align:top}
.num{text-align:right;white-space:nowrap}th.num{white-space:normal;width:6.5rem}th:first-child{width:2.5rem}.bar{height:.45rem;background:#0e5a7a;border-radius:2px;margin-top:.3rem}h2{font-size:1.15rem;margin-top:1.5rem}h3{font-size:1rem}`;

/** A link to the same page in the other language. */
export type LanguageSwitch = { href: string; label: string };

type LayoutProps = { lang: Lang; title: string; style?: string; other?: LanguageSwitch; children: ReactNode };

export function Layout({ lang, title, style = ballotStyle, other, children }: LayoutProps) {
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{`${title} — Đối Thoại`}</title>
        <style>{style}</style>
      </head>
      <body>
        <header>
          <strong>Đối Thoại</strong>
          {other && (
            <a href={other.href} lang={lang === 'vi' ? 'en' : 'vi'}>
              {other.label}
            </a>
          )}
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
