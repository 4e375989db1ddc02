/**
 * The reader's theme and motion choices: they follow the OS until the reader picks, and the pick
 * is remembered (localStorage) and applied to <html> (data-theme, data-motion) for CSS to read.
 * One instance per page, created in a component: never module state.
 */
import { motionReduced } from './motion.ts';

export type Theme = 'light' | 'dark';
export type Motion = 'full' | 'reduce';

const THEME_KEY = 'story-theme';
const MOTION_KEY = 'story-motion';

export class Preferences {
	theme = $state<Theme>('light');
	motion = $state<Motion>('full');

	get reducedMotion(): boolean {
		return this.motion === 'reduce';
	}

	/** Read the current choices (call in the browser, from an effect or onMount). */
	sync(): () => void {
		const root = document.documentElement;
		const dark = matchMedia('(prefers-color-scheme: dark)');
		const reduce = matchMedia('(prefers-reduced-motion: reduce)');
		const read = () => {
			const t = root.dataset.theme;
			this.theme = t === 'light' || t === 'dark' ? t : dark.matches ? 'dark' : 'light';
			this.motion = motionReduced() ? 'reduce' : 'full';
		};
		read();
		dark.addEventListener('change', read);
		reduce.addEventListener('change', read);
		return () => {
			dark.removeEventListener('change', read);
			reduce.removeEventListener('change', read);
		};
	}

	setTheme(theme: Theme): void {
		this.theme = theme;
		document.documentElement.dataset.theme = theme;
		store(THEME_KEY, theme);
	}

	setMotion(motion: Motion): void {
		this.motion = motion;
		document.documentElement.dataset.motion = motion;
		store(MOTION_KEY, motion);
	}
}

function store(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// Storage blocked (private mode, sandboxed frame): the choice lasts for this page only.
	}
}
