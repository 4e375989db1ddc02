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
 * The site's public address, its scheme and host (`https://example.org`), from ORIGIN. It becomes
 * SvelteKit's `kit.prerender.origin`, which pages read as `url.origin` while they are prerendered:
 * the handout's QR codes, link previews (og:url, og:image, canonical links) and oEmbed answers are
 * read outside the site, so their URLs must be absolute. A production build stops without it;
 * everything else that reads this file (`vite dev`, svelte-check, ESLint, Vitest) can do without.
 * @param {Record<string, string | undefined>} env
 * @param {{ production: boolean }} mode
 * @returns {string}
 */
export function siteOrigin(env, { production }) {
	const value = env.ORIGIN?.trim();
	if (!value) {
		if (production) throw new Error(MISSING_ORIGIN);
		// `vite dev` answers with its own address; this one is only a stand-in.
		return 'http://localhost:5173';
	}
	const url = URL.canParse(value) ? new URL(value) : null;
	if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
		throw new Error(
			`ORIGIN must be a scheme and host, like https://example.org, got "${value}" (a path goes in BASE_PATH)`
		);
	}
	return url.origin;
}

const MISSING_ORIGIN = `ORIGIN is not set. A production build writes the site's public address into the handout's QR codes, link previews and oEmbed answers: set ORIGIN to the scheme and host the site is served from, e.g.
  ORIGIN=https://example.org npm run build
  ORIGIN=https://example.org BASE_PATH=/story npm run build   (for https://example.org/story/)`;

/**
 * Whether this file is read for a build whose files are deployed: `vite build` (or `npm run
 * build`), unless asked for as a development build (NODE_ENV=development).
 * @param {string[]} argv
 * @param {Record<string, string | undefined>} env
 */
export function isProductionBuild(argv, env) {
	return argv.slice(2).includes('build') && env.NODE_ENV !== 'development';
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
		// Every stylesheet is small: inlined, none of them blocks the first paint with a request (the
		// root layout's is about 20 KB with the fallback faces matched character by character).

		inlineStyleThreshold: 24 * 1024,

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
			origin: siteOrigin(process.env, {
				production: isProductionBuild(process.argv, process.env)
			}),
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
