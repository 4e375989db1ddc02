import { describe, expect, it } from 'vitest';
import { staticStylesheet } from './imageStyles.ts';

const tokens = { '--fg': '#111111', '--c-a': '#aa0000', '--c-b': '#00bb00' };

describe('staticStylesheet', () => {
	it('writes tokens in and keeps only rules for classes the markup uses', () => {
		const css =
			'.x { fill: var(--fg); } .y { fill: red } body { margin: 0 } .x:hover { fill: blue }';
		expect(staticStylesheet([css], tokens, new Set(['x']))).toBe('.x{fill:#111111}');
	});

	it('leaves out at-rules and declarations it cannot resolve', () => {
		const css =
			'@media (prefers-color-scheme: dark) { .x { fill: #000 } } .x { fill: var(--fg); transition: opacity var(--duration) }';
		expect(staticStylesheet([css], tokens, new Set(['x']))).toBe('.x{fill:#111111}');
	});

	it('resolves a variable a class sets for its descendants', () => {
		const css = '.a { --c: var(--c-a) } .b { --c: var(--c-b) } .dot { fill: var(--c) }';
		expect(staticStylesheet([css], tokens, new Set(['a', 'b', 'dot'])).split('\n')).toEqual([
			'.a .dot{fill:#aa0000}',
			'.b .dot{fill:#00bb00}'
		]);
	});

	it('reads a component’s :global() selectors as plain ones', () => {
		expect(
			staticStylesheet(['.w :global(.x) { fill: var(--fg) }'], tokens, new Set(['w', 'x']))
		).toBe('.w .x{fill:#111111}');
	});
});
