/**
 * Which event's details the timeline shows: set by hovering with a mouse, tapping or clicking a
 * mark (found through the markup's `data-event`), or from the keyboard list; cleared by leaving
 * the chart with the mouse or tapping outside it.
 */
export class EventSelection {
	selected = $state<string | null>(null);

	/** The event a pointer event's target belongs to, if any. */
	static eventAt(target: EventTarget | null): string | null {
		return (
			(target as Element | null)?.closest?.('[data-event]')?.getAttribute('data-event') ?? null
		);
	}

	/**
	 * Hovering follows the mouse's own moves, not `pointerover`: Chrome also sends that when a
	 * mark slides under a still pointer (a state change while the reader scrolls), which opened
	 * a random event's details, and drew them, in the middle of a scroll.
	 */
	pointerMove = (e: PointerEvent) => {
		if (e.pointerType !== 'mouse') return;
		const id = EventSelection.eventAt(e.target);
		if (id && id !== this.selected) this.selected = id;
	};

	click = (e: MouseEvent) => {
		const id = EventSelection.eventAt(e.target);
		if (id) this.selected = id;
	};

	pointerLeave = (e: PointerEvent) => {
		if (e.pointerType === 'mouse') this.selected = null;
	};

	/** A tap or click anywhere outside `root` closes the details. */
	pointerDownOutside(e: PointerEvent, root: Node) {
		if (this.selected && !root.contains(e.target as Node)) this.selected = null;
	}

	/** A change of state can take the selected event out of view. */
	keepIn(ids: string[]) {
		if (this.selected && !ids.includes(this.selected)) this.selected = null;
	}
}
