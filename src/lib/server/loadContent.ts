/** The content files read from disk, for the build's check and the tests (the pages use ?raw imports). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	checkContent,
	CONTENT_FILES,
	parseContent,
	type Content,
	type ContentFiles,
	type ContentOptions
} from '../story/content.ts';

export function readContentFiles(root: string): ContentFiles {
	return Object.fromEntries(
		CONTENT_FILES.map((f) => [f, readFileSync(resolve(root, f), 'utf8')])
	) as ContentFiles;
}

/**
 * Read, parse and cross-check every content file under `root`; with `check`, also run the
 * checks of the story's copy. The first problem throws a DataError.
 */
export function loadContent(
	root: string,
	{ check = false, ...options }: ContentOptions & { check?: boolean } = {}
): Content {
	const files = readContentFiles(root);
	const content = parseContent(files, options);
	if (check) checkContent(content, files);
	return content;
}
