/**
 * The story page's one script (bundled on its own by scripts/island-plugin.ts): it hydrates the
 * site header and the scrolling story from the props the server wrote into the page, and nothing
 * else. The hero, the introduction, the back matter with its sources and the footer are static
 * markup: no router, no page data, no app.
 */
import { flushSync, hydrate } from 'svelte';
import { resolve } from '$app/paths';
import { figureKey } from '$lib/charts/registry.ts';
import { figureStore } from '$lib/stage/figureStore.svelte.ts';
import { hydration, trimForHydration } from '$lib/state/hydration.svelte.ts';
import ScrollyView from '$lib/views/ScrollyView.svelte';
import {
	AFTER,
	altFromPage,
	HEADER_ID,
	SCROLLY_ID,
	STORY_PROPS_ID,
	type StoryIslandProps
} from './islandProps.ts';
import { Reading } from './reading.svelte.ts';
import SiteHeader from './SiteHeader.svelte';

/**
 * Stands in for each step's text, which the page's props leave out. Svelte hydrates `{@html}` by
 * adopting the server's nodes up to its closing marker without comparing them ("deliberately not
 * trying to repair mismatches", svelte/src/internal/client/dom/blocks/html.js), and a step's text
 * never changes after that; it must not be empty, or Svelte would look for no nodes at all.
 */
const SERVER_TEXT = '<!-- as the server wrote it -->';

const header = document.getElementById(HEADER_ID);
const scrolly = document.getElementById(SCROLLY_ID);
const json = document.getElementById(STORY_PROPS_ID)?.textContent;
if (header && scrolly && json) void start(header, scrolly, JSON.parse(json) as StoryIslandProps);

/**
 * Hydrate the header at once, and the story once its first figure is here (the page preloads its
 * file while this script loads). Should the figure not come, after a second try, the story stays
 * as the server drew it: the text, the first chart and every link still work.
 */
async function start(header: HTMLElement, scrolly: HTMLElement, props: StoryIslandProps) {
	const steps = props.steps.map((step) => ({
		...step,
		html: SERVER_TEXT,
		alt: altFromPage(step.id)
	}));
	const reading = new Reading((url) => history.replaceState(history.state, '', url));
	const first = steps[0]!.id;
	// recover: false: a page whose markup does not match keeps its prerendered story (and the
	// error shows) rather than being drawn again from scratch, which would shift it.
	hydrate(SiteHeader, {
		target: header,
		props: {
			prefs: reading.prefs,
			get slide() {
				return reading.inView ?? first;
			}
		},
		recover: false
	});
	const figures = figureStore({}, resolve('/'));
	const key = figureKey(steps[0]!);
	for (let attempt = 0; attempt < 2 && !figures.get(key); attempt++) await figures.want([key]);
	if (!figures.get(key)) return;
	trimForHydration(scrolly);
	hydrate(ScrollyView, {
		target: scrolly,
		props: {
			steps,
			figures,
			onstepchange: reading.onstepchange,
			after: AFTER
		},
		recover: false
	});
	// Its effects run while hydration is still under way (a list a reader opened before now stays).
	flushSync();
	reading.start(resolve('/'));
	hydration.done = true;
}
