// What a page really requests at first load: a fresh browser context (empty cache), every
// response recorded until the network is idle, bodies sized raw and gzipped, grouped by type.
import { gzipSize } from '../pageBytes.js';

export const TYPES = /** @type {const} */ (['js', 'css', 'html', 'font', 'image', 'other']);

/** @param {import('@playwright/test').Response} response @returns {(typeof TYPES)[number]} */
function typeOf(response) {
	const kind = response.request().resourceType();
	const mime = String(response.headers()['content-type'] ?? '').toLowerCase();
	if (kind === 'script' || /javascript|ecmascript/.test(mime)) return 'js';
	if (kind === 'stylesheet' || mime.startsWith('text/css')) return 'css';
	if (kind === 'document' || mime.startsWith('text/html')) return 'html';
	if (kind === 'font' || mime.startsWith('font/') || /woff|truetype|opentype/.test(mime))
		return 'font';
	if (kind === 'image' || mime.startsWith('image/')) return 'image';
	return 'other';
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
export async function measureRequests(browser, url) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		/** @type {import('@playwright/test').Response[]} */
		const responses = [];
		page.on('response', (response) => responses.push(response));
		const main = await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
		if (!main?.ok()) throw new Error(`${url} answered ${main?.status()}`);

		/** @type {Record<string, { count: number, raw: number, gzip: number }>} */
		const bytes = {};
		for (const type of [...TYPES, 'total']) bytes[type] = { count: 0, raw: 0, gzip: 0 };
		const requests = [];
		for (const response of responses) {
			const status = response.status();
			/** @type {Buffer} */
			let body = Buffer.alloc(0);
			if (status < 300 || status >= 400) body = await response.body().catch(() => body);
			const type = typeOf(response);
			const { pathname, search } = new URL(response.url());
			const gzip = body.length ? gzipSize(body) : 0;
			const entry = { path: pathname + search, type, status, raw: body.length, gzip };
			requests.push(entry);
			for (const key of [type, 'total']) {
				const sum = /** @type {{ count: number, raw: number, gzip: number }} */ (bytes[key]);
				sum.count += 1;
				sum.raw += entry.raw;
				sum.gzip += entry.gzip;
			}
		}
		return { page: new URL(url).pathname, requests: requests.length, bytes, files: requests };
	} finally {
		await context.close();
	}
}
