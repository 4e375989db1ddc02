/**
 * Presentation keys, as reveal.js and presentation clickers use them. Pure: a key event in, an
 * action out, so the same mapping drives the slides and the notes window.
 */
export type KeyAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	| { type: 'fullscreen' }
	| { type: 'notes' }
	| { type: 'blank' }
	| { type: 'overview' }
	| { type: 'goto-start' }
	| { type: 'digit'; digit: number }
	| { type: 'enter' }
	| { type: 'escape' };

export interface KeyLike {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

export function keyAction(e: KeyLike): KeyAction | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null; // leave browser shortcuts alone
	const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
	if (key === ' ') return e.shiftKey ? { type: 'prev' } : { type: 'next' };
	if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case 'n':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'p':
			return { type: 'prev' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'f':
			return { type: 'fullscreen' };
		case 's':
			return { type: 'notes' };
		case 'b':
		case '.':
			return { type: 'blank' };
		case 'o':
			return { type: 'overview' };
		case 'Escape':
			return { type: 'escape' };
		case 'g':
			return { type: 'goto-start' };
		case 'Enter':
			return { type: 'enter' };
		default:
			return null;
	}
}

/** The slide index an action leads to, from the current one (null: the action moves nothing). */
export function targetIndex(action: KeyAction, current: number, count: number): number | null {
	const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
	switch (action.type) {
		case 'next':
			return clamp(current + 1);
		case 'prev':
			return clamp(current - 1);
		case 'first':
			return 0;
		case 'last':
			return count - 1;
		default:
			return null;
	}
}
