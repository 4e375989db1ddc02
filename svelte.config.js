import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Where the static site is written (a second build, e.g. under a base path, can go elsewhere). */
const out = process.env.BUILD_DIR ?? 'build';

/** A base path set at build time, e.g. `BASE_PATH=/story npm run build`, for a site served under /story/. */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !/^\/[\w\-/]+$/.test(base)) {
	throw new Error(`BASE_PATH must look like "/story", got "${process.env.BASE_PATH}"`);
}

/**
 * The one inline script in app.html (theme and motion before first paint) is allowed by its hash;
 * SvelteKit hashes its own. No other inline script, no eval, no plugins, no foreign origin.
 */
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const inline = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	(m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		paths: { base, relative: true },
		// Registered by the story, the slides and the notes once idle, never by an embed (src/lib/offline.ts).
		serviceWorker: { register: false },
		// Every stylesheet is small: inlined, none of them blocks the first paint with a request.

		inlineStyleThreshold: 16 * 1024,

		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...inline],
				// Svelte sets style attributes (chart geometry, transitions); no script can come in by them.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
