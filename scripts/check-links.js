#!/usr/bin/env node
// Every internal link, anchor and asset of the built site resolves, read from the files alone (no
// server). For each HTML page it reads the URLs in `href`, `src`, `srcset`, `xlink:href`, `poster`
// and `action` attributes (links, stylesheets, scripts, images, frames) and the `import("…")` calls
// of inline scripts, resolves them against the page's own URL (build/present/law/index.html is
// /present/law/, under the base path if there is one) and checks that:
// - the target file exists (`x/` is `x/index.html`; `x` alone only as a file or `x.html`, since
//   every page URL ends in `/`), inside the base path;
// - a `#fragment` names an `id` (or `<a name>`) in the target page (fragments on other files are
//   not checked); `/#step` links land on the story page's steps;
// - 404.html, which hosts serve at any depth, uses no relative URLs;
// - every link to another host (`<a href="http…">`) has rel="noopener noreferrer";
// - no element has an inline event handler (`on…=`) and no URL is `javascript:`.
// External URLs are not fetched; mailto:, tel: and data: URLs are skipped.
// Usage: node scripts/check-links.js [dir[:base] …]   (default: build build-story:/story)
// Prints each problem and exits 1 if there is any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ORIGIN = 'http://site.invalid';
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'xlink:href', 'poster', 'action']);
const SKIPPED_SCHEMES = new Set(['mailto:', 'tel:', 'data:', 'blob:', 'about:']);
const ENTITIES = /** @type {Record<string, string>} */ ({
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
});

