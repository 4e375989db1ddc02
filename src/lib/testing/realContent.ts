/**
 * The project's real content (data/, content/), read and validated once per test process: the
 * specs that check something against the real files share this instead of each reading them.
 */
import { fileURLToPath } from 'node:url';
import type { Content } from '../story/content.ts';
import { loadContent } from '../server/loadContent.ts';

/** The repository's root, where data/ and content/ are. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

let content: Content | undefined;

/** Parsed as the build parses it (the lesson's links as written, without a site root). */
export function realContent(): Content {
	content ??= loadContent(ROOT);
	return content;
}
