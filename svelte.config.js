import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Where the static site is written (a second build, e.g. under a base path, can go elsewhere). */
const out = process.env.BUILD_DIR ?? 'build';

/** A base path set at build time, e.g. `BASE_PATH=/story npm run build`, for a site served under /story/. */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !/^\/[\w\-/]+$/.test(base)) {
	throw new Error(`BASE_PATH must look like "/story", got "${process.env.BASE_PATH}"`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		paths: { base, relative: true },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
