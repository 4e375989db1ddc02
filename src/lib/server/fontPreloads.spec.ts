import { describe, expect, it } from 'vitest';
import { firstViewFaces, preloadFor } from './fontPreloads.ts';

describe('preloadFor', () => {
	it('preloads the four faces of the story’s first view, and its scripts and styles', () => {
		const preload = preloadFor('/(story)');
		expect(firstViewFaces('/(story)')).toHaveLength(4);
		expect(
			preload({ type: 'font', path: './_app/immutable/assets/inter-600-normal.X1.woff2' })
		).toBe(true);
		expect(
			preload({ type: 'font', path: './_app/immutable/assets/source-serif-4-600-normal.X1.woff2' })
		).toBe(true);
		expect(
			preload({ type: 'font', path: './_app/immutable/assets/source-serif-4-400-italic.X1.woff2' })
		).toBe(false);
		expect(preload({ type: 'js', path: './_app/immutable/entry/start.X1.js' })).toBe(true);
		expect(preload({ type: 'css', path: './_app/immutable/assets/0.X1.css' })).toBe(true);
	});

	it('gives an embed and the notes only Inter: they draw no serif', () => {
		for (const route of ['/embed/[chart]', '/embed/[chart]/[step]', '/present/notes', null]) {
			const preload = preloadFor(route);
			expect(
				preload({
					type: 'font',
					path: '../_app/immutable/assets/source-serif-4-400-normal.X1.woff2'
				})
			).toBe(false);
			expect(
				preload({ type: 'font', path: '../_app/immutable/assets/inter-400-normal.X1.woff2' })
			).toBe(true);
		}
	});
});
