/**
 * The figures a page's steps show, keyed by figureKey(step). A page's data carries only the
 * figures its first paint draws; the rest (about 85 KB gzip for the story: every state's geometry
 * at three widths, tables and sources) would more than double its HTML, and fetched all at once
 * was a third of every page's transfer. So each figure has a prerendered file of its own
 * (src/lib/stage/figureFiles.ts), 3–19 KB gzip, fetched when a view wants it: the step the reader
 * is at, and the ones next to it. Until a figure arrives, views keep the one they show.
 */
import type { FigureModel } from '../charts/frame/types.ts';
import { FIGURES_DIR, figureFileParam } from './figureFiles.ts';

export class FigureStore {
	#models = $state.raw<Record<string, FigureModel>>({});
	/** Files asked for, by URL, on their way or arrived (a failed one is dropped, to be asked again). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping: nothing renders from it
	readonly #requests = new Map<string, Promise<void>>();
	readonly #folder: string;

	/** @param folder the figures' folder, ending in `/` (`${siteRoot}figures/`) */
	constructor(initial: Record<string, FigureModel>, folder: string) {
		this.#models = initial;
		this.#folder = folder;
	}

	get(key: string): FigureModel | undefined {
		return this.#models[key];
	}

	/** Figures a page brought with it (those already here stay as they are). */
	add(figures: Record<string, FigureModel>) {
		if (Object.keys(figures).some((key) => !this.#models[key]))
			this.#models = { ...figures, ...this.#models };
	}

	/**
	 * Fetch the figures of these keys that are not here. A file is asked for once while it is on
	 * its way; one that failed (offline, say) is asked for again at the next call. Resolves once
	 * every file asked for has arrived or failed.
	 */
	want(keys: Iterable<string>): Promise<void> {
		const missing = [...keys].filter((key) => !this.#models[key]);
		return Promise.all(missing.map((key) => this.#fetch(key))).then(() => {});
	}

	/** The file of `key`, fetched once while it is on its way. */
	#fetch(key: string): Promise<void> {
		const url = this.#folder + figureFileParam(key);
		let request = this.#requests.get(url);
		if (request) return request;
		request = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.json() as Promise<FigureModel>;
			})
			.then((model) => {
				// The page's own figures stay the same objects, so nothing already drawn changes.
				this.#models = { [key]: model, ...this.#models };
			})
			.catch(() => {
				this.#requests.delete(url);
			});
		this.#requests.set(url, request);
		return request;
	}
}

/**
 * In the browser, one store per place the figures are, kept across navigations (story ⇄ slides,
 * slide to slide).
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain registry: nothing renders from it
const shared = new Map<string, FigureStore>();

/**
 * The store for the site's figures (`siteRoot`: `resolve('/')`), with a page's own figures added.
 * On the server every call gets a store of its own: nothing outlives a request there.
 */
export function figureStore(figures: Record<string, FigureModel>, siteRoot: string): FigureStore {
	const folder = siteRoot + FIGURES_DIR;
	if (typeof window === 'undefined') return new FigureStore(figures, folder);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
	const key = new URL(folder, location.href).href;

	let store = shared.get(key);
	if (store) store.add(figures);
	else shared.set(key, (store = new FigureStore(figures, key)));
	return store;
}
