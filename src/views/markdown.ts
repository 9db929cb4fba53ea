import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { type SafeHtml, trusted } from './html.ts';

// Raw HTML in the source is escaped by markdown-it (html: false); the sanitiser is a second
// wall in case a plugin or a future option lets markup through.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'code',
    'pre',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  transformTags: {
    // A heading in a description sits below the page's h1 and the section's h2.
    h1: 'h3',
    h2: 'h3',
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener' }),
  },
};
SANITIZE.allowedAttributes = { ...SANITIZE.allowedAttributes, a: ['href', 'title', 'rel'] };

/** Renders user Markdown to sanitised HTML: paragraphs, nested lists, headings, links. */
export function renderMarkdown(source: string): SafeHtml {
  return trusted(sanitizeHtml(markdown.render(source), SANITIZE));
}
