import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LAYOUT_BREAKPOINTS, layoutIndex, layoutsToDraw } from './layouts.ts';

const css = readFileSync(new URL('../../../styles/charts.css', import.meta.url), 'utf8');

describe('layoutIndex', () => {
	test.each([
		[320, 0],
		[519.9, 0],
		[520, 1],
		[700, 1],
		[739, 1],
		[740, 2],
		[1400, 2]
	])('a %d px container shows layout %d of three', (width, index) => {
		expect(layoutIndex(width, 3)).toBe(index);
	});

	test('never points past the layouts there are', () => {
		expect(layoutIndex(1400, 2)).toBe(1);
		expect(layoutIndex(1400, 1)).toBe(0);
	});

	test('breaks where the stylesheet’s container queries do, so script and CSS agree', () => {
		const queries = [...css.matchAll(/@container \(min-width: (\d+)px\)/g)].map((m) =>
			Number(m[1])
		);
		expect(queries).toEqual([...LAYOUT_BREAKPOINTS]);
	});
});

describe('layoutsToDraw', () => {
	const all = ['narrow', 'medium', 'wide'];

	test('draws every layout until the container is measured (as the server did)', () => {
		expect(layoutsToDraw(all, null)).toEqual(all);
	});

	test('then only the one that fits', () => {
		expect(layoutsToDraw(all, 400)).toEqual(['narrow']);
		expect(layoutsToDraw(all, 600)).toEqual(['medium']);
		expect(layoutsToDraw(all, 900)).toEqual(['wide']);
	});

	test('a chart mounted after hydration draws nothing until measured', () => {
		expect(layoutsToDraw(all, null, false)).toEqual([]);
		expect(layoutsToDraw(all, 600, false)).toEqual(['medium']);
	});

	test('hydrates only the layout its island kept, and then the one that fits', () => {
		expect(layoutsToDraw(all, null, true, 'medium')).toEqual(['medium']);
		expect(layoutsToDraw(all, 600, true, 'medium')).toEqual(['medium']);
		expect(layoutsToDraw(all, 900, true, 'medium')).toEqual(['wide']);
		// Mounted after hydration, nothing was kept for it: it waits for its width.
		expect(layoutsToDraw(all, null, false, 'medium')).toEqual([]);
	});

	test('a single layout stays whatever the width', () => {
		expect(layoutsToDraw(['only'], 900)).toEqual(['only']);
	});
});