/** @param {string} value */
function decodeEntities(value) {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
		if (name[0] === '#') {
			const code =
				name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
			return String.fromCodePoint(code);
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/**
 * The tags of an HTML document with their attributes (names lower-cased, values decoded), and
 * the text of its inline scripts. Comments and the contents of raw-text elements are skipped.
 * @param {string} html
 */
export function parseHtml(html) {
	/** @type {{ name: string, attrs: Record<string, string>, line: number }[]} */
	const tags = [];
	/** @type {string[]} */
	const inlineScripts = [];
	const lineStarts = [0];
	for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	/** @param {number} offset */
	const lineOf = (offset) => {
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (/** @type {number} */ (lineStarts[mid]) <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	};

	const token = /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
	let m;
	while ((m = token.exec(html))) {
		if (!m[1]) continue; // a comment
		const name = m[1].toLowerCase();
		/** @type {Record<string, string>} */
		const attrs = {};
		const attrSource = /** @type {string} */ (m[2]).replace(/\/$/, '');
		for (const a of attrSource.matchAll(
			/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
		)) {
			const key = /** @type {string} */ (a[1]).toLowerCase();
			if (!(key in attrs)) attrs[key] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
		}
		tags.push({ name, attrs, line: lineOf(m.index) });
		if (['script', 'style', 'textarea', 'title'].includes(name)) {
			const end = html.toLowerCase().indexOf(`</${name}`, token.lastIndex);
			const stop = end === -1 ? html.length : end;
			if (name === 'script' && !attrs.src) inlineScripts.push(html.slice(token.lastIndex, stop));
			token.lastIndex = stop;
		}
	}
	return { tags, inlineScripts };
}

/** The URL path a built HTML file is served at. @param {string} file relative to the build folder */
export function pagePath(file) {
	const path = file.split('\\').join('/');
	if (path === 'index.html') return '/';
	if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
	return `/${path}`;
}

/**
 * Checks one built site.
 * @param {string} dir the build folder
 * @param {string} base the base path it was built for ('' or e.g. '/story')
 * @returns {{ problems: string[], pages: number, internal: number, external: number }}
 */
export function checkSite(dir, base = '') {
	const prefix = base.replace(/\/+$/, '');
	const files = new Set(
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.map((f) => f.split('\\').join('/'))
			.filter((f) => statSync(join(dir, f)).isFile())
	);
	const htmlFiles = [...files].filter((f) => f.endsWith('.html')).sort();
	/** @type {Map<string, ReturnType<typeof parseHtml>>} */
	const parsed = new Map();
	/** @param {string} file */
	const parse = (file) => {
		let p = parsed.get(file);
		if (!p) {
			p = parseHtml(readFileSync(join(dir, file), 'utf8'));
			parsed.set(file, p);
		}
		return p;
	};
	/** @type {Map<string, Set<string>>} */
	const idCache = new Map();
	/** @param {string} file */
	const idsOf = (file) => {
		let ids = idCache.get(file);
		if (!ids) {
			ids = new Set();
			for (const { name, attrs } of parse(file).tags) {
				if (attrs.id) ids.add(attrs.id);
				if (name === 'a' && attrs.name) ids.add(attrs.name);
			}
			idCache.set(file, ids);
		}
		return ids;
	};

	/** The built file a site path is served from, or null. @param {string} path */
	function targetFile(path) {
		const rel = path.slice(1);
		if (rel === '' || rel.endsWith('/'))
			return files.has(`${rel}index.html`) ? `${rel}index.html` : null;
		if (files.has(rel)) return rel;
		if (files.has(`${rel}.html`)) return `${rel}.html`;
		return null;
	}

	/** Problems in the order of the files, then of their lines; each once. */
	const problems = new Set();
	let internal = 0;
	let external = 0;
	for (const file of htmlFiles) {
		const page = `${prefix}${pagePath(file)}`;
		const pageUrl = new URL(page, ORIGIN);
		const { tags, inlineScripts } = parse(file);
		/** @type {{ line: number, text: string }[]} */
		const found = [];
		/** @param {number} line 0 for a URL in an inline script @param {string} text */
		const report = (line, text) =>
			found.push({
				line,
				text: `${relative(process.cwd(), join(dir, file))}${line ? `:${line}` : ''} ${text}`
			});

		/** @type {{ url: string, line: number, tag: string }[]} */
		const refs = [];
		for (const { name, attrs, line } of tags) {
			for (const [key, value] of Object.entries(attrs)) {
				if (/^on[a-z]+$/.test(key)) report(line, `inline event handler <${name} ${key}=…>`);
				if (!URL_ATTRIBUTES.has(key) || value.trim() === '') continue;
				if (key === 'srcset') {
					for (const candidate of value.split(/,\s+/)) {
						const url = candidate.trim().split(/\s+/)[0];
						if (url) refs.push({ url, line, tag: name });
					}
				} else refs.push({ url: value.trim(), line, tag: name });
			}
			if (name === 'a' && /^\s*https?:/i.test(attrs.href ?? '') && URL.canParse(attrs.href ?? '')) {
				if (new URL(/** @type {string} */ (attrs.href)).origin !== ORIGIN) {
					const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
					const lacking = ['noopener', 'noreferrer'].filter((r) => !rel.includes(r));
					if (lacking.length)
						report(line, `external link ${attrs.href} lacks rel="${lacking.join(' ')}"`);
				}
			}
		}
		for (const script of inlineScripts) {
			for (const m of script.matchAll(/\bimport\(\s*(["'])([^"']+)\1\s*\)/g)) {
				refs.push({ url: /** @type {string} */ (m[2]), line: 0, tag: 'script import()' });
			}
		}

		for (const { url, line, tag } of refs) {
			let target;
			try {
				target = new URL(url, pageUrl);
			} catch {
				report(line, `<${tag}> invalid URL "${url}"`);
				continue;
			}
			if (target.protocol === 'javascript:') {
				report(line, `<${tag}> javascript: URL`);
				continue;
			}
			if (SKIPPED_SCHEMES.has(target.protocol)) continue;
			if (target.origin !== ORIGIN) {
				external++;
				continue;
			}
			internal++;
			if (file === '404.html' && !/^(\/|#|[a-z][a-z\d+.-]*:)/i.test(url))
				report(line, `<${tag}> relative URL "${url}" in 404.html (served at any depth)`);
			let path;
			try {
				path = decodeURIComponent(target.pathname);
			} catch {
				report(line, `<${tag}> badly encoded URL "${url}"`);
				continue;
			}
			if (path !== prefix && !path.startsWith(`${prefix}/`)) {
				report(line, `<${tag}> "${url}" → ${path} is outside the base path ${prefix}/`);
				continue;
			}
			const inSite = path === prefix ? '/' : path.slice(prefix.length);
			const targetPath = targetFile(inSite);
			if (!targetPath) {
				const hint = targetFile(`${inSite}/`) ? ' (add the trailing slash)' : '';
				report(line, `<${tag}> "${url}" → ${path}: no such file${hint}`);
				continue;
			}
			const fragment = target.hash.slice(1);
			if (fragment && targetPath.endsWith('.html')) {
				let id;
				try {
					id = decodeURIComponent(fragment);
				} catch {
					id = fragment;
				}
				if (id !== 'top' && !idsOf(targetPath).has(id))
					report(line, `<${tag}> "${url}" → no id "${id}" in ${path}`);
			}
		}
		for (const { text } of found.sort((a, b) => a.line - b.line)) problems.add(text);
	}
	return { problems: [...problems], pages: htmlFiles.length, internal, external };
}

const isMain = !!process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]);
if (isMain) {
	const args = process.argv.slice(2);
	const sites = (args.length ? args : ['build', 'build-story:/story']).map((a) => {
		const [dir = a, base = ''] = a.split(':');
		return { dir, base };
	});
	let failed = false;
	for (const { dir, base } of sites) {
		if (!existsSync(dir)) {
			console.error(`✗ ${dir}: not built`);
			failed = true;
			continue;
		}
		const { problems, pages, internal, external } = checkSite(dir, base);
		for (const p of problems) console.log(p);
		const summary = `${dir}${base ? ` (base ${base})` : ''}: ${pages} pages, ${internal} internal URLs checked, ${external} external URLs not fetched`;
		if (problems.length) {
			console.error(`✗ ${summary}: ${problems.length} problems`);
			failed = true;
		} else console.log(`✓ ${summary}: all resolve`);
	}
	process.exit(failed ? 1 : 0);
}
