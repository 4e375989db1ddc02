// Colour contrast of the site's tokens (src/styles/tokens.css), in the light and the dark theme:
// text ≥ 4.5:1 against what it sits on, chart marks ≥ 3:1 against the background (WCAG AA).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssTokens } from './tokens.ts';

const css = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');

const light = cssTokens(css, ':root');
const dark = cssTokens(css, ':root', 'dark');

/** The `color-scheme` that the rule with exactly `selector` sets: it picks light-dark()'s value. */
function colorScheme(selector: string): string | undefined {
	const rule = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].find(
		(m) =>
			m[1]!
				.split(/;|\*\//)
				.pop()!
				.trim() === selector
	);
	return /color-scheme:\s*([\w-]+)/.exec(rule?.[2] ?? '')?.[1];
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const FILLS = [
	'--fill-europe',
	'--fill-us-canada',
	'--fill-russia-cis',
	'--fill-rest-of-world',
	'--fill-total'
];
const ACTORS = [
	'--c-government',
	'--c-retailer',
	'--c-company',
	'--c-court',
	'--c-other',
	'--c-accent'
];

describe('colour tokens', () => {
	it('dark values are the same whether chosen by the OS or by the switch', () => {
		// One palette: both ways to the dark theme set the root's color-scheme, which picks it.
		expect(colorScheme(":root:not([data-theme='light'])")).toBe('dark');
		expect(colorScheme(":root[data-theme='dark']")).toBe('dark');
		expect(colorScheme(':root')).toBe('light');
		expect(Object.keys(dark)).toEqual(Object.keys(light));
	});

	for (const [name, theme] of [
		['light', light],
		['dark', dark]
	] as const) {
		describe(`${name} theme`, () => {
			const pairs: [string, string, number][] = [
				...['--fg', '--fg-muted', '--link', '--focus'].flatMap((t): [string, string, number][] => [
					[t, '--bg', 4.5],
					[t, '--bg-raised', 4.5]
				]),
				['--highlight-fg', '--highlight', 4.5],
				['--fg', '--fill-muted', 4.5],
				...FILLS.map((f): [string, string, number] => ['--text-on-fill', f, 4.5]),
				...FILLS.map((f): [string, string, number] => [f, '--bg', 3]),
				// actor colours label text and marks alike
				...ACTORS.map((c): [string, string, number] => [c, '--bg', 4.5])
			];
			it.each(pairs)('%s on %s ≥ %f:1', (fg, bg, min) => {
				expect(theme[fg], fg).toMatch(/^#/);
				expect(theme[bg], bg).toMatch(/^#/);
				expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(min);
			});
		});
	}
});
