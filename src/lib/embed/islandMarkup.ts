/**
 * How a page hands its island (src/lib/embed/island.ts, src/routes/(story)/island.ts) what to
 * hydrate: the element whose content is the view as the server rendered it, and the view's props
 * as JSON in a `<script type="application/json">`, which the browser never runs (nothing for the
 * Content-Security-Policy to allow).
 */
import type { ComponentProps } from 'svelte';
import type EmbedView from '../views/EmbedView.svelte';

export const ISLAND_ID = 'embed-island';
export const PROPS_ID = 'embed-props';

/** The props as the content of a script element: no `<` that could close it or open a comment. */
export function propsScript(props: unknown, id = PROPS_ID): string {
	const json = JSON.stringify(props).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${id}">${json}</script>`;
}

/**
 * What an embed page's island is handed: EmbedView's props less the figure it opens at, which is
 * in the page as drawn and in its own file, not a third time here (src/lib/embed/island.ts).
 */
export type EmbedIslandProps = Omit<ComponentProps<typeof EmbedView>, 'figures'>;
