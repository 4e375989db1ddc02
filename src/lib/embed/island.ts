/**
 * The embed page's one script (bundled on its own by scripts/island-plugin.ts): it hydrates
 * EmbedView, and nothing else, from the props the server wrote into the page. No router, no page
 * data, no app: an embed is one chart in someone else's page.
 */
import { hydrate, type ComponentProps } from 'svelte';
import { hydration } from '../state/hydration.svelte.ts';
import EmbedView from '../views/EmbedView.svelte';
import { ISLAND_ID, PROPS_ID } from './islandMarkup.ts';

const target = document.getElementById(ISLAND_ID);
const json = document.getElementById(PROPS_ID)?.textContent;
if (target && json) {
	const props = JSON.parse(json) as ComponentProps<typeof EmbedView>;
	// recover: false: a page whose markup does not match keeps its prerendered chart (and the
	// error shows) rather than being drawn again from scratch, which would shift it.
	hydrate(EmbedView, { target, props, recover: false });
	hydration.done = true;
}
