/** Markdown to HTML for the story copy. `[text](src:id)` becomes a link to that source. */
import { Marked, type Tokens } from 'marked';
import { markedSmartypants } from 'marked-smartypants';
import type { Source } from '../data/schema.ts';

/** What the copy needs of a glossary entry (content/glossary.yml): the term and its short definition. */
export interface Term {
	id: string;
	term: string;
	short: string;
}

export interface Rendered {
	html: string;
	/** Source ids cited with `src:` links, in order. */
	cited: string[];
	/** `src:` ids that are not in the sources table. */
	unknown: string[];
	/** Glossary ids linked with `term:`, in order of first use. */
	terms: string[];
	/** `term:` ids that are not in the glossary. */
	unknownTerms: string[];
}

export const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Typography comes from SmartyPants (`marked-smartypants`): curly quotes and apostrophes
 * ("a" → “a”, it's → it’s, '90s → ’90s), `--` and `---` as en and em dashes, `...` as an ellipsis.
 * It runs on the HTML marked makes, so link targets, attributes and code spans keep their straight
 * quotes, and a backslash keeps one straight (`\"`).
 */
const smartypants = markedSmartypants();
const pants = smartypants.hooks!.postprocess as unknown as (html: string) => string;

/** The characters SmartyPants writes as numeric entities, written as themselves. */
const ENTITIES: Record<string, string> = {
	'8211': '\u2013',
	'8212': '\u2014',
	'8216': '\u2018',
	'8217': '\u2019',
	'8220': '\u201C',
	'8221': '\u201D',
	'8230': '\u2026'
};

function typography(html: string): string {
	return (
		pants(html)
			// SmartyPants opens the first quote of "rock 'n' roll"; both stand for missing letters.
			.replace(/(?<=\s)&#8216;(n)&#8217;(?=\s)/gi, '&#8217;$1&#8217;')
			.replace(/&#(\d{4});/g, (entity, code: string) => ENTITIES[code] ?? entity)
	);
}

/** Escapes what is markup in text, and nothing else: the quotes stay straight for SmartyPants. */
const escapeText = (s: string) =>
	s
		.replace(/&(?!#?\w+;)/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');

/** SmartyPants' backslash escapes, and the markup escapes of a plain field, back to characters. */
const PLAIN: Record<string, string> = {
	'&#92;': '\\',
	'&#34;': '"',
	'&#39;': "'",
	'&#46;': '.',
	'&#45;': '-',
	'&#96;': '`',
	'&lt;': '<',
	'&gt;': '>',
	'&amp;': '&'
};

/**
 * The same typography for a plain-text field (a heading, alt text, a question): the text in, the
 * text out, with nothing in it read as markup.
 */
export function smartQuotes(text: string): string {
	const html = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return typography(html).replace(/&#(?:92|34|39|46|45|96);|&(?:lt|gt|amp);/g, (e) => PLAIN[e]!);
}

/**
 * `[text](src:id)` becomes a link to that source; `[text](term:id)` marks a glossary term (a
 * `<dfn>` where `defined` does not yet hold the id, plain text after), whose short definition the
 * caller shows beside the text.
 */
export function renderMarkdown(
	text: string,
	sources: ReadonlyMap<string, Source>,
	{
		inline = false,
		glossary = new Map<string, Term>(),
		defined = new Set<string>()
	}: { inline?: boolean; glossary?: ReadonlyMap<string, Term>; defined?: Set<string> } = {}
): Rendered {
	const cited: string[] = [];
	const unknown: string[] = [];
	const terms: string[] = [];
	const unknownTerms: string[] = [];
	const ctx: LinkContext = { sources, glossary, defined, cited, unknown, terms, unknownTerms };
	const marked = new Marked({
		gfm: true,
		tokenizer: smartypants.tokenizer,
		hooks: { postprocess: typography },
		renderer: {
			// SmartyPants' tokenizer leaves text unescaped so that it sees the straight quotes; the
			// markup characters are escaped here.
			text(token: Tokens.Text | Tokens.Escape) {
				if ('tokens' in token && token.tokens) return false;
				return escapeText(token.text);
			},
			link(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, token: Tokens.Link) {
				return renderLink(token.href, this.parser.parseInline(token.tokens), ctx);
			},
			html() {
				// Raw HTML in the copy is dropped: the copy is text, and markup comes from components.
				return '';
			}
		}
	});
	const html = (inline ? marked.parseInline(text) : marked.parse(text)) as string;
	return { html: html.trim(), cited, unknown, terms, unknownTerms };
}

/** What a link is rendered against, and the lists it adds to (see Rendered). */
interface LinkContext extends Omit<Rendered, 'html'> {
	sources: ReadonlyMap<string, Source>;
	glossary: ReadonlyMap<string, Term>;
	defined: Set<string>;
}

function renderLink(href: string, inner: string, ctx: LinkContext): string {
	if (href.startsWith('term:')) {
		const id = href.slice(5);
		if (!ctx.glossary.get(id)) {
			ctx.unknownTerms.push(id);
			return inner;
		}
		if (ctx.defined.has(id)) return inner;
		ctx.defined.add(id);
		ctx.terms.push(id);
		return `<dfn class="term" data-term="${escapeHtml(id)}">${inner}</dfn>`;
	}
	if (href.startsWith('src:')) {
		const id = href.slice(4);
		const source = ctx.sources.get(id);
		if (!source) {
			ctx.unknown.push(id);
			return inner;
		}
		ctx.cited.push(id);
		// No `title` tooltip (one per citation was 1.9 KB gzip of the story's HTML, shown only to a
		// mouse; /sources/ lists every source) and no `data-source` (nothing read it: 0.75 KB).
		return `<a class="cite" href="${escapeHtml(source.url)}" rel="noopener noreferrer">${inner}</a>`;
	}
	if (!/^https?:\/\//.test(href)) {
		return `<a href="${escapeHtml(href)}">${inner}</a>`;
	}
	return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>`;
}

/**
 * The file as the parser reads it: editors on Windows save it with CRLF line endings, and some
 * editors start it with a byte-order mark. Line numbers stay those of the file.
 */
export function normalizeSource(file: string): string {
	return file.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
