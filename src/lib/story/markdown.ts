/** Markdown to HTML for the story copy. `[text](src:id)` becomes a link to that source. */
import { Marked, type Tokens } from 'marked';
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
 * Typographic quotes and apostrophes: "a" → “a”, it's → it’s. Run on Markdown source and plain
 * fields; link targets (`](...)`) are left alone.
 */
export function smartQuotes(text: string): string {
	return text
		.split(/(\]\([^)]*\))/)
		.map((part, i) => {
			if (i % 2 === 1) return part;
			// After a link, a quote at the very start closes (`"[text](src:x)"`).
			const open = i === 0 ? /(^|[\s([{\u2014\u2013-])"/g : /([\s([{\u2014\u2013-])"/g;
			const openSingle = i === 0 ? /(^|[\s([{\u2014\u2013-])'/g : /([\s([{\u2014\u2013-])'/g;
			return part
				.replace(open, '$1\u201C')
				.replace(/"/g, '\u201D')
				.replace(openSingle, '$1\u2018')
				.replace(/'/g, '\u2019');
		})
		.join('');
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
	const marked = new Marked({
		gfm: true,
		renderer: {
			link(this: { parser: { parseInline(t: Tokens.Generic[]): string } }, token: Tokens.Link) {
				const inner = this.parser.parseInline(token.tokens);
				if (token.href.startsWith('term:')) {
					const id = token.href.slice(5);
					const entry = glossary.get(id);
					if (!entry) {
						unknownTerms.push(id);
						return inner;
					}
					if (defined.has(id)) return inner;
					defined.add(id);
					terms.push(id);
					return `<dfn class="term" data-term="${escapeHtml(id)}">${inner}</dfn>`;
				}
				if (token.href.startsWith('src:')) {
					const id = token.href.slice(4);
					const source = sources.get(id);
					if (!source) {
						unknown.push(id);
						return inner;
					}
					cited.push(id);
					const title = `${source.publisher}: ${source.title}`;
					return `<a class="cite" href="${escapeHtml(source.url)}" title="${escapeHtml(title)}" data-source="${escapeHtml(id)}" rel="noopener noreferrer">${inner}</a>`;
				}
				if (!/^https?:\/\//.test(token.href)) {
					return `<a href="${escapeHtml(token.href)}">${inner}</a>`;
				}
				return `<a href="${escapeHtml(token.href)}" rel="noopener noreferrer">${inner}</a>`;
			},
			html() {
				// Raw HTML in the copy is dropped: the copy is text, and markup comes from components.
				return '';
			}
		}
	});
	const source = smartQuotes(text);
	const html = (inline ? marked.parseInline(source) : marked.parse(source)) as string;
	return { html: html.trim(), cited, unknown, terms, unknownTerms };
}
