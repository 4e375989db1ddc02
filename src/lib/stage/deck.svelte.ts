import { targetIndex, type KeyAction } from '../present/keys.ts';

/** What a key asks of the page around the deck, which the deck cannot do itself. */
export type DeckRequest = 'fullscreen' | 'notes' | 'overview' | 'help';

export interface DeckOptions {
	/** The slides' ids, in order. */
	ids: () => readonly string[];
	/** The slide the page shows now (the route's, or the notes window's own). */
	current: () => string;
	/** Show a slide; the deck counts from it until the returned promise settles. */
	navigate: (id: string) => unknown;
	/** Told of every move the reader makes here (not of moves it is told of), for the other window. */
	onmove?: (id: string) => void;
}

/**
 * A deck's navigation, shared by the slides and the notes window: which slide, the one asked for
 * while the address is still changing (so that keys pressed in quick succession, by a clicker or a
 * teacher in a hurry, all count), the blank screen, and a slide number being typed after G.
 * Keys come in as KeyActions (keys.ts); what the deck cannot do itself it hands back as a request.
 */
export class Deck {
	/** The slide asked for and not yet shown (its navigation still running), or null. */
	pending = $state<string | null>(null);
	blank = $state(false);
	/** The digits typed after G, or null when no slide number is being typed. */
	typed = $state<string | null>(null);

	#options: DeckOptions;
	#asked = 0;

	constructor(options: DeckOptions) {
		this.#options = options;
	}

	/** The slide shown, or about to be: keys count from it. */
	get target(): string {
		return this.pending ?? this.#options.current();
	}

	get index(): number {
		return Math.max(0, this.#options.ids().indexOf(this.target));
	}

	/** Go to the slide at `i` (clamped), unless it is the one shown or asked for. */
	go(i: number): void {
		const ids = this.#options.ids();
		const id = ids[Math.min(ids.length - 1, Math.max(0, i))]!;
		if (id === this.target) return;
		this.#show(id);
		this.#options.onmove?.(id);
	}

	/** A move made elsewhere (the other window): followed, not passed on. */
	follow(id: string): void {
		if (this.#options.ids().includes(id) && id !== this.target) this.#show(id);
	}

	/** Moves only (next, back, first, last): what the notes window's keys do. False if not a move. */
	move(action: KeyAction): boolean {
		const to = targetIndex(action, this.index, this.#options.ids().length);
		if (to === null) return false;
		this.go(to);
		return true;
	}

	/**
	 * Every key of the slides. Returns false for a key the deck does not use (the page lets it be),
	 * true when it was used, or what the page must do for it.
	 */
	handle(action: KeyAction): boolean | DeckRequest {
		if (this.typed !== null) {
			if (action.type === 'digit') this.typed = (this.typed + action.digit).slice(0, 3);
			else {
				if (action.type === 'enter' && this.typed) this.go(Number(this.typed) - 1);
				this.typed = null;
			}
			return true;
		}
		// A blanked screen comes back on any key, without moving; B blanks and unblanks.
		if (this.blank && action.type !== 'blank') {
			this.blank = false;
			return true;
		}
		if (this.move(action)) return true;
		switch (action.type) {
			case 'blank':
				this.blank = !this.blank;
				return true;
			case 'goto-start':
				this.typed = '';
				return true;
			case 'escape':
				return 'overview';
			case 'fullscreen':
			case 'notes':
			case 'overview':
			case 'help':
				return action.type;
			default:
				return false;
		}
	}

	#show(id: string): void {
		// Only the latest request clears `pending`, once its navigation (queued after the others) is done.
		const mine = ++this.#asked;
		this.pending = id;
		void Promise.resolve(this.#options.navigate(id)).finally(() => {
			if (this.#asked === mine) this.pending = null;
		});
	}
}
