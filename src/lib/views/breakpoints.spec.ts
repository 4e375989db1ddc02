import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PHONE, WIDE, triggerLine } from './breakpoints.ts';

const FILES = ['ScrollyView.svelte', 'Stage.svelte', 'StepCard.svelte'];
const css = (file: string) => {
	const source = readFileSync(new URL(file, import.meta.url), 'utf8');
	return source.slice(source.indexOf('<style>'));
};

describe('the scroll view’s breakpoints', () => {
	test.each(FILES)('%s breaks where the script does', (file) => {
		const queries = [...css(file).matchAll(/\((min|max)-width: ([\d.]+)px\)/g)];
		expect(queries.length).toBeGreaterThan(0);
		for (const [query, side, px] of queries) {
			// A max-width query ends just below the width at which the min-width one starts.
			const width = side === 'min' ? Number(px) : Number(px) + 0.02;
			expect([WIDE, PHONE], query).toContain(width);
		}
	});

	test('the stylesheets break at the wide breakpoint, from both sides', () => {
		const all = FILES.map(css).join('\n');
		expect(all).toContain(`(min-width: ${WIDE}px)`);
		expect(all).toContain(`(max-width: ${WIDE - 0.02}px)`);
	});

	test.each([
		[360, 0.8],
		[WIDE - 1, 0.8],
		[WIDE, 0.5],
		[1440, 0.5]
	])('a %d px screen starts a step at %d of its height', (width, line) => {
		expect(triggerLine(width)).toBe(line);
	});
});
