#!/usr/bin/env node
// A small static server for the built site: `node scripts/serve.js --dir build --port 4173 [--base /story]`.
// It serves the folder under the base path, resolves `x/` to `x/index.html`, and answers 404
// with the site's 404 page. Used by the Playwright tests and the benchmark (loopback only).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		dir: { type: 'string', default: 'build' },
		port: { type: 'string', default: '4173' },
		host: { type: 'string', default: '127.0.0.1' },
		base: { type: 'string', default: '' }
	}
});

const root = resolve(values.dir);
const base = values.base.replace(/\/+$/, '');
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} file
 */
function send(res, status, file) {
	res.writeHead(status, {
		'content-type':
			TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
		'cache-control': 'no-cache'
	});
	createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path = decodeURIComponent(url.pathname);
	if (base) {
		if (path === base) {
			res.writeHead(301, { location: `${base}/${url.search}` }).end();
			return;
		}
		if (!path.startsWith(`${base}/`)) return notFound(res);
		path = path.slice(base.length);
	}
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) return notFound(res);
	if (existsSync(file) && statSync(file).isFile()) return send(res, 200, file);
	if (existsSync(join(file, 'index.html'))) {
		if (!path.endsWith('/')) {
			res.writeHead(301, { location: `${base}${path}/${url.search}` }).end();
			return;
		}
		return send(res, 200, join(file, 'index.html'));
	}
	if (existsSync(`${file}.html`)) return send(res, 200, `${file}.html`);
	notFound(res);
});

/** @param {import('node:http').ServerResponse} res */
function notFound(res) {
	const page = join(root, '404.html');
	if (existsSync(page)) return send(res, 404, page);
	res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

server.listen(Number(values.port), values.host, () => {
	console.log(`Serving ${root} at http://${values.host}:${values.port}${base}/`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
