/**
 * The embed page's one script (bundled on its own by scripts/island-plugin.ts): it hydrates
 * EmbedView, and nothing else, from the props the server wrote into the page and the figure the
 * page preloads. No router, no page data, no app: an embed is one chart in someone else's page.
 */
import { flushSync, hydrate } from 'svelte';
import { resolve } from '$app/paths';
import { figureKey, figureRef } from '../charts/figure.ts';
import { figureStore } from '../stage/figureStore.svelte.ts';
import { hydration, trimForHydration } from '../state/hydration.svelte.ts';
import EmbedView from '../views/EmbedView.svelte';
import { browserPage, postHeight } from './embedHost.svelte.ts';
import { ISLAND_ID, PROPS_ID, type EmbedIslandProps } from './islandMarkup.ts';
import { readParams } from './protocol.ts';

const target = document.getElementById(ISLAND_ID);
const json = document.getElementById(PROPS_ID)?.textContent;
if (target && json) void start(target, JSON.parse(json) as EmbedIslandProps);

/**
 * Hydrate the chart once its figure is here: the page preloads its file while this script loads,
 * so it comes in parallel rather than twice in the page. Should it not come, after a second try,
 * the chart stays as the server drew it, its table and links working, and tells its host its
 * height all the same.
 */
async function start(target: HTMLElement, props: EmbedIslandProps) {
	const step = props.steps.find((s) => s.id === props.initial) ?? null;
	const key = figureKey(figureRef(props.chart, step));
	const figures = figureStore({}, resolve('/'));
	for (let attempt = 0; attempt < 2 && !figures.get(key); attempt++) await figures.want([key]);
	const figure = figures.get(key);
	if (!figure) return keepHostSized(props);
	trimForHydration(target);
	// recover: false: a page whose markup does not match keeps its prerendered chart (and the
	// error shows) rather than being drawn again from scratch, which would shift it.
	hydrate(EmbedView, { target, props: { ...props, figures: { [key]: figure } }, recover: false });
	// Its effects run while hydration is still under way (a list a reader opened before now stays).
	flushSync();
	hydration.done = true;
}

/** Without its figure, the chart as drawn still tells its host its height, as it changes. */
function keepHostSized({ chart, steps }: EmbedIslandProps) {
	const page = browserPage();
	const ids = steps.map((s) => s.id);
	const { childId } = readParams(new URLSearchParams(page.search), ids);
	// A ResizeObserver reports the first size as it starts observing, then every change.
	page.onResize(() => postHeight(page, chart, childId));
}
