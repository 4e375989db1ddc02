/**
 * Validates the data files, the glossary and the story before anything is built, so a bad row or
 * a sentence that breaks a rule of the copy stops `vite build` (and `vite dev`) with one line:
 * `timeline.csv:14 date: "2017-13-01" is not a date`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { figureModel } from '../src/lib/charts/figures.ts';
import { DataError } from '../src/lib/data/errors.ts';
import { loadDataset } from '../src/lib/data/load.ts';
import { DATA_COLUMNS, parseDataReadme } from '../src/lib/data/readme.ts';
import { checkStory } from '../src/lib/story/checks.ts';
import { parseGlossary } from '../src/lib/story/glossary.ts';
import { parseLesson } from '../src/lib/story/lesson.ts';
import { parseStory } from '../src/lib/story/parse.ts';

const FILES = [
	'data/sources.csv',
	'data/timeline.csv',
	'data/revenue.csv',
	'data/README.md',
	'content/story.md',
	'content/glossary.yml',
	'content/lesson.md'
];

export function validateContent(root = process.cwd()): void {
	const read = (f: string) => readFileSync(resolve(root, f), 'utf8');
	const dataset = loadDataset({
		'sources.csv': read('data/sources.csv'),
		'timeline.csv': read('data/timeline.csv'),
		'revenue.csv': read('data/revenue.csv')
	});
	const glossary = parseGlossary(read('content/glossary.yml'));
	const source = read('content/story.md');
	const story = parseStory(source, dataset, glossary);
	checkStory({
		source,
		story,
		glossary,
		// What each step's chart draws, with its default description: were the step's own alt
		// passed as the description, the alt would be compared with itself.
		figures: (step) =>
			figureModel(dataset, { chart: step.chart, state: step.state, highlight: step.highlight })
	});
	// The lesson plan names steps, events, sources and glossary terms: check it against them.
	parseLesson(read('content/lesson.md'), story, dataset, { glossary });
	// /data/ publishes the README's column tables: each must describe its file's columns.
	parseDataReadme(read('data/README.md'), DATA_COLUMNS);
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
