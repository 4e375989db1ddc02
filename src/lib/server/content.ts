/** The validated data and story, loaded once at build time (server only: never shipped to the browser). */
import revenueCsv from '../../../data/revenue.csv?raw';
import sourcesCsv from '../../../data/sources.csv?raw';
import timelineCsv from '../../../data/timeline.csv?raw';
import glossaryYml from '../../../content/glossary.yml?raw';
import storyMd from '../../../content/story.md?raw';
import { loadDataset } from '../data/load.ts';
import { parseGlossary } from '../story/glossary.ts';
import { parseStory } from '../story/parse.ts';

export const dataset = loadDataset({
	'sources.csv': sourcesCsv,
	'timeline.csv': timelineCsv,
	'revenue.csv': revenueCsv
});

export const glossary = parseGlossary(glossaryYml);

export const story = parseStory(storyMd, dataset, glossary);
