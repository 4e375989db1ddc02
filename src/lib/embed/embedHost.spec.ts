// The embed's host conversation driven through its transitions as host pages drive it: the
// address read once, heights in every dialect (and only when they change), step and theme
// messages, rapid messages while the other figures are still on their way, a figures file that
// arrives late or not at all, the controls at either end.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { figureFileParam } from '../stage/figureFiles.ts';
import { FigureStore } from '../stage/figureStore.svelte.ts';
import { figureKey, figureRef } from '../charts/figure.ts';
import type { FigureModel } from '../charts/frame/types.ts';
import type { EmbedStep } from '../story/types.ts';
import { fakeFrames } from '../testing/frames.ts';
import { EmbedHost, type HostPage } from './embedHost.svelte.ts';
import { PROTOCOL_VERSION, type EmbedTheme } from './protocol.ts';

const STEPS: EmbedStep[] = ['a', 'b', 'c'].map((id) => ({
	id,
	state: `state-${id}`,
	highlight: [],
	heading: `Heading ${id}`,
	alt: `Alt ${id}.`
}));
const figure = (state: string) => ({ state, description: `All of ${state}.` }) as FigureModel;
const keyOf = (step: EmbedStep | null) => figureKey(figureRef('timeline', step));
const ALL = Object.fromEntries(
	[null, ...STEPS].map((s) => [keyOf(s), figure(s?.state ?? 'overview')])
);
/** The figures an embed page brings: only the one it opens at. */
const own = (step: EmbedStep | null) => ({ [keyOf(step)]: ALL[keyOf(step)]! });

/** A page in a frame, whose host records what it is told. */
function fakePage(search = '', framed = true) {
	const posted: unknown[] = [];
	const resize = new Set<() => void>();
	const receive = new Set<(data: unknown) => void>();
	const themes: EmbedTheme[] = [];
	let height = 500;
	const page: HostPage = {
		search,
		href: `https://site.example/embed/timeline/${search}`,
		post: framed ? (m) => posted.push(m) : null,
		height: () => height,
		onResize: (callback) => (resize.add(callback), () => resize.delete(callback)),
		onMessage: (callback) => (receive.add(callback), () => receive.delete(callback)),
		setTheme: (theme) => themes.push(theme)
	};
	return {
		page,
		posted,
		themes,
		/** The host sends a message. */
		send: (data: unknown) => receive.forEach((callback) => callback(data)),
		/** The document becomes this tall. */
		grow: (px: number) => {
			height = px;
			resize.forEach((callback) => callback());
		},
		stepChanges: () => posted.filter((m) => (m as { type?: string }).type === 'embed-stepchange'),
		heights: () => posted.filter((m) => (m as { type?: string }).type === 'embed-height'),
		listening: () => resize.size + receive.size
	};
}

const FOLDER = 'https://site.example/figures/';

