// embed.js runs on other people's pages: it may add StoryEmbed to them and nothing else, and a
// page that loads it twice keeps the first copy (and its frames).
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { hostScript } from './hostScript.ts';

function run(context: Record<string, unknown>) {
	runInNewContext(hostScript(), context);
	return context;
}

function page() {
	const listeners: string[] = [];
	const window: Record<string, unknown> = {
		addEventListener: (type: string) => listeners.push(type)
	};
	const document = {
		currentScript: { src: 'https://news.example/story/embed.js' },
		readyState: 'complete',
		querySelectorAll: () => []
	};
	return { listeners, window, context: { window, document, location: { href: '' }, URL } };
}

describe('embed.js on a host page', () => {
	it('adds one global, StoryEmbed, and none of its own functions or constants', () => {
		const { window, context } = page();
		const before = new Set(Object.keys(context));
		run(context);
		expect(Object.keys(context).filter((k) => !before.has(k))).toEqual([]);
		expect(Object.keys(window).filter((k) => k !== 'addEventListener')).toEqual(['StoryEmbed']);
	});

	it('does nothing the second time it is loaded', () => {
		const { listeners, window, context } = page();
		run(context);
		const first = window.StoryEmbed;
		run(context);
		expect(window.StoryEmbed).toBe(first);
		expect(listeners).toEqual(['message']);
	});
});
