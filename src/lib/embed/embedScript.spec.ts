// embed.js, the host script (src/lib/embed/host.js as the build writes it), against the embed's
// own side of the protocol and the code an editor copies: the same version, each side understands
// what the other sends, and each chart's frame gets the registry's title, the snippets' URL and
// fallback height. The script runs in a small stand-in for a host page (no IntersectionObserver,
// so it mounts every container at once).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHART_IDS, CHARTS } from '../charts/registry.ts';
import { hostScript } from './hostScript.ts';
import { heightMessages, parseMessage, PROTOCOL_VERSION, stepChangeMessage } from './protocol.ts';
import { embedUrl, FALLBACK_HEIGHT } from './snippets.ts';

const SCRIPT = hostScript();

interface Frame {
	src: string;
	title?: string;
	style: { cssText: string; height?: string };
	contentWindow: { postMessage(message: unknown, origin: string): void };
	setAttribute(): void;
}

function hostPage(attrs: Record<string, string>) {
	const posted: unknown[] = [];
	const events: { type: string; detail: unknown }[] = [];
	let onmessage: (event: { source: unknown; data: unknown }) => void = () => {};
	let iframe: Frame | null = null;
	const container = {
		getAttribute: (name: string) => attrs[name] ?? null,
		setAttribute: (name: string, value: string) => (attrs[name] = value),
		appendChild: (child: Frame) => (iframe = child),
		dispatchEvent: (e: { type: string; detail: unknown }) =>
			events.push({ type: e.type, detail: e.detail })
	};
	const window: Record<string, unknown> = {
		addEventListener: (type: string, fn: typeof onmessage) => {
			if (type === 'message') onmessage = fn;
		}
	};
	const document = {
		currentScript: { src: 'https://news.example/story/embed.js' },
		readyState: 'complete',
		querySelectorAll: () => [container],
		createElement: (): Frame => ({
			src: '',
			style: { cssText: '' },
			// postMessage hands the frame a structured clone, made in its own realm.
			contentWindow: { postMessage: (message) => posted.push(structuredClone(message)) },
			setAttribute: () => {}
		})
	};
	runInNewContext(SCRIPT, {
		window,
		document,
		location: { href: 'https://host.example/article' },
		URL,
		CustomEvent
	});
	const api = window.StoryEmbed as {
		version: string;
		setStep(c: unknown, step: string): void;
		setTheme(c: unknown, theme: string): void;
	};
	return {
		api,
		container,
		posted,
		events,
		frame: () => iframe!,
		/** A message from the embed in the frame. */
		receive: (data: unknown) => onmessage({ source: iframe!.contentWindow, data })
	};
}

describe('embed.js', () => {
	it('speaks the protocol version of src/lib/embed/protocol.ts', () => {
		expect(hostPage({ 'data-story-embed': 'revenue' }).api.version).toBe(PROTOCOL_VERSION);
	});

	it('sends messages with the version, which the embed accepts', () => {
		const host = hostPage({ 'data-story-embed': 'revenue' });
		expect(host.frame().src).toBe('https://news.example/story/embed/revenue/');
		host.api.setStep(host.container, 'regions');
		host.api.setTheme(host.container, 'dark');
		expect(host.posted).toEqual([
			{ type: 'embed-step', step: 'regions', version: PROTOCOL_VERSION },
			{ type: 'embed-theme', theme: 'dark', version: PROTOCOL_VERSION }
		]);
		const ctx = { childId: null, steps: ['regions'] };
		expect(host.posted.map((m) => parseMessage(m, ctx))).toEqual([
			{ kind: 'step', step: 'regions' },
			{ kind: 'theme', theme: 'dark' }
		]);
	});

	it('sizes the frame and passes on step changes from the embed’s versioned messages', () => {
		const host = hostPage({ 'data-story-embed': 'timeline' });
		for (const m of heightMessages('timeline', 512.4, { childId: null, href: 'x' }))
			host.receive(m);
		expect(host.frame().style.height).toBe('513px');
		host.receive(stepChangeMessage('timeline', 'law'));
		expect(host.events).toEqual([
			{ type: 'story-embed:stepchange', detail: { chart: 'timeline', step: 'law' } }
		]);
	});

	for (const chart of CHART_IDS) {
		it(`gives the ${chart} chart the registry's title and the snippets' URL and height`, () => {
			const root = 'https://news.example/story/';
			for (const [attrs, step, theme, controls] of [
				[{}, null, 'auto', false],
				[{ 'data-step': 'law', 'data-theme': 'dark', 'data-controls': '1' }, 'law', 'dark', true],
				[{ 'data-step': 'Not An Id', 'data-theme': 'purple' }, null, 'auto', false]
			] as const) {
				const host = hostPage({ 'data-story-embed': chart, ...attrs });
				const frame = host.frame();
				expect(frame.title).toBe(CHARTS[chart].title);
				expect(frame.src).toBe(embedUrl({ root, chart, step, theme, controls }));
				expect(frame.style.cssText).toContain(`height:${FALLBACK_HEIGHT[chart]}px`);
			}
		});
	}

	it('ignores a container naming a chart the registry does not have', () => {
		const host = hostPage({ 'data-story-embed': 'weather' });
		expect(host.frame()).toBeNull();
	});
});
