// A link whose address someone typed (a plan's source, an evidence or stream link): only http(s)
// becomes a link; anything else (javascript:, data:, a bare word) is shown as text.
import type { ReactNode } from 'react';

export const isWebAddress = (href: string) => /^https?:\/\/[^\s]/i.test(href.trim());

export function UserLink({ href, children }: { href: string; children?: ReactNode }) {
  if (!isWebAddress(href)) return <span>{children ?? href}</span>;
  return (
    <a href={href.trim()} rel="noopener noreferrer nofollow">
      {children ?? href}
    </a>
  );
}
