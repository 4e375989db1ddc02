/**
 * The rest of the credits, for the story page and the files that describe the project: the code's
 * licence, the typefaces under theirs, and how to cite the story. (The data's licence and the
 * credit line are in licence.ts, which embeds load; this module they never need.)
 */
import { AUTHOR } from './licence.ts';
import { SITE_NAME } from './site.ts';

/** The code (LICENSE). */
export const CODE_LICENCE = { name: 'MIT License', spdx: 'MIT' } as const;

/** The typefaces the pages and chart images use, each under the SIL Open Font License. */
export const FONTS = [
	{ name: 'Source Serif 4', by: 'Adobe' },
	{ name: 'Inter', by: 'the Inter Project Authors' }
] as const;
export const FONT_LICENCE = {
	name: 'SIL Open Font License 1.1',
	spdx: 'OFL-1.1',
	url: 'https://openfontlicense.org/'
} as const;

/**
 * How to cite the story, as one line of plain text (easy to copy):
 * `The project’s contributors (2026). <headline>. Trust and the ban. https://example.org/`.
 * The address is absolute: a build always knows the site's (ORIGIN).
 */
export function citation({
	headline,
	published,
	url
}: {
	headline: string;
	/** `YYYY-MM-DD`. */
	published: string;
	url: string;
}): string {
	const title = /[.?!]$/.test(headline) ? headline : `${headline}.`;
	return `${AUTHOR} (${published.slice(0, 4)}). ${title} ${SITE_NAME}. ${url}`;
}