/** Each figure's file, answered after `delay` ms (or failing), as a slow school network would. */
function serveFigures(delay: number, ok = true) {
	const fetch = vi.fn(
		(url: string) =>
			new Promise<Response>((resolve) => {
				const key = Object.keys(ALL).find((k) => FOLDER + figureFileParam(k) === url);
				setTimeout(
					() =>
						resolve(
							ok && key
								? new Response(JSON.stringify(ALL[key]), { status: 200 })
								: new Response('', { status: ok ? 404 : 503 })
						),
					delay
				);
			})
	);
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

function hostAt(initial: string | null) {
	const step = STEPS.find((s) => s.id === initial) ?? null;
	const figures = new FigureStore(own(step), FOLDER);
	return new EmbedHost({ chart: 'timeline', steps: STEPS, initial, figures });
}

/** Let the fetch's timer fire and its promises settle. */
const arrive = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
	fakeFrames();
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('EmbedHost', () => {
	it('opens at its prerendered step, reads the address once, and tells the host what it shows', () => {
		const host = hostAt('b');
		const { page, posted, themes, listening } = fakePage('?controls=1&theme=dark&childId=c1');
		expect(host.ready).toBe(false);
		const stop = host.start(page);
		expect(host.ready).toBe(true);
		expect(host.controls).toBe(true);
		expect(themes).toEqual(['dark']);
		expect(host.shown).toBe('b');
		expect(host.figure.state).toBe('state-b');
		expect(posted).toEqual([
			{ type: 'embed-stepchange', chart: 'timeline', step: 'b', version: PROTOCOL_VERSION },
			'pymxPYMxc1xPYMxheightxPYMx500',
			{ 'datawrapper-height': { timeline: 500 } },
			{ sentinel: 'amp', type: 'embed-size', height: 500 },
			JSON.stringify({ src: page.href, context: 'iframe.resize', height: 500 }),
			{ subject: 'lti.frameResize', height: 500 },
			{ type: 'embed-height', chart: 'timeline', height: 500, version: PROTOCOL_VERSION }
		]);
		expect(listening()).toBe(2);
		stop();
		expect(listening()).toBe(0);
	});

	it('posts a height only when it changes, unless a pym parent asks after a width change', () => {
		const host = hostAt(null);
		const { page, heights, grow, send } = fakePage('?childId=c1');
		host.start(page);
		expect(heights()).toHaveLength(1);
		grow(500);
		expect(heights()).toHaveLength(1);
		grow(640.2);
		expect(heights().at(-1)).toMatchObject({ height: 641 });
		send('pymxPYMxc1xPYMxwidthxPYMx320');
		expect(heights()).toHaveLength(3);
		send('pymxPYMxother-framexPYMxwidthxPYMx320');
		expect(heights()).toHaveLength(3);
	});

	it('outside a frame posts nothing, but still follows its address and controls', async () => {
		serveFigures(10);
		const host = hostAt(null);
		const { page, posted } = fakePage('?step=c&controls=1', false);
		host.start(page);
		await arrive(10);
		expect(host.shown).toBe('c');
		host.previous();
		// Its figure comes from its own file, on its way now.
		expect(host.wanted).toBe('b');
		await arrive(10);
		expect(host.shown).toBe('b');
		expect(posted).toEqual([]);
	});

	it('keeps its figure until a late one arrives, then shows it and says so once', async () => {
		const fetch = serveFigures(300);
		const host = hostAt(null);
		const { page, send, stepChanges } = fakePage();
		host.start(page);
		send({ type: 'embed-step', step: 'a' });
		expect(host.wanted).toBe('a');
		expect(host.shown).toBe(null);
		expect(host.figure.state).toBe('overview');
		expect(host.announcement).toBe('Heading a. Alt a.');
		await arrive(299);
		expect(host.shown).toBe(null);
		await arrive(1);
		expect(host.shown).toBe('a');
		expect(host.figure.state).toBe('state-a');
		expect(stepChanges().map((m) => (m as { step: string }).step)).toEqual(['overview', 'a']);
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	it('after rapid messages shows only the last step asked for, fetching each figure once', async () => {
		const fetch = serveFigures(200);
		const host = hostAt(null);
		const { page, send, stepChanges } = fakePage();
		host.start(page);
		for (const step of ['a', 'c', 'b', 'overview', 'c'])
			send({ type: 'embed-step', step, version: '1.0.0' });
		expect(host.wanted).toBe('c');
		expect(host.shown).toBe(null);
		await arrive(200);
		expect(host.shown).toBe('c');
		expect(stepChanges().map((m) => (m as { step: string }).step)).toEqual(['overview', 'c']);
		// Each step's own file, once (c's twice asked, once fetched; the overview came with the page).
		expect(fetch.mock.calls.map(([url]) => url)).toEqual(
			['a', 'c', 'b'].map((id) => FOLDER + figureFileParam(keyOf(STEPS.find((s) => s.id === id)!)))
		);
		// Once the figures are here, each message shows its step at once.
		send({ type: 'embed-step', step: 'a' });
		send({ type: 'embed-step', step: null });
		expect(host.shown).toBe(null);
		expect(stepChanges().map((m) => (m as { step: string }).step)).toEqual([
			'overview',
			'c',
			'a',
			'overview'
		]);
	});

	it('goes back to a step it has without waiting for figures still on their way', async () => {
		serveFigures(500);
		const host = hostAt('b');
		const { page, send } = fakePage();
		host.start(page);
		send({ type: 'embed-step', step: 'a' });
		send({ type: 'embed-step', step: 'b' });
		expect(host.shown).toBe('b');
		await arrive(500);
		// The late figures do not take the embed back to the step asked for before.
		expect(host.shown).toBe('b');
	});

	it('stays on its figure when the figures cannot be fetched, and tries again when asked again', async () => {
		const failing = serveFigures(50, false);
		const host = hostAt(null);
		const { page, send } = fakePage();
		host.start(page);
		send({ type: 'embed-step', step: 'a' });
		await arrive(50);
		expect(host.shown).toBe(null);
		expect(failing).toHaveBeenCalledTimes(1);
		const working = serveFigures(50);
		send({ type: 'embed-step', step: 'a' });
		await arrive(50);
		expect(working).toHaveBeenCalledTimes(1);
		expect(host.shown).toBe('a');
	});

	it('obeys theme messages and ignores what it does not know', () => {
		const host = hostAt(null);
		const { page, send, themes, posted } = fakePage();
		host.start(page);
		const before = posted.length;
		send({ type: 'embed-theme', theme: 'dark' });
		send({ type: 'embed-theme', theme: 'light', version: '2.0.0' });
		send({ type: 'embed-step', step: 'no-such-step' });
		send({ type: 'embed-step', step: 'a', extra: true });
		send('pymxPYMxc1xPYMxwidthxPYMx320');
		send(null);
		expect(themes).toEqual(['auto', 'dark']);
		expect(host.wanted).toBe(null);
		expect(posted).toHaveLength(before);
	});

	it('walks its controls through every state and stops at either end', async () => {
		serveFigures(0);
		const host = hostAt(null);
		host.start(fakePage('?controls=1').page);
		expect(host.order).toEqual([null, 'a', 'b', 'c']);
		host.previous();
		expect(host.position).toBe(0);
		for (const step of ['a', 'b', 'c']) {
			host.next();
			await arrive(0);
			expect(host.shown).toBe(step);
		}
		host.next();
		expect(host.position).toBe(3);
		host.previous();
		expect(host.shown).toBe('b');
		host.go(null);
		expect(host.announcement).toBe('All of overview.');
	});
});
