// A typed address becomes a link only when it is a web address; anything else is shown as text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UserLink } from './link';

const render = (href: string) => renderToStaticMarkup(createElement(UserLink, { href }));

describe('UserLink', () => {
  it('links http and https addresses', () => {
    expect(render('https://cantho.gov.vn/ke-hoach?a=1&b=2')).toBe('<a href="https://cantho.gov.vn/ke-hoach?a=1&amp;b=2" rel="noopener noreferrer nofollow">https://cantho.gov.vn/ke-hoach?a=1&amp;b=2</a>');
    expect(render('HTTP://example.vn')).toBe('<a href="HTTP://example.vn" rel="noopener noreferrer nofollow">HTTP://example.vn</a>');
  });

  it('shows javascript:, data: and other addresses as text, not as a link', () => {
    expect(render('javascript:alert(1)')).toBe('<span>javascript:alert(1)</span>');
    expect(render(' JavaScript:alert(1)')).toBe('<span> JavaScript:alert(1)</span>');
    expect(render('data:text/html,<script>alert(1)</script>')).toBe('<span>data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;</span>');
    expect(render('//evil.example')).toBe('<span>//evil.example</span>');
    expect(render('http://')).toBe('<span>http://</span>');
  });
});
