// The deck's navigation driven through its transitions as a clicker, a keyboard and the other
// window would: rapid presses while the address is still changing, navigations that finish out of
// order, a slide number typed after G, the blank screen, moves told by the notes window.
import { describe, expect, it } from 'vitest';
import { Deck, type DeckOptions } from './deck.svelte.ts';
import type { KeyAction } from '../present/keys.ts';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'];

/** A deck whose navigations finish only when the test says so, as a router's would. */
function deckAt(start: string, options: Partial<DeckOptions> = {}) {
	let current = start;
	const navigations: { id: string; finish: () => void }[] = [];
	const moves: string[] = [];
	const deck = new Deck({
		ids: () => IDS,
		current: () => current,
		navigate: (id) =>
			new Promise<void>((resolve) =>
				navigations.push({
					id,
					finish: () => {
						current = id;
						resolve();
					}
				})
			),
		onmove: (id) => moves.push(id),
		...options
	});
	/** Let the microtasks run: settled navigations clear `pending`. */
	const settle = () => new Promise((r) => setTimeout(r, 0));
	return { deck, navigations, moves, settle, current: () => current };
}

const key = (type: Exclude<KeyAction['type'], 'digit'>) => ({ type }) as KeyAction;
const digit = (d: number): KeyAction => ({ type: 'digit', digit: d });

describe('Deck', () => {
	it('counts rapid presses from the slide asked for, not the one still on screen', async () => {
		const { deck, navigations, moves, settle } = deckAt('a');
		for (let i = 0; i < 3; i++) expect(deck.handle(key('next'))).toBe(true);
		expect(navigations.map((n) => n.id)).toEqual(['b', 'c', 'd']);
		expect(deck.target).toBe('d');
		expect(deck.index).toBe(3);
		expect(moves).toEqual(['b', 'c', 'd']);
		// The first navigation ends: the deck still counts from the latest request.
		navigations[0]!.finish();
		await settle();
		expect(deck.pending).toBe('d');
		expect(deck.handle(key('prev'))).toBe(true);
		expect(deck.target).toBe('c');
	});

	it('clears what it waits for only when the latest navigation is done, in whatever order they end', async () => {
		const { deck, navigations, settle, current } = deckAt('a');
		deck.go(4);
		deck.go(6);
		navigations[1]!.finish();
		await settle();
		expect(deck.pending).toBeNull();
		expect(current()).toBe('g');
		// A late finish of the older navigation does not bring back a request.
		navigations[0]!.finish();
		await settle();
		expect(deck.pending).toBeNull();
	});

	it('stays inside the deck and does not ask again for the slide it is on', () => {
		const { deck, navigations } = deckAt('n');
		expect(deck.handle(key('next'))).toBe(true);
		deck.go(99);
		expect(navigations).toEqual([]);
		deck.go(-5);
		expect(navigations.map((n) => n.id)).toEqual(['a']);
		expect(deck.handle(key('last'))).toBe(true);
		expect(deck.handle(key('first'))).toBe(true);
		expect(navigations.map((n) => n.id)).toEqual(['a', 'n', 'a']);
	});

	it('goes to a slide by number: G, digits, Enter; anything else cancels', () => {
		const { deck, navigations } = deckAt('a');
		expect(deck.handle(key('goto-start'))).toBe(true);
		expect(deck.typed).toBe('');
		deck.handle(digit(1));
		deck.handle(digit(2));
		expect(deck.typed).toBe('12');
		deck.handle(key('enter'));
		expect(deck.typed).toBeNull();
		expect(navigations.map((n) => n.id)).toEqual(['l']);
		// While a number is typed, a move key ends it rather than moving.
		deck.handle(key('goto-start'));
		deck.handle(digit(3));
		deck.handle(key('next'));
		expect(deck.typed).toBeNull();
		expect(navigations.map((n) => n.id)).toEqual(['l']);
		// At most three digits, and a number past the end goes to the last slide.
		deck.handle(key('goto-start'));
		for (const d of [9, 9, 9, 9]) deck.handle(digit(d));
		expect(deck.typed).toBe('999');
		deck.handle(key('enter'));
		expect(navigations.at(-1)!.id).toBe('n');
	});

	it('blanks the screen on B; any key brings it back without moving', () => {
		const { deck, navigations } = deckAt('c');
		expect(deck.handle(key('blank'))).toBe(true);
		expect(deck.blank).toBe(true);
		expect(deck.handle(key('next'))).toBe(true);
		expect(deck.blank).toBe(false);
		expect(navigations).toEqual([]);
		deck.handle(key('blank'));
		deck.handle(key('blank'));
		expect(deck.blank).toBe(false);
	});

	it('hands back what the page must do, and leaves keys it does not use alone', () => {
		const { deck } = deckAt('a');
		expect(deck.handle(key('fullscreen'))).toBe('fullscreen');
		expect(deck.handle(key('notes'))).toBe('notes');
		expect(deck.handle(key('overview'))).toBe('overview');
		expect(deck.handle(key('escape'))).toBe('overview');
		expect(deck.handle(key('help'))).toBe('help');
		expect(deck.handle(digit(4))).toBe(false);
		expect(deck.handle(key('enter'))).toBe(false);
	});

	it('follows a move made in the other window without telling it back', () => {
		const { deck, navigations, moves } = deckAt('a');
		deck.follow('e');
		deck.follow('e');
		deck.follow('not-a-slide');
		expect(navigations.map((n) => n.id)).toEqual(['e']);
		expect(moves).toEqual([]);
	});

	it('moves only with move(): the notes window has no blank screen or slide numbers', () => {
		const { deck, navigations } = deckAt('b');
		expect(deck.move(key('blank'))).toBe(false);
		expect(deck.move(key('goto-start'))).toBe(false);
		expect(deck.blank).toBe(false);
		expect(deck.typed).toBeNull();
		expect(deck.move(key('prev'))).toBe(true);
		expect(navigations.map((n) => n.id)).toEqual(['a']);
	});
});
