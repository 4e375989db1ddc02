import { describe, expect, it } from 'vitest';
import { embedSnippets, embedUrl } from './snippets.ts';

describe('embedUrl', () => {
	it.each([
		[
			{
				root: 'https://x.org/story/',
				chart: 'revenue',
				step: null,
				theme: 'auto',
				controls: false
			},
			'https://x.org/story/embed/revenue/'
		],
		[
			{ root: 'https://x.org/', chart: 'timeline', step: 'law', theme: 'dark', controls: true },
			'https://x.org/embed/timeline/law/?theme=dark&controls=1'
		],
		[
			{
				root: 'http://127.0.0.1:4173/story/',
				chart: 'revenue',
				step: 'regions',
				theme: 'light',
				controls: false
			},
			'http://127.0.0.1:4173/story/embed/revenue/regions/?theme=light'
		]
	] as const)('%j → %s', (opts, expected) => {
		expect(embedUrl(opts)).toBe(expected);
	});
	it('refuses a step that is not an id', () => {
		expect(() =>
			embedUrl({
				root: 'https://x.org/',
				chart: 'revenue',
				step: '../../x',
				theme: 'auto',
				controls: false
			})
		).toThrow('not a step id');
	});
});

describe('embedSnippets', () => {
	const s = embedSnippets({
		root: 'https://x.org/',
		chart: 'revenue',
		step: 'regions',
		theme: 'auto',
		controls: false
	});
	it('gives a plain iframe with a title and a fallback height', () => {
		expect(s.iframe).toBe(
			'<iframe src="https://x.org/embed/revenue/regions/" title="Where Kaspersky’s money came from" width="100%" height="640" scrolling="no" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>'
		);
	});
	it('gives the script version', () => {
		expect(s.script).toBe(
			'<div data-story-embed="revenue" data-step="regions"></div>\n<script src="https://x.org/embed.js" async></script>'
		);
	});
	it('gives the pym.js version', () => {
		expect(s.pym).toContain(
			"new pym.Parent('story-revenue-regions', 'https://x.org/embed/revenue/regions/'"
		);
	});
});
