// The figure store against a fake network: which files are asked for when, a file on its way asked
// for once, a failed one asked for again, figures that arrive late or out of order.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FigureModel } from '../charts/frame/types.ts';
import { FigureStore, figureStore } from './figureStore.svelte.ts';

const figure = (state: string) => ({ chart: 'revenue', state }) as unknown as FigureModel;
const FIGURES: Record<string, FigureModel> = {
	'revenue:total': figure('total'),
	'revenue:regions': figure('regions'),
	'revenue:after': figure('after'),
	'timeline:law:ndaa-signed,ndaa-in-force': figure('law')
};
const FOLDER = 'https://site.example/story/figures/';
const FILES: Record<string, string> = {
	'revenue:total': `${FOLDER}revenue/total.json`,
	'revenue:regions': `${FOLDER}revenue/regions.json`,
	'revenue:after': `${FOLDER}revenue/after.json`,
	'timeline:law:ndaa-signed,ndaa-in-force': `${FOLDER}timeline/law/ndaa-signed,ndaa-in-force.json`
};

/**
 * A network that answers each request only when the test says so (`answer(url)`), with the
 * figure's file, or an error while `down`.
 */
function network() {
	const waiting = new Map<string, (response: Response) => void>();
	const requested: string[] = [];
	let down = false;
	const fetch = vi.fn(
		(url: string) =>
			new Promise<Response>((resolve) => {
				requested.push(url);
				waiting.set(url, resolve);
			})
	);
	vi.stubGlobal('fetch', fetch);
	return {
		requested,
		setDown: (value: boolean) => (down = value),
		/** Answer the request for `url`, then let its promises settle. */
		async answer(url: string) {
			const key = Object.keys(FILES).find((k) => FILES[k] === url);
			const body = key && FIGURES[key];
			waiting.get(url)!(
				down || !body
					? new Response('', { status: 503 })
					: new Response(JSON.stringify(body), { status: 200 })
			);
			waiting.delete(url);
			await new Promise((r) => setTimeout(r, 0));
		}
	};
}

