/**
 * How an embed page hands its island (src/lib/embed/island.ts) what to hydrate: the element whose
 * content is EmbedView as the server rendered it, and EmbedView's props as JSON in a
 * `<script type="application/json">`, which the browser never runs (nothing for the
 * Content-Security-Policy to allow).
 */
export const ISLAND_ID = 'embed-island';
export const PROPS_ID = 'embed-props';

/** The props as the content of a script element: no `<` that could close it or open a comment. */
export function propsScript(props: unknown): string {
	const json = JSON.stringify(props).replace(/</g, '\\u003c');
	return `<script type="application/json" id="${PROPS_ID}">${json}</script>`;
}
