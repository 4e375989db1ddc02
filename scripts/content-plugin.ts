/**
 * Validates the data files and the story before anything is built, so a bad row stops
 * `vite build` (and `vite dev`) with one line: `timeline.csv:14 date: "2017-13-01" is not a date`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadDataset } from '../src/lib/data/load.ts';
import { DataError } from '../src/lib/data/errors.ts';
import { parseStory } from '../src/lib/story/parse.ts';

const FILES = ['data/sources.csv', 'data/timeline.csv', 'data/revenue.csv', 'content/story.md'];

export function validateContent(root = process.cwd()): void {
	const read = (f: string) => readFileSync(resolve(root, f), 'utf8');
	const dataset = loadDataset({
		'sources.csv': read('data/sources.csv'),
		'timeline.csv': read('data/timeline.csv'),
		'revenue.csv': read('data/revenue.csv')
	});
	parseStory(read('content/story.md'), dataset);
}

export function contentPlugin(): Plugin {
	return {
		name: 'story-content',
		buildStart() {
			// Unit tests check the validators with their own fixtures.
			if (process.env.VITEST) return;
			for (const f of FILES) this.addWatchFile(resolve(f));
			try {
				validateContent();
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
