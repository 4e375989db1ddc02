// static/embed.js, the host script, against the embed's own side of the protocol: the same
// version, and each side understands what the other sends. The script runs in a small stand-in
// for a host page (no IntersectionObserver, so it mounts every container at once).
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { heightMessages, parseMessage, PROTOCOL_VERSION, stepChangeMessage } from './protocol.ts';

const SCRIPT = readFileSync(new URL('../../../static/embed.js', import.meta.url), 'utf8');

interface Frame {
	src: string;
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

describe('static/embed.js', () => {
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
});
