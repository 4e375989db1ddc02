/**
 * The validated content, loaded once at build time (server only: never shipped to the browser),
 * through the same parseContent as the build's check and the tests.
 */
import revenueCsv from '../../../data/revenue.csv?raw';
import sourcesCsv from '../../../data/sources.csv?raw';
import timelineCsv from '../../../data/timeline.csv?raw';
import readmeMd from '../../../data/README.md?raw';
import glossaryYml from '../../../content/glossary.yml?raw';
import lessonMd from '../../../content/lesson.md?raw';
import storyMd from '../../../content/story.md?raw';
import { parseContent } from '../story/content.ts';

// /teach/ is served at <base>/teach/, so `..` is the site's root under any base path, the way
// SvelteKit's own relative links work (paths.relative in svelte.config.js).
export const { dataset, glossary, story, lesson, readme } = parseContent(
	{
		'data/sources.csv': sourcesCsv,
		'data/timeline.csv': timelineCsv,
		'data/revenue.csv': revenueCsv,
		'data/README.md': readmeMd,
		'content/story.md': storyMd,
		'content/glossary.yml': glossaryYml,
		'content/lesson.md': lessonMd
	},
	{ siteRoot: '..' }
);
