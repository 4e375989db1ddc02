/**
 * Whether motion is reduced at this moment: the reader's pick (data-motion on <html>, see
 * preferences.svelte.ts), else the OS's. For code that acts on it once, where CSS cannot.
 * (A module of its own, so that charts in an embed do not ship the preferences.)
 */
export function motionReduced(): boolean {
	const pick = document.documentElement.dataset.motion;
	if (pick === 'reduce' || pick === 'full') return pick === 'reduce';
	return matchMedia('(prefers-reduced-motion: reduce)').matches;
}
