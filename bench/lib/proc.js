// Child processes the bench starts: each is tracked and killed when the bench exits, however it
// exits (normal end, error, Ctrl-C), so no server or browser is left behind.
import { spawn } from 'node:child_process';

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();

/** @type {WeakMap<import('node:child_process').ChildProcess, { group: boolean, stopSignal: NodeJS.Signals }>} */
const how = new WeakMap();

/**
 * Kill a child and, when it leads its own process group, everything it started.
 * @param {import('node:child_process').ChildProcess} child @param {NodeJS.Signals} [signal]
 */
export function kill(child, signal = how.get(child)?.stopSignal ?? 'SIGTERM') {
	if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
	try {
		if (how.get(child)?.group) process.kill(-child.pid, signal);
		else child.kill(signal);
	} catch {
		/* already gone */
	}
}

function killAll() {
	for (const child of children) kill(child);
}

process.on('exit', killAll);
for (const [signal, code] of /** @type {const} */ ([
	['SIGINT', 130],
	['SIGTERM', 143]
])) {
	process.on(signal, () => {
		console.error(`\nbench: ${signal}, stopping`);
		killAll();
		process.exit(code);
	});
}

/**
 * Start a tracked child. `group: true` puts it in its own process group, so killing it also
 * kills what it spawned (npx → npm → vite). `stopSignal` is what it gets when the bench stops:
 * SIGKILL by default; Lighthouse gets SIGINT, on which it closes the Chrome it launched.
 * @param {string} cmd @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { group?: boolean, stopSignal?: NodeJS.Signals }} [options]
 */
export function start(cmd, args, { group = false, stopSignal = 'SIGKILL', ...options } = {}) {
	const child = spawn(cmd, args, {
		stdio: ['ignore', 'pipe', 'pipe'],
		...options,
		detached: group
	});
	how.set(child, { group, stopSignal });
	children.add(child);
	child.on('exit', () => children.delete(child));
	child.on('error', () => children.delete(child));
	return child;
}

/**
 * Run a command to its end and collect its output; on timeout it is stopped (SIGINT, then
 * SIGKILL 5 s later) and reported.
 * @param {string} cmd @param {string[]} args
 * @param {import('node:child_process').SpawnOptions & { timeout?: number, group?: boolean, stopSignal?: NodeJS.Signals }} [options]
 * @returns {Promise<{ code: number | null, output: string, ms: number, timedOut: boolean, error?: Error }>}
 */
export function run(cmd, args, { timeout = 600_000, group = true, ...options } = {}) {
	const began = Date.now();
	return new Promise((resolve) => {
		const child = start(cmd, args, { ...options, group });
		let output = '';
		let timedOut = false;
		const collect = (/** @type {Buffer} */ chunk) => {
			output += chunk;
			if (output.length > 2_000_000) output = output.slice(-1_000_000);
		};
		child.stdout?.on('data', collect);
		child.stderr?.on('data', collect);
		const timer = setTimeout(() => {
			timedOut = true;
			kill(child, 'SIGINT');
			setTimeout(() => kill(child, 'SIGKILL'), 5000).unref();
		}, timeout);
		child.on('error', (error) => {
			clearTimeout(timer);
			resolve({ code: null, output, ms: Date.now() - began, timedOut, error });
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, output, ms: Date.now() - began, timedOut });
		});
	});
}

/** The last `n` non-empty lines of some output, for error messages. @param {string} output */
export function tail(output, n = 15) {
	return output
		.split('\n')
		.filter((line) => line.trim())
		.slice(-n)
		.join('\n');
}
