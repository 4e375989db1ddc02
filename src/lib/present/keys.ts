/**
 * Presentation keys, as reveal.js and presentation clickers use them. Pure: a key event in, an
 * action out, so the same mapping drives the slides and the notes window. `KEYS` is the one list:
 * the lookup below and the slides' help overlay are both read from it.
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
	| { type: 'help' }
	| { type: 'goto-start' }
	| { type: 'digit'; digit: number }
	| { type: 'enter' }
	| { type: 'escape' };

type Simple = Exclude<KeyAction, { type: 'digit' }>['type'];

export interface KeyBinding {
	action: Simple;
	/** `KeyboardEvent.key` values (letters in lower case; `Shift+Space` for a shifted space). */
	keys: readonly string[];
	/** What the key does, as the help overlay says it. */
	does: string;
}

export const KEYS: readonly KeyBinding[] = [
	{
		action: 'next',
		keys: ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'n'],
		does: 'Next slide'
	},
	{
		action: 'prev',
		keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'p'],
		does: 'Previous slide'
	},
	{ action: 'first', keys: ['Home'], does: 'First slide' },
	{ action: 'last', keys: ['End'], does: 'Last slide' },
	{ action: 'goto-start', keys: ['g'], does: 'Go to a slide: type its number, then Enter' },
	{ action: 'overview', keys: ['o'], does: 'All slides' },
	{ action: 'escape', keys: ['Escape'], does: 'All slides; closes an open panel' },
	{ action: 'fullscreen', keys: ['f'], does: 'Full screen on or off' },
	{ action: 'notes', keys: ['s'], does: 'Speaker notes, in a second window kept in step' },
	// `/` is the "black screen" button of Logitech clickers; V, `:` and `;` are reveal.js's.
	{
		action: 'blank',
		keys: ['b', '.', 'v', ':', ';', '/'],
		does: 'Blank the screen; any key returns'
	},
	{ action: 'help', keys: ['?', 'F1'], does: 'This list of keys' },
	{ action: 'enter', keys: ['Enter'], does: 'Ends a slide number typed after G' }
];

const byKey = new Map(KEYS.flatMap((b) => b.keys.map((k) => [k, b.action] as const)));

/** How a key is written on the help overlay. */
export function keyLabel(key: string): string {
	const names: Record<string, string> = {
		ArrowRight: '→',
		ArrowLeft: '←',
		ArrowUp: '↑',
		ArrowDown: '↓',
		PageDown: 'Page Down',
		PageUp: 'Page Up',
		Escape: 'Esc',
		'Shift+Space': 'Shift + Space'
	};
	return names[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

export interface KeyLike {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

export function keyAction(e: KeyLike): KeyAction | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null; // leave browser shortcuts alone
	if (/^[0-9]$/.test(e.key)) return { type: 'digit', digit: Number(e.key) };
	// Shift matters only to Space: on many layouts `?` and `:` need it.
	const key =
		e.key === ' '
			? e.shiftKey
				? 'Shift+Space'
				: 'Space'
			: e.key.length === 1
				? e.key.toLowerCase()
				: e.key;
	const type = byKey.get(key);
	return type ? { type } : null;
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
