/**
 * Which of a chart's prerendered layouts fits its container. The server sends every layout and a
 * container query (`.chart-layouts` in src/styles/charts.css) shows the one that fits, so the
 * first paint needs no script; once running, a chart keeps only that layout in the page, so a
 * change of state updates one drawing instead of three.
 */

/** Container widths (CSS px) from which the second and the third layout show (charts.css's queries). */
export const LAYOUT_BREAKPOINTS = [520, 740] as const;

/** The index of the layout a container `width` px wide shows, out of `count` (narrowest first). */
export function layoutIndex(width: number, count: number): number {
	let index = 0;
	for (const breakpoint of LAYOUT_BREAKPOINTS) if (width >= breakpoint) index += 1;
	return Math.max(0, Math.min(index, count - 1));
}

/**
 * The layouts to draw. A chart the server drew draws them all until its container is measured
 * (hydration must match the server's markup), or only `kept`, the one its island left in the page
 * (src/lib/state/hydration.svelte.ts); a chart mounted later draws none until then (the
 * measurement comes before the next paint). Once measured: the one that fits.
 */
export function layoutsToDraw<T>(all: T[], width: number | null, hydrating = true, kept?: T): T[] {
	if (width === null) return hydrating ? (kept === undefined ? all : [kept]) : [];
	if (all.length < 2) return all;
	return [all[layoutIndex(width, all.length)]!];
}
