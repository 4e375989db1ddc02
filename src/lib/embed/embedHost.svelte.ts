/**
 * An embed's conversation with the page that frames it, with its state in the open: the step
 * asked for (by the address, the host or the controls) and the step on show, which follows once
 * that step's figure is here; the height, posted in every dialect whenever it changes; the host's
 * messages in and `embed-stepchange` out. The browser is reached only through a `HostPage`
 * (`browserPage()`), so tests drive every transition with a fake one.
 */
import type { FigureStore } from '../stage/figureStore.svelte.ts';
import { figureKey, figureRef } from '../charts/figure.ts';
import type { FigureModel } from '../charts/frame/types.ts';
import type { ChartId } from '../charts/registry.ts';
import type { EmbedStep } from '../story/types.ts';
import {
	heightMessages,
	parseMessage,
	readParams,
	stepChangeMessage,
	type EmbedTheme
} from './protocol.ts';

/** What the conversation needs from the browser. */
export interface HostPage {
	/** The embed's query string and address. */
	search: string;
	href: string;
	/** Posts a message to the framing page; null when the embed is not in a frame. */
	post: ((message: unknown) => void) | null;
	/** The document's height in CSS pixels, margins included. */
	height(): number;
	/** Calls back when the document's size changes; returns what stops it. */
	onResize(callback: () => void): () => void;
	/** Calls back with each message from the framing page (from it only); returns what stops it. */
	onMessage(callback: (data: unknown) => void): () => void;
	setTheme(theme: EmbedTheme): void;
}

export interface EmbedHostOptions {
	chart: ChartId;
	steps: readonly EmbedStep[];
	/** The step the page was prerendered at (its figure is in the store), or null for the overview. */
	initial: string | null;
	figures: Pick<FigureStore, 'get' | 'want'>;
}

export class EmbedHost {
	/** The step asked for; null is the chart's overview. */
	wanted = $state<string | null>(null);
	/** The step on show: the one asked for once its figure has arrived, until then the last one. */
	shown = $state<string | null>(null);
	/** Whether the page shows previous/next buttons (`controls=1`). */
	controls = $state(false);
	/** Set once the parameters are read and the host is listened to (hosts and tests wait for it). */
	ready = $state(false);
	/** What a screen reader hears after a step change it asked for. */
	announcement = $state('');

	readonly #chart: ChartId;
	readonly #steps: readonly EmbedStep[];
	readonly #figures: Pick<FigureStore, 'get' | 'want'>;
	#page: HostPage | null = null;
	#lastHeight = -1;

	constructor({ chart, steps, initial, figures }: EmbedHostOptions) {
		this.#chart = chart;
		this.#steps = steps;
		this.#figures = figures;
		this.wanted = this.shown = initial;
	}

	/** Every state in order: the overview, then the chart's steps. */
	get order(): (string | null)[] {
		return [null, ...this.#steps.map((s) => s.id)];
	}

	/** Where the step asked for stands in `order`. */
	get position(): number {
		return this.order.indexOf(this.wanted);
	}

	/** The step on show, or null for the overview. */
	get step(): EmbedStep | null {
		return this.#find(this.shown);
	}

	/** The figure on show (always here: `shown` only moves to a step whose figure is). */
	get figure(): FigureModel {
		return this.#figureOf(this.shown)!;
	}

	/** Start talking to the host: read the address, then answer it. Returns what stops it. */
	start(page: HostPage): () => void {
		this.#page = page;
		const ids = this.#steps.map((s) => s.id);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never changed
		const params = readParams(new URLSearchParams(page.search), ids);
		this.controls = params.controls;
		page.setTheme(params.theme);
		page.post?.(stepChangeMessage(this.#chart, this.shown));
		if (params.step) this.#ask(params.step);
		const stopResize = page.onResize(() => this.#sendHeight(params.childId, false));
		const stopMessages = page.onMessage((data) => {
			const message = parseMessage(data, { childId: params.childId, steps: ids });
			if (message?.kind === 'step') this.go(message.step);
			else if (message?.kind === 'theme') page.setTheme(message.theme);
			else if (message?.kind === 'width') this.#sendHeight(params.childId, true);
		});
		this.#sendHeight(params.childId, false);
		this.ready = true;
		return () => {
			stopResize();
			stopMessages();
			this.#page = null;
		};
	}

	/** Show a step (null: the overview), as the controls or the host ask, and say so. */
	go(step: string | null): void {
		this.#ask(step);
		const s = this.#find(step);
		this.announcement = s ? `${s.heading}. ${s.alt}` : (this.#figureOf(null)?.description ?? '');
	}

	previous(): void {
		if (this.position > 0) this.go(this.order[this.position - 1] ?? null);
	}

	next(): void {
		if (this.position < this.order.length - 1) this.go(this.order[this.position + 1] ?? null);
	}

	#ask(step: string | null): void {
		this.wanted = step;
		if (this.#figureOf(step)) this.#show(step);
		// Only this step's file is fetched; a late figure shows only if it is still the one asked
		// for when it arrives.
		else
			void this.#figures.want([this.#keyOf(step)]).then(() => {
				if (this.#figureOf(this.wanted)) this.#show(this.wanted);
			});
	}

	#show(step: string | null): void {
		if (step === this.shown) return;
		this.shown = step;
		this.#page?.post?.(stepChangeMessage(this.#chart, step));
	}

	#sendHeight(childId: string | null, force: boolean): void {
		const page = this.#page;
		if (!page?.post) return;
		const height = Math.ceil(page.height());
		if (height === this.#lastHeight && !force) return;
		this.#lastHeight = height;
		postHeight(page, this.#chart, childId, height);
	}

	#find(step: string | null): EmbedStep | null {
		return this.#steps.find((s) => s.id === step) ?? null;
	}

	#keyOf(step: string | null): string {
		return figureKey(figureRef(this.#chart, this.#find(step)));
	}

	#figureOf(step: string | null): FigureModel | undefined {
		return this.#figures.get(this.#keyOf(step));
	}
}

/** Tells the framing page the embed's height, in every dialect a host may listen for. */
export function postHeight(
	page: HostPage,
	chart: string,
	childId: string | null,
	height = page.height()
): void {
	for (const message of heightMessages(chart, height, { childId, href: page.href }))
		page.post?.(message);
}

/** The browser as an embed meets it: its frame, its document, its parent's messages. */
export function browserPage(): HostPage {
	const framed = window.parent !== window;
	const root = document.documentElement;
	return {
		search: location.search,
		href: location.href,
		post: framed ? (message) => window.parent.postMessage(message, '*') : null,
		// The document element's box includes margins that body.offsetHeight would miss.
		height: () => root.getBoundingClientRect().height,
		onResize(callback) {
			const observer = new ResizeObserver(callback);
			observer.observe(root);
			return () => observer.disconnect();
		},
		onMessage(callback) {
			const listener = (event: MessageEvent) => {
				if (framed && event.source === window.parent) callback(event.data);
			};
			addEventListener('message', listener);
			return () => removeEventListener('message', listener);
		},
		setTheme(theme) {
			if (theme === 'auto') delete root.dataset.theme;
			else root.dataset.theme = theme;
		}
	};
}
