/**
 * Marks out of view both before and after a change of state stay as they were. They cannot be
 * seen either way, so moving them would only cost the browser work (a timeline change moves
 * dozens of hidden events) in the very frame the reader is scrolling. A mark coming into view
 * moves from wherever it was last drawn, which is out of view too.
 */
export function holdHidden<T extends { id: string; visible: boolean }>(
	previous: readonly T[] | undefined,
	next: readonly T[]
): T[] {
	if (!previous) return [...next];
	const before = new Map(previous.map((mark) => [mark.id, mark]));
	return next.map((mark) => {
		const was = before.get(mark.id);
		return was && !was.visible && !mark.visible ? was : mark;
	});
}

/**
 * The drawing last shown, so the next one can hold what stays hidden. An explicit holder rather
 * than a `Map` filled inside a `$derived`: `hold` is idempotent (the same drawing twice gives the
 * same result), so a derived may call it as often as it re-runs.
 */
export class HeldDrawing<G extends { events: Mark[]; labels: Mark[] }> {
	#last: G | undefined;

	hold(next: G): G {
		const held = {
			...next,
			events: holdHidden<G['events'][number]>(this.#last?.events, next.events),
			labels: holdHidden<G['labels'][number]>(this.#last?.labels, next.labels)
		};
		this.#last = held;
		return held;
	}
}

type Mark = { id: string; visible: boolean };
