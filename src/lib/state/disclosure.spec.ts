import { afterEach, describe, expect, it } from 'vitest';
import { Disclosure } from './disclosure.svelte.ts';
import { hydration, trimmed } from './hydration.svelte.ts';

afterEach(() => {
	hydration.done = false;
	trimmed.closed = false;
});

describe('Disclosure', () => {
	it('draws its content while the page hydrates, as the server did', () => {
		expect(new Disclosure().drawn).toBe(true);
	});

	it('leaves it out of hydration when the island left closed ones out', () => {
		trimmed.closed = true;
		expect(new Disclosure().drawn).toBe(false);
	});

	it('once the page runs, draws it only while open', () => {
		hydration.done = true;
		const d = new Disclosure();
		expect(d.drawn).toBe(false);
		d.open = true;
		expect(d.drawn).toBe(true);
	});

	it('keeps the content of one a reader opened before the script ran', () => {
		trimmed.closed = true;
		const d = new Disclosure();
		d.opened({ open: true } as HTMLDetailsElement);
		hydration.done = true;
		expect(d.drawn).toBe(true);
		const closed = new Disclosure();
		closed.opened({ open: false } as HTMLDetailsElement);
		expect(closed.drawn).toBe(false);
	});
});
