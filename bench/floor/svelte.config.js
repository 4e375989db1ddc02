// The framework floor: the smallest prerendered, hydrating SvelteKit page, built with the same
// packages and settings as the site, so the bench can say how much of a page's JS is the site's.
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { relative: true }
	}
};

export default config;
