import { DataError } from '../data/errors.ts';

/** The front matter every story fixture of the specs opens with: the fields story.md requires. */
export const FRONT_MATTER = `---
headline: A headline
standfirst: A standfirst.
description: A description.
kicker: Data story
published: 2026-11-28
---
`;

/** The message of the DataError `run` throws (`file:line field: message`); anything else fails. */
export function dataErrorOf(run: () => unknown): string {
	try {
		run();
	} catch (e) {
		if (e instanceof DataError) return e.message;
		throw e;
	}
	throw new Error('expected a DataError');
}
