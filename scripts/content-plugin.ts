/**
 * Validates the data files, the glossary, the story and the lesson before anything is built, so a
 * bad row or a sentence that breaks a rule of the copy stops `vite build` (and `vite dev`) with
 * one line: `timeline.csv:14 date: "2017-13-01" is not a date`.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DataError } from '../src/lib/data/errors.ts';
import { loadContent } from '../src/lib/server/loadContent.ts';
import { CONTENT_FILES } from '../src/lib/story/content.ts';

/** Every check the build runs on the content: the parsers, the story's copy, the data README. */
export function validateContent(root = process.cwd()): void {
	loadContent(root, { check: true });
}

export function contentPlugin(root = process.cwd()): Plugin {
	return {
		name: 'story-content',
		buildStart() {
			// Unit tests check the validators with their own fixtures.
			if (process.env.VITEST) return;
			for (const f of CONTENT_FILES) this.addWatchFile(resolve(root, f));
			try {
				validateContent(root);
			} catch (e) {
				if (e instanceof DataError) {
					// One clear line, then stop: no stack trace to wade through.
					console.error(`\n✗ ${e.message}\n`);
					process.exit(1);
				}
				throw e;
			}
		}
	};
}
