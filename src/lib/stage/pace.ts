/**
 * Whether the reader is skimming: scrolling the page with a wheel, a trackpad or a finger faster
 * than anyone reads. While they are, the story's chart changes state without its tweens
 * (Stage.svelte): at that speed a chart passes through a state in less time than its tween takes,
 * the tween is not seen, and its frames are the ones a slow phone drops while it scrolls (the
 * bench's scroll, 4000 px a second at 4× CPU: frames at the 95th percentile of 50 ms with tweens,
 * 33 ms without). At reading pace nothing changes, nor when the page scrolls itself (the "Next"
 * links, the keyboard, a link to a step): those move one step, and its tween is the point.
 */

/** Screen heights a second from which the reader is skimming (reading is well under one). */
export const SKIM_SCREENS_PER_SECOND = 2;
/** How long after the last fast stretch the reader is taken to read again, in ms. */
export const SETTLE_MS = 400;
/** How long after a wheel turn or a touch the page's scrolling is the reader's own (a fling's glide included), in ms. */
export const INPUT_MS = 400;

/** Screen heights a second between two scroll positions `ms` apart, on a screen `height` px tall. */
export function screensPerSecond(fromY: number, toY: number, ms: number, height: number): number {
	if (ms <= 0 || height <= 0) return 0;
	return (Math.abs(toY - fromY) / height) * (1000 / ms);
}

/**
 * Samples of the scroll position in, a change of pace out (`onpace(true)` as the reader starts
 * skimming, `onpace(false)` SETTLE_MS after the last fast sample). `later` is setTimeout in the
 * page, fake timers in tests.
 */
export class Pace {
	skimming = false;
	#last?: { y: number; t: number };
	#input = -Infinity;
	#settle?: () => void;

	constructor(
		private readonly onpace: (skimming: boolean) => void,
		private readonly later: (work: () => void, ms: number) => () => void
	) {}

	/** The reader turned a wheel or moved a finger at time `t` (ms). */
	input(t: number): void {
		this.#input = t;
	}

	/** The scroll position `y` at time `t` (ms), on a screen `height` px tall. */
	sample(y: number, t: number, height: number): void {
		const last = this.#last;
		this.#last = { y, t };
		if (
			!last ||
			t - this.#input > INPUT_MS ||
			screensPerSecond(last.y, y, t - last.t, height) < SKIM_SCREENS_PER_SECOND
		)
			return;
		this.#settle?.();
		this.#settle = this.later(() => {
			this.#settle = undefined;
			this.skimming = false;
			this.onpace(false);
		}, SETTLE_MS);
		if (this.skimming) return;
		this.skimming = true;
		this.onpace(true);
	}

	/** Stop: no change of pace is reported after this. */
	stop(): void {
		this.#settle?.();
		this.#settle = undefined;
	}
}

/**
 * What the page tells as the reader moves on (the address, the step in view), held back while
 * they skim and told once, with its latest value, when they slow down: a skim past ten steps
 * changes the address once, not ten times.
 */
export class HoldWhileSkimming<T> {
	#skimming = false;
	#held?: { value: T };

	constructor(private readonly tell: (value: T) => void) {}

	/** A new value: told now, or when the reader stops skimming. */
	set(value: T): void {
		if (this.#skimming) this.#held = { value };
		else this.tell(value);
	}

	/** The reader's pace changed (Pace's `onpace`). */
	pace(skimming: boolean): void {
		this.#skimming = skimming;
		const held = this.#held;
		if (skimming || !held) return;
		this.#held = undefined;
		this.tell(held.value);
	}
}
