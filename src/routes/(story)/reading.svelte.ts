/**
 * What the story page's two hydrated parts share (the site header and the scrolling story are
 * hydrated apart, src/routes/(story)/island.ts): the reader's preferences, and the step the reader
 * last had in view, which the address follows and the header's "Present" link opens.
 * One instance per page, created by whoever hydrates it: never module state.
 */
import { Preferences } from '$lib/state/preferences.svelte.ts';
import { registerOffline } from '$lib/stage/offline.ts';

export class Reading {
	readonly prefs = new Preferences();
	/** The step the reader last had in view: the slides open where they were, even after scrolling back up. */
	inView = $state<string | null>(null);
	readonly #replace: (url: string) => void;

	/** @param replace changes the address without adding a history entry */
	constructor(replace: (url: string) => void) {
		this.#replace = replace;
	}

	onstepchange = (id: string | null): void => {
		if (id) this.inView = id;
		const hash = id ? `#${id}` : '';
		if (location.hash === hash) return;
		// Follow the reader in the address without adding history entries.
		this.#replace(hash || location.pathname + location.search);
	};

	/**
	 * In the browser: follow the reader's theme and motion, and offer the offline cache for
	 * classrooms (src/lib/stage/offline.ts), from the story, never from an embed.
	 */
	start(siteRoot: string): () => void {
		const stopPrefs = this.prefs.sync();
		const stopOffline = registerOffline(siteRoot);
		return () => {
			stopPrefs();
			stopOffline();
		};
	}
}
