import { describe, expect, it } from 'vitest';
import { KEYS, keyAction, keyLabel, targetIndex } from './keys.ts';

const type = (key: string, mods: Partial<Record<'shiftKey' | 'ctrlKey', boolean>> = {}) =>
	keyAction({ key, ...mods })?.type ?? null;

describe('keyAction', () => {
	it('keeps the keys of the contract', () => {
		for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'])
			expect(type(k)).toBe('next');
		for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(type(k)).toBe('prev');
		expect(type(' ', { shiftKey: true })).toBe('prev');
		expect(type('Home')).toBe('first');
		expect(type('End')).toBe('last');
		expect(type('f')).toBe('fullscreen');
		expect(type('s')).toBe('notes');
		expect(type('o')).toBe('overview');
		expect(type('Escape')).toBe('escape');
		expect(type('g')).toBe('goto-start');
		expect(type('Enter')).toBe('enter');
		expect(keyAction({ key: '7' })).toEqual({ type: 'digit', digit: 7 });
	});

	it('blanks the screen on B and ".", and on V, ":", ";" and "/" as reveal.js and clickers do', () => {
		for (const k of ['b', 'B', '.', 'v', 'V', ':', ';', '/']) expect(type(k), k).toBe('blank');
		// `:` is Shift+; on a US keyboard: shift must not stop it.
		expect(type(':', { shiftKey: true })).toBe('blank');
	});

	it('opens the help on "?" (a shifted key) and F1', () => {
		expect(type('?', { shiftKey: true })).toBe('help');
		expect(type('F1')).toBe('help');
	});

	it('leaves browser shortcuts and unknown keys alone', () => {
		expect(type('f', { ctrlKey: true })).toBeNull();
		expect(type('/', { ctrlKey: true })).toBeNull();
		expect(type('x')).toBeNull();
		expect(type('Tab')).toBeNull();
	});
});

describe('KEYS, the one list the help overlay shows', () => {
	it('lists each key once, and every key it lists does what it says', () => {
		const all = KEYS.flatMap((b) => b.keys);
		expect(new Set(all).size).toBe(all.length);
		for (const b of KEYS)
			for (const k of b.keys) {
				const event =
					k === 'Space'
						? { key: ' ' }
						: k === 'Shift+Space'
							? { key: ' ', shiftKey: true }
							: { key: k };
				expect(keyAction(event)?.type, k).toBe(b.action);
			}
	});

	it('writes keys the way a keyboard shows them', () => {
		expect(keyLabel('ArrowRight')).toBe('→');
		expect(keyLabel('v')).toBe('V');
		expect(keyLabel('/')).toBe('/');
		expect(keyLabel('Escape')).toBe('Esc');
		expect(keyLabel('F1')).toBe('F1');
	});
});

describe('targetIndex', () => {
	it('moves within the deck and not past its ends', () => {
		expect(targetIndex({ type: 'next' }, 13, 14)).toBe(13);
		expect(targetIndex({ type: 'prev' }, 0, 14)).toBe(0);
		expect(targetIndex({ type: 'last' }, 3, 14)).toBe(13);
		expect(targetIndex({ type: 'help' }, 3, 14)).toBeNull();
		expect(targetIndex({ type: 'blank' }, 3, 14)).toBeNull();
	});
});
