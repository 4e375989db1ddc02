// What a built page loads statically, read from its HTML without a browser: the JS it preloads
// or imports and the CSS it links, with raw and gzip byte totals. Deterministic, so tests can use
// it; the browser figures in bench/run.js also count what loads later (fonts, images, data).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size of some bytes, at zlib's default level (what most static hosts use). */
export function gzipSize(/** @type {Buffer | string} */ bytes) {
	return gzipSync(bytes).length;
}

/** @param {string} tag */
function attributes(tag) {
	/** @type {Record<string, string>} */
	const attrs = {};
	for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
		attrs[/** @type {string} */ (m[1]).toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
	}
	return attrs;
}

/** The HTML file a page path is prerendered to. @param {string} buildDir @param {string} pagePath */
export function pageFile(buildDir, pagePath) {
	const path = pagePath.replace(/^\/+/, '');
	if (path === '' || path.endsWith('/')) return join(buildDir, path, 'index.html');
	if (path.endsWith('.html')) return join(buildDir, path);
	const html = join(buildDir, `${path}.html`);
	return existsSync(html) ? html : join(buildDir, path, 'index.html');
}

/**
 * The JS and CSS URLs a page's HTML loads: `<link rel="modulepreload">`, `<link rel="stylesheet">`,
 * `<script type="module" src>` and `import("…")` in inline scripts (SvelteKit's bootstrap).
 * @param {string} html
 */
export function staticAssets(html) {
	const js = new Set();
	const css = new Set();
	const body = html.replace(/<!--[\s\S]*?-->/g, '');
	for (const [tag] of body.matchAll(/<link\b[^>]*>/gi)) {
		const attrs = attributes(tag.slice(5, -1));
		const { rel = '', href } = attrs;
		// A disabled stylesheet is not fetched (SvelteKit leaves one beside each stylesheet it inlines).
		if (!href || 'disabled' in attrs) continue;

		const rels = rel.toLowerCase().split(/\s+/);
		if (rels.includes('modulepreload')) js.add(href);
		else if (rels.includes('stylesheet')) css.add(href);
	}
	for (const [, open, inline] of body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const { type = '', src } = attributes(/** @type {string} */ (open));
		if (src && type.toLowerCase() === 'module') js.add(src);
		if (!src)
			for (const m of /** @type {string} */ (inline).matchAll(
				/\bimport\(\s*(["'])([^"']+)\1\s*\)/g
			))
				js.add(m[2]);
	}
	return { js: [...js], css: [...css] };
}

/**
 * @typedef {{ files: string[], raw: number, gzip: number }} Bytes
 * @param {string} buildDir the built site, e.g. `build`
 * @param {string} pagePath the page's URL path, e.g. `/embed/revenue/`
 * @param {{ base?: string }} [options] the base path the site was built for (e.g. `/story`), if
 *   its HTML uses absolute URLs; SvelteKit's default relative URLs need none
 * @returns {{ page: string, html: Bytes, js: Bytes, css: Bytes, missing: string[] }}
 *   files are paths relative to buildDir; `missing` lists URLs that point at no built file
 *   (or off the site), which are not counted.
 */
export function pageBytes(buildDir, pagePath, { base = '' } = {}) {
	const htmlFile = pageFile(buildDir, pagePath);
	const html = readFileSync(htmlFile);
	const prefix = base.replace(/\/+$/, '');
	const pageUrl = new URL(
		`${prefix}${pagePath.startsWith('/') ? pagePath : `/${pagePath}`}`,
		'http://site.invalid'
	);
	const assets = staticAssets(html.toString('utf8'));
	/** @type {string[]} */
	const missing = [];

	/** @param {string[]} urls @returns {Bytes} */
	function total(urls) {
		const files = new Set();
		for (const href of urls) {
			const url = new URL(href, pageUrl);
			const path = decodeURIComponent(url.pathname);
			const inside = url.origin === pageUrl.origin && path.startsWith(`${prefix}/`);
			const file = path.slice(prefix.length + 1);
			if (!inside || !existsSync(join(buildDir, file))) missing.push(href);
			else files.add(file);
		}
		let raw = 0;
		let gzip = 0;
		for (const file of files) {
			const bytes = readFileSync(join(buildDir, file));
			raw += bytes.length;
			gzip += gzipSize(bytes);
		}
		return { files: [...files].sort(), raw, gzip };
	}

	return {
		page: pagePath,
		html: { files: [relative(buildDir, htmlFile)], raw: html.length, gzip: gzipSize(html) },
		js: total(assets.js),
		css: total(assets.css),
		missing
	};
}
