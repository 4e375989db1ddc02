// The build's content check, run as the build runs it: on a copy of the real files with one
// thing broken, each rule (the story's copy, the lesson plan, the data README) must stop it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../src/lib/testing/realContent.ts';
import { contentPlugin, validateContent } from './content-plugin.ts';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'content-'));
	for (const folder of ['data', 'content'])
		cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Change one file of the copy as an editor would. */
function edit(file: string, change: (text: string) => string) {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const BROKEN: [string, string, (text: string) => string, RegExp][] = [
	[
		'a figure without a source (the checks of the story copy)',
		'content/story.md',
		(t) =>
			t.replace('<!-- section: intro -->\n', '<!-- section: intro -->\n\nSales rose 7% in 2019.\n'),
		/^story\.md:12 text: "7%" has no source in its sentence/
	],
	[
		'a listen note for a step that does not exist (the lesson parser)',
		'content/lesson.md',
		(t) => `${t}\n<!-- listen: no-such-step -->\n\nAnything.\n`,
		/^lesson\.md:\d+ listen: unknown step id "no-such-step"$/
	],
	[
		'a column the README does not describe (the data README check)',
		'data/README.md',
		(t) => t.replace(/^\| confidence +\|.*\n/m, ''),
		/^data\/README\.md:\d+ timeline\.csv: column "confidence" is not documented$/
	]
];

describe('validateContent', () => {
	it('passes the project’s own files', () => {
		expect(() => validateContent(dir)).not.toThrow();
	});

	it.each(BROKEN)('stops on %s', (_, file, change, message) => {
		edit(file, change);
		expect(() => validateContent(dir)).toThrow(message);
	});
});

describe('contentPlugin', () => {
	it('stops the build with the problem on one line, and watches every content file', () => {
		edit(...(BROKEN[1]!.slice(1, 3) as [string, (text: string) => string]));
		const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
			throw new Error('exit');
		}) as never);
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		vi.stubEnv('VITEST', '');
		const watched: string[] = [];
		const hook = contentPlugin(dir).buildStart as (this: unknown) => void;
		try {
			expect(() => hook.call({ addWatchFile: (f: string) => watched.push(f) })).toThrow('exit');
			expect(exit).toHaveBeenCalledWith(1);
			expect(error.mock.calls[0]![0]).toMatch(/^\n✗ lesson\.md:\d+ listen: unknown step id/);
			expect(watched).toContain(join(dir, 'content/lesson.md'));
			expect(watched).toHaveLength(7);
		} finally {
			vi.unstubAllEnvs();
			exit.mockRestore();
			error.mockRestore();
		}
	});
});
