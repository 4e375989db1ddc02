// The island's `resolve` must write the same relative links as SvelteKit's server did, or
// hydration would rewrite every link of the figure.
import { describe, expect, it } from 'vitest';
import { relativeTo } from './islandPaths.ts';

describe('relativeTo', () => {
	it('climbs one level per folder below the base, as SvelteKit does with relative paths', () => {
		expect(relativeTo('/', '')).toBe('.');
		expect(relativeTo('/embed/', '')).toBe('..');
		expect(relativeTo('/embed/revenue/', '')).toBe('../..');
		expect(relativeTo('/embed/timeline/law/', '')).toBe('../../..');
	});
	it('starts below the base path of a site served under a sub-path', () => {
		expect(relativeTo('/story/embed/revenue/', '/story')).toBe('../..');
		expect(relativeTo('/story/embed/timeline/law/', '/story')).toBe('../../..');
	});
});