let net: ReturnType<typeof network>;
beforeEach(() => {
	net = network();
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('FigureStore, a file per figure', () => {
	it('fetches the file of each figure wanted that is not here, and nothing else', async () => {
		const store = new FigureStore({ 'revenue:total': FIGURES['revenue:total']! }, FOLDER);
		const done = store.want([
			'revenue:total',
			'revenue:regions',
			'timeline:law:ndaa-signed,ndaa-in-force'
		]);
		expect(net.requested).toEqual([
			FILES['revenue:regions'],
			FILES['timeline:law:ndaa-signed,ndaa-in-force']
		]);
		expect(store.get('revenue:regions')).toBeUndefined();
		await net.answer(FILES['revenue:regions']!);
		expect(store.get('revenue:regions')).toEqual(FIGURES['revenue:regions']);
		expect(store.get('timeline:law:ndaa-signed,ndaa-in-force')).toBeUndefined();
		await net.answer(FILES['timeline:law:ndaa-signed,ndaa-in-force']!);
		await done;
		expect(store.get('timeline:law:ndaa-signed,ndaa-in-force')).toEqual(
			FIGURES['timeline:law:ndaa-signed,ndaa-in-force']
		);
		// Here now: wanting them again asks only for the one still missing.
		void store.want(Object.keys(FILES));
		expect(net.requested).toEqual([
			FILES['revenue:regions'],
			FILES['timeline:law:ndaa-signed,ndaa-in-force'],
			FILES['revenue:after']
		]);
	});

	it('asks for a file once while it is on its way, however often its step is reached', async () => {
		const store = new FigureStore({}, FOLDER);
		const first = store.want(['revenue:regions']);
		const second = store.want(['revenue:regions', 'revenue:regions']);
		expect(net.requested).toEqual([FILES['revenue:regions']]);
		await net.answer(FILES['revenue:regions']!);
		await Promise.all([first, second]);
		expect(store.get('revenue:regions')?.state).toBe('regions');
	});

	it('asks again for a file that failed (offline, a server error), at the next call', async () => {
		const store = new FigureStore({}, FOLDER);
		net.setDown(true);
		const failed = store.want(['revenue:regions']);
		await net.answer(FILES['revenue:regions']!);
		// A failure is not an error for the page: the view keeps what it shows.
		await expect(failed).resolves.toBeUndefined();
		expect(store.get('revenue:regions')).toBeUndefined();
		net.setDown(false);
		const again = store.want(['revenue:regions']);
		expect(net.requested).toEqual([FILES['revenue:regions'], FILES['revenue:regions']]);
		await net.answer(FILES['revenue:regions']!);
		await again;
		expect(store.get('revenue:regions')?.state).toBe('regions');
	});

	it('takes figures in whatever order they arrive, after fast step changes, and keeps the ones it has', async () => {
		const own = { state: 'total, as the page drew it' } as unknown as FigureModel;
		const store = new FigureStore({ 'revenue:total': own }, FOLDER);
		const reads: (string | undefined)[] = [];
		store.want(['revenue:regions']);
		store.want(['revenue:after']);
		store.want(['timeline:law:ndaa-signed,ndaa-in-force']);
		expect(net.requested).toHaveLength(3);
		await net.answer(FILES['timeline:law:ndaa-signed,ndaa-in-force']!);
		reads.push(store.get('timeline:law:ndaa-signed,ndaa-in-force')?.state);
		await net.answer(FILES['revenue:regions']!);
		await net.answer(FILES['revenue:after']!);
		reads.push(store.get('revenue:regions')?.state, store.get('revenue:after')?.state);
		expect(reads).toEqual(['law', 'regions', 'after']);
		// The page's own figure stays the object drawn, whatever comes later.
		store.add({ 'revenue:total': FIGURES['revenue:total']! });
		expect(store.get('revenue:total')).toBe(own);
	});

	it('reads nothing for a figure not here, and asks nothing for one that is', async () => {
		const store = new FigureStore({}, FOLDER);
		expect(store.get('revenue:after')).toBeUndefined();
		expect(net.requested).toEqual([]);
		const done = store.want(['revenue:after']);
		expect(net.requested).toEqual([FILES['revenue:after']]);
		await net.answer(FILES['revenue:after']!);
		await done;
		expect(store.get('revenue:after')?.state).toBe('after');
		await store.want(['revenue:after']);
		expect(net.requested).toHaveLength(1);
	});
});

describe('FigureStore, the same file wanted by several callers (an embed’s controls and its host)', () => {
	it('fetches it once while it is on its way, and again only after a failure', async () => {
		const store = new FigureStore({}, FOLDER);
		net.setDown(true);
		const failed = store.want(['revenue:regions']);
		void store.want(['revenue:regions']);
		expect(net.requested).toEqual([FILES['revenue:regions']]);
		await net.answer(FILES['revenue:regions']!);
		await failed;
		net.setDown(false);
		const done = store.want(['revenue:regions']);
		await net.answer(FILES['revenue:regions']!);
		await done;
		expect(store.get('revenue:regions')?.state).toBe('regions');
		await store.want(['revenue:regions']);
		expect(net.requested).toEqual([FILES['revenue:regions'], FILES['revenue:regions']]);
	});
});

describe('figureStore', () => {
	it('shares one store per site in the browser, adding each page’s own figures', () => {
		vi.stubGlobal('window', globalThis);
		vi.stubGlobal('location', new URL('https://site.example/story/present/law/'));
		const story = figureStore({ 'revenue:total': FIGURES['revenue:total']! }, '../../');
		const slides = figureStore({ 'revenue:after': FIGURES['revenue:after']! }, '/story/');
		expect(slides).toBe(story);
		expect(story.get('revenue:after')?.state).toBe('after');
		// Another site root (another build on the same origin) is another store.
		expect(figureStore({}, '/')).not.toBe(story);
		// The relative folder was made absolute: files are found from any page.
		void story.want(['revenue:regions']);
		expect(net.requested).toEqual([FILES['revenue:regions']]);
	});

	it('gives every call a store of its own on the server', () => {
		expect(figureStore({}, '/story/')).not.toBe(figureStore({}, '/story/'));
	});
});
