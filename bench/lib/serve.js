// Serve a built folder on loopback with the project's own server (scripts/serve.js), behind a
// small gzip proxy: every static host compresses text, and without it Lighthouse would time a
// page by its raw bytes. The bench's own byte counts do not depend on it (it gzips the bodies).
import { createServer, request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { kill, start, tail } from './proc.js';

const SERVE_JS = fileURLToPath(new URL('../../scripts/serve.js', import.meta.url));
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

/** A free port on loopback (asked of the OS, then released). */
export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createNetServer();
		probe.unref();
		probe.on('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
			probe.close(() => resolve(port));
		});
	});
}

/**
 * @param {string} dir the built folder
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(dir) {
	const upstream = await freePort();
	const child = start(process.execPath, [SERVE_JS, '--dir', dir, '--port', String(upstream)]);
	let stopWatching = () => {};
	await new Promise((resolve, reject) => {
		let output = '';
		const timer = setTimeout(() => fail('did not start within 10 s'), 10_000);
		function fail(/** @type {string} */ why) {
			clearTimeout(timer);
			kill(child);
			reject(new Error(`scripts/serve.js --dir ${dir}: ${why}\n${tail(output)}`));
		}
		child.stderr?.on('data', (chunk) => (output += chunk));
		child.stdout?.on('data', (chunk) => {
			output += chunk;
			if (output.includes('Serving')) {
				clearTimeout(timer);
				resolve(undefined);
			}
		});
		const onExit = (/** @type {number | null} */ code) => fail(`exited with code ${code}`);
		const onError = (/** @type {Error} */ error) => fail(error.message);
		child.on('exit', onExit);
		child.on('error', onError);
		stopWatching = () => {
			child.off('exit', onExit);
			child.off('error', onError);
		};
	});
	stopWatching();

	const proxy = createServer((req, res) => {
		const up = request(
			{
				host: '127.0.0.1',
				port: upstream,
				method: req.method,
				path: req.url,
				headers: { ...req.headers, 'accept-encoding': 'identity' }
			},
			(answer) => {
				const type = String(answer.headers['content-type'] ?? '');
				const gzip =
					/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
					COMPRESSIBLE.test(type) &&
					req.method !== 'HEAD' &&
					answer.statusCode !== 304;
				if (!gzip) {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
					return;
				}
				const headers = { ...answer.headers, 'content-encoding': 'gzip', vary: 'Accept-Encoding' };
				delete headers['content-length'];
				res.writeHead(answer.statusCode ?? 502, headers);
				answer.pipe(createGzip()).pipe(res);
			}
		);
		up.on('error', (error) => {
			if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
			res.end(String(error));
		});
		req.pipe(up);
	});
	const port = await freePort();
	await new Promise((resolve, reject) => {
		proxy.once('error', reject);
		proxy.listen(port, '127.0.0.1', () => resolve(undefined));
	});

	return {
		origin: `http://127.0.0.1:${port}`,
		close: async () => {
			proxy.closeAllConnections();
			await new Promise((resolve) => proxy.close(() => resolve(undefined)));
			kill(child, 'SIGTERM');
			const gone = new Promise((resolve) => child.once('exit', resolve));
			const timer = setTimeout(() => kill(child, 'SIGKILL'), 3000);
			if (child.exitCode === null && child.signalCode === null) await gone;
			clearTimeout(timer);
		}
	};
}
