/**
 * The figures a page's steps show, keyed by figureKey(step). A page's data carries only the
 * figures its first paint draws; the rest (about 70 KB gzip for the story: every state's geometry
 * at three widths, tables and sources) would more than double its HTML, so they come from one
 * prerendered file, `figures.json`, fetched once the page is idle, or at once when a step needs
 * one sooner (a deep link, a fast reader). Until a figure arrives, views keep the one they show.
 */
import type { FigureModel } from '../charts/frame/types.ts';

export class FigureStore {
	#models = $state.raw<Record<string, FigureModel>>({});
	#request: Promise<void> | null = null;
	readonly #url: string;

	/** @param url where figures.json is, e.g. `${base}/figures.json` */
	constructor(initial: Record<string, FigureModel>, url: string) {
		this.#models = initial;
		this.#url = url;
	}

	get(key: string): FigureModel | undefined {
		return this.#models[key];
	}

	/** Figures a page brought with it (those already here stay as they are). */
	add(figures: Record<string, FigureModel>) {
		if (Object.keys(figures).some((key) => !this.#models[key]))
			this.#models = { ...figures, ...this.#models };
	}

	/** Fetch the other figures, once; a failed fetch (offline, say) is tried again on the next call. */
	load(): Promise<void> {
		this.#request ??= fetch(this.#url)
			.then((response) => {
				if (!response.ok) throw new Error(`${this.#url}: HTTP ${response.status}`);
				return response.json() as Promise<Record<string, FigureModel>>;
			})
			.then((all) => {
				// The page's own figures stay the same objects, so nothing already drawn changes.
				this.#models = { ...all, ...this.#models };
			})
			.catch(() => {
				this.#request = null;
			});
		return this.#request;
	}
}

/** In the browser, one store per figures.json, kept across navigations (story ⇄ slides, slide to slide). */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain registry: nothing renders from it
const shared = new Map<string, FigureStore>();

/**
 * The store for the figures at `url`, with a page's own figures added. On the server every call
 * gets a store of its own: nothing outlives a request there.
 */
export function figureStore(figures: Record<string, FigureModel>, url: string): FigureStore {
	if (typeof window === 'undefined') return new FigureStore(figures, url);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
	const key = new URL(url, location.href).href;

	let store = shared.get(key);
	if (store) store.add(figures);
	else shared.set(key, (store = new FigureStore(figures, key)));
	return store;
}
