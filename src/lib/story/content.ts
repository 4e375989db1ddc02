/**
 * All the content, read in one place: the three CSV files, the data README, the story, the
 * glossary and the lesson plan, text in and validated data out. The build (scripts/content-plugin.ts),
 * the server (src/lib/server/content.ts) and the tests (src/lib/testing/realContent.ts) all go
 * through here, so they cannot read the files differently. Pure: no file system (see
 * src/lib/server/loadContent.ts for the reader).
 */
import { figureModel } from '../charts/figures.ts';
import { loadDataset } from '../data/load.ts';
import { DATA_COLUMNS, parseDataReadme } from '../data/readme.ts';
import { checkStory } from './checks.ts';
import { parseGlossary } from './glossary.ts';
import { parseLesson } from './lesson.ts';
import { parseStory } from './parse.ts';

/** Every content file, from the project's root; a change to any of them rebuilds the site. */
export const CONTENT_FILES = [
	'data/sources.csv',
	'data/timeline.csv',
	'data/revenue.csv',
	'data/README.md',
	'content/story.md',
	'content/glossary.yml',
	'content/lesson.md'
] as const;

export type ContentFiles = Record<(typeof CONTENT_FILES)[number], string>;

export interface ContentOptions {
	/** What a lesson link to a page of the site starts with (LessonOptions.siteRoot). */
	siteRoot?: string;
}

/** Parse and cross-check every file; the first problem throws a DataError naming file:line field. */
export function parseContent(files: ContentFiles, { siteRoot }: ContentOptions = {}) {
	const dataset = loadDataset({
		'sources.csv': files['data/sources.csv'],
		'timeline.csv': files['data/timeline.csv'],
		'revenue.csv': files['data/revenue.csv']
	});
	const glossary = parseGlossary(files['content/glossary.yml']);
	const story = parseStory(files['content/story.md'], dataset, glossary);
	// The lesson plan names steps, events, sources and glossary terms: checked against them.
	const lesson = parseLesson(files['content/lesson.md'], story, dataset, { siteRoot, glossary });
	// /data/ publishes the README's column tables: each must describe its file's columns.
	const readme = parseDataReadme(files['data/README.md'], DATA_COLUMNS);
	return { dataset, glossary, story, lesson, readme };
}

export type Content = ReturnType<typeof parseContent>;

/**
 * The checks of the story's copy (sources for figures and quotations, alt texts against the
 * charts, glossary terms defined before use): the build runs them once, the pages need not.
 */
export function checkContent(content: Content, files: ContentFiles): void {
	const { dataset, story, glossary } = content;
	checkStory({
		source: files['content/story.md'],
		story,
		glossary,
		// What each step's chart draws, with its default description: were the step's own alt
		// passed as the description, the alt would be compared with itself.
		figures: (step) =>
			figureModel(dataset, { chart: step.chart, state: step.state, highlight: step.highlight })
	});
}
