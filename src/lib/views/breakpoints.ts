/**
 * Where the scrolling story changes its layout. The stylesheets of the scroll view's components
 * (ScrollyView, Stage, StepCard) use these widths in their media queries, which cannot import
 * them; breakpoints.spec.ts reads those stylesheets and fails when the two disagree.
 */

/** From this width the chart stands beside the text; below it, it holds the top of the screen. */
export const WIDE = 1024;

/** Below this width (a phone), the chart's subtitle goes to make room for the drawing. CSS only. */
export const PHONE = 600;

/**
 * Where the trigger line of the active step sits, as a share of the screen's height: narrow
 * screens read the text in the band below the chart (the lower 40% of the screen), so a step
 * starts as its card reaches the middle of that band.
 */
export function triggerLine(width: number): number {
	return width < WIDE ? 0.8 : 0.5;
}
