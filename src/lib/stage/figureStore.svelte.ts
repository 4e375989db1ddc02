/**
 * The figures a page's steps show, keyed by figureKey(step). A page's data carries only the
 * figures its first paint draws; the rest (about 85 KB gzip for the story: every state's geometry
 * at three widths, tables and sources) would more than double its HTML, and fetched all at once
 * was a third of every page's transfer. So each figure has a prerendered file of its own
 * (src/lib/stage/figureFiles.ts), 3–19 KB gzip, fetched when a view wants it: the step the reader
 * is at, and the ones next to it. Until a figure arrives, views keep the one they show.
 *
 * A store can also read one file that holds many figures, keyed (`/embed/<chart>/figures.json`),
 * fetched whole the first time one of them is wanted.
 */
import type { FigureModel } from '../charts/frame/types.ts';
import { figureFileParam } from './figureFiles.ts';

export class FigureStore {
	#models = $state.raw<Record<string, FigureModel>>({});
	/** Files asked for, by URL, on their way or arrived (a failed one is dropped, to be asked again). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping: nothing renders from it
	readonly #requests = new Map<string, Promise<void>>();
	/** Keys a view read (`get`) before their figure was here: what `load()` fetches. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping: nothing renders from it
	readonly #missed = new Set<string>();
	readonly #url: string;

	/**
	 * @param url where the figures are: a folder ending in `/` (`${base}/figures/`) that holds a file
	 * per figure, or one file that holds them all, keyed (`${base}/embed/timeline/figures.json`).
	 */
	constructor(initial: Record<string, FigureModel>, url: string) {
		this.#models = initial;
		this.#url = url;
	}

	get(key: string): FigureModel | undefined {
		const model = this.#models[key];
		if (!model) this.#missed.add(key);
		return model;
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

	/** Fetch the figures read (`get`) while they were not here; with one file for all, that file. */
	load(): Promise<void> {
		return this.#url.endsWith('/') ? this.want([...this.#missed]) : this.#fetch(null);
	}

	/** The file that holds `key` (null: the one file), fetched once. */
	#fetch(key: string | null): Promise<void> {
		const each = this.#url.endsWith('/');
		const url = each && key !== null ? this.#url + figureFileParam(key) : this.#url;
		let request = this.#requests.get(url);
		if (request) return request;
		request = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
				return response.json() as Promise<unknown>;
			})
			.then((body) => {
				const figures = (each ? { [key!]: body } : body) as Record<string, FigureModel>;
				// The page's own figures stay the same objects, so nothing already drawn changes.
				this.#models = { ...figures, ...this.#models };
				for (const arrived of Object.keys(figures)) this.#missed.delete(arrived);
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
 * The store for the figures at `url` (see FigureStore), with a page's own figures added. On the
 * server every call gets a store of its own: nothing outlives a request there.
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
