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

	it('gives an embed only Inter: it draws no serif', () => {
		for (const route of ['/embed/[chart]', '/embed/[chart]/[step]', null]) {
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

	it('gives the notes window and both handouts the serif their slides and text are set in', () => {
		for (const route of ['/present/notes', '/present/print', '/present/print/single']) {
			expect(firstViewFaces(route), route).toContain('source-serif-4-400-normal');
		}
		expect(firstViewFaces('/present/print/single')).toContain('source-serif-4-600-normal');
	});
});
