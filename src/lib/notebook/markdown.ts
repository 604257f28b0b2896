// A note's markdown as HTML that is safe to insert: raw HTML is shown as text, links open in a
// new tab without handing over the page, and images load only from this site or a data: URL,
// so a shared notebook can neither run script nor make the browser fetch from elsewhere.
import MarkdownIt from 'markdown-it';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const WEB_OR_MAIL = /^(https?|mailto):/i;
const DATA_IMAGE = /^data:image\/(gif|png|jpeg|webp);/i;

/** A URL with no scheme and no host, or a data: image: nothing leaves the site for it. */
export function isLocalImage(src: string): boolean {
  if (DATA_IMAGE.test(src)) return true;
  if (/\\|%5c/i.test(src)) return false; // browsers read `/\host` as `//host`
  return !SCHEME.test(src) && !src.startsWith('//');
}

const md = new MarkdownIt({ html: false, linkify: true });

// Links to the web, mail or this site; `javascript:` and every other scheme stay text.
md.validateLink = (url) => WEB_OR_MAIL.test(url) || !SCHEME.test(url) || DATA_IMAGE.test(url);

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx].attrSet('target', '_blank');
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

const defaultImage = md.renderer.rules.image;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (isLocalImage(String(token.attrGet('src') ?? '')) && defaultImage) {
    return defaultImage(tokens, idx, options, env, self);
  }
  return md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env));
};

// Table alignment arrives as a style attribute, which the site's CSP refuses: use a class.
for (const rule of ['th_open', 'td_open'] as const) {
  md.renderer.rules[rule] = (tokens, idx, options, _env, self) => {
    const token = tokens[idx];
    const align = /text-align:(\w+)/.exec(String(token.attrGet('style') ?? ''))?.[1];
    if (token.attrs) token.attrs = token.attrs.filter(([name]) => name !== 'style');
    if (align) token.attrJoin('class', `align-${align}`);
    return self.renderToken(tokens, idx, options);
  };
}

export function renderMarkdown(text: string): string {
  return md.render(text);
}

/** The images a note asks for that renderMarkdown leaves out (they would load from elsewhere). */
export function blockedImages(text: string): string[] {
  const found: string[] = [];
  const visit = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'image') {
        const src = String(token.attrGet('src') ?? '');
        if (!isLocalImage(src)) found.push(src);
      }
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(text, {}));
  return found;
}
