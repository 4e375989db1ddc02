/**
 * The content of a `<details>` element, drawn only while it is open once the page runs. The
 * server (and so a page without script) has it all, and so does hydration, unless the page's island
 * left closed ones out (trimForHydration); after that a closed disclosure costs nothing when its
 * figure changes state, e.g. a 49-row table while the story scrolls.
 */
import { hydration, trimmed } from './hydration.svelte.ts';

export class Disclosure {
	open = $state(false);

	/** Whether to draw the content now (while an island hydrates, only if it left it in: trimForHydration). */
	get drawn(): boolean {
		return this.open || (!hydration.done && !trimmed.closed);
	}

	/**
	 * The `<summary>`'s click handler (Enter and Space click it too): draws the content as the
	 * disclosure opens, before the browser's toggle event, so that a keyboard user's next Tab
	 * already finds what is inside.
	 */
	onsummaryclick = (event: MouseEvent) => {
		const details = (event.currentTarget as HTMLElement).parentElement as HTMLDetailsElement;
		if (!details.open) this.open = true;
	};

	/** The `<details>` element's toggle handler. */

	ontoggle = (event: Event) => {
		this.open = (event.currentTarget as HTMLDetailsElement).open;
	};

	/**
	 * Attached to the `<details>` element (`{@attach disclosure.opened}`): one a reader opened
	 * before the page's script ran, whose toggle event no handler heard, keeps its content.
	 */
	opened = (details: HTMLDetailsElement) => {
		if (details.open) this.open = true;
	};
}
