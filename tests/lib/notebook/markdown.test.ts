// Notes in a shared notebook are written by someone else: they render as formatted text and
// nothing in them runs, navigates the page or makes the browser fetch from another site.
import { describe, expect, it } from 'vitest';
import { blockedImages, isLocalImage, renderMarkdown } from '../../../src/lib/notebook/markdown';

describe('a note', () => {
  it('renders headings, emphasis, lists and code', () => {
    expect(renderMarkdown('# Plan\n\n*Call* the **regulars**:\n\n- Anna\n- `Bob`')).toBe(
      '<h1>Plan</h1>\n<p><em>Call</em> the <strong>regulars</strong>:</p>\n<ul>\n<li>Anna</li>\n<li><code>Bob</code></li>\n</ul>\n',
    );
  });

  it('shows a <script> tag as text instead of running it', () => {
    const html = renderMarkdown('<script>alert(1)</script>');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('shows an <img onerror> as text: no element, no handler', () => {
    const html = renderMarkdown('<img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<img/);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['file:///etc/passwd'],
  ])('keeps a %s link as plain text', (url) => {
    const html = renderMarkdown(`[click](${url})`);
    expect(html).not.toMatch(/<a\b/);
    expect(html).not.toMatch(/href=/);
  });

  it('opens web links in a new tab without giving that tab a handle on the page', () => {
    expect(renderMarkdown('[shop](https://example.com/a?b=1)')).toBe(
      '<p><a href="https://example.com/a?b=1" target="_blank" rel="noopener noreferrer">shop</a></p>\n',
    );
  });

  it('turns a bare web address into such a link too', () => {
    expect(renderMarkdown('see https://example.com')).toContain(
      '<a href="https://example.com" target="_blank" rel="noopener noreferrer">',
    );
  });

  it.each([
    ['http://evil/x.png'],
    ['https://evil.example/track.gif'],
    ['//evil.example/x.png'],
    ['/\\evil.example/x.png'],
  ])('drops an image from %s, keeping its description', (src) => {
    expect(renderMarkdown(`![chart of sales](${src})`)).toBe('<p>chart of sales</p>\n');
  });

  it('leaves an image with a scheme it never follows as its markdown text', () => {
    expect(renderMarkdown('![x](ftp://evil/x.png)')).toBe('<p>![x](ftp://evil/x.png)</p>\n');
  });

  it('shows an image from this site or a data: URL', () => {
    expect(renderMarkdown('![logo](logo.png)')).toBe('<p><img src="logo.png" alt="logo"></p>\n');
    const dot = 'data:image/png;base64,iVBORw0KGgo=';
    expect(renderMarkdown(`![dot](${dot})`)).toContain(`<img src="${dot}" alt="dot">`);
  });

  it('keeps a dropped image description as text, not HTML', () => {
    expect(renderMarkdown('![<b>x</b>](http://evil/x.png)')).toBe('<p>&lt;b&gt;x&lt;/b&gt;</p>\n');
  });

  it('aligns table columns with classes, not inline styles the site would refuse', () => {
    const html = renderMarkdown('| a | b |\n|:--|--:|\n| 1 | 2 |');
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-left">a</th>');
    expect(html).toContain('<td class="align-right">2</td>');
  });
});

describe('which images stay on the site', () => {
  // prettier-ignore
  const table: [string, boolean][] = [
    ['logo.png', true],
    ['./img/logo.png', true],
    ['/static/logo.png', true],
    ['data:image/webp;base64,AAAA', true],
    ['data:image/svg+xml;base64,AAAA', false],
    ['http://evil/x.png', false],
    ['HTTPS://evil/x.png', false],
    ['//evil/x.png', false],
    ['/%5Cevil/x.png', false],
    ['blob:https://evil/1', false],
  ];
  it.each(table)('%s → %s', (src, local) => {
    expect(isLocalImage(src)).toBe(local);
  });
});

describe('images a note asks for from elsewhere', () => {
  it('are listed, so the page can say they were blocked', () => {
    const text = '![a](http://127.0.0.1:9/a.png) ![b](logo.png)\n\n- ![c](//evil.example/c.gif)';
    expect(blockedImages(text)).toEqual(['http://127.0.0.1:9/a.png', '//evil.example/c.gif']);
    expect(blockedImages('![ok](data:image/png;base64,AAAA)')).toEqual([]);
  });
});
