/**
 * Whether the page has hydrated. Until then a component must draw what the server drew, so that
 * hydration matches; a component mounted after it has no server markup to match, and can draw
 * only what is needed (one chart layout, no closed table). Set by the root layout, or by the
 * page's island where there is one.
 */
export const hydration = $state({ done: false });

/**
 * What an island left out of the server's markup before hydrating it (trimForHydration): the
 * layout each chart kept, by the id of the chart's description (ChartLayouts's `describedBy`),
 * and whether the contents of closed disclosures are left out (Disclosure).
 */
export const trimmed = {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- written once before hydration, read while it runs
	layouts: new Map<string, number>(),
	closed: false
};

/**
 * Before an island hydrates `root`, so that hydration walks what a reader sees and no more:
 * - in each chart whose container shows exactly one of its prerendered layouts (charts.css's
 *   container queries), remove the hidden others and note the one kept (a chart out of sight,
 *   with no layout shown, keeps all three, as does any chart whose id is not the page's only);
 * - unless a reader has already opened one, leave closed disclosures' contents (a chart's table,
 *   its list of events) out: their blocks find them not drawn, and Svelte removes them.
 * Should hydration then fail (`recover: false` keeps the server's markup), a trimmed chart keeps
 * the one layout it showed, at any width. A browser that cannot tell what is shown
 * (`checkVisibility`, Safari 17.4) trims nothing.
 */
export function trimForHydration(root: ParentNode) {
	if (!('checkVisibility' in Element.prototype)) return;
	const boxes = [...root.querySelectorAll('.chart-layouts')].map((box) => [
		...box.querySelectorAll<SVGSVGElement>(':scope > svg.layout')
	]);
	const ids = boxes.map((svgs) => svgs[0]?.getAttribute('aria-labelledby'));
	boxes.forEach((svgs, i) => {
		const id = ids[i];
		const shown = svgs.filter((svg) => svg.checkVisibility());
		const width = Number(shown[0]?.dataset.layout);
		if (!id || ids.indexOf(id) !== ids.lastIndexOf(id)) return;
		if (svgs.length < 2 || shown.length !== 1 || !width) return;
		for (const svg of svgs) if (svg !== shown[0]) svg.remove();
		trimmed.layouts.set(id, width);
	});
	trimmed.closed = !root.querySelector('details[open]');
}
