/**
 * Whether motion is reduced at this moment: the reader's pick (data-motion on <html>, see
 * preferences.svelte.ts), else the OS's. For code that acts on it once, where CSS cannot.
 * Preferences reads it too, so the two never disagree.

 */
export function motionReduced(): boolean {
	const pick = document.documentElement.dataset.motion;
	if (pick === 'reduce' || pick === 'full') return pick === 'reduce';
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
