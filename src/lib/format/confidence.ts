/**
 * What the data's confidence levels mean, in one place: every table that shows a Confidence
 * column explains it with this key. The wording follows the fact base's confidence key
 * (../shared/research/facts.md); it defines no "medium-high", so that entry describes how the
 * fact base uses it (one original report repeated by others, a filing known through a report).
 */
import { CONFIDENCE, type Confidence } from '../data/schema.ts';

export const CONFIDENCE_MEANING: Record<Confidence, string> = {
	high: 'a primary document, or several independent reputable reports that agree',
	'medium-high':
		'reputable reports that agree but go back to one original, or a document known only through reliable reports of it',
	medium: 'one good source, or secondary sources only, or a small disagreement on the date',
	low: 'thin, indirect or conflicting evidence'
};

export interface KeyItem {
	term: string;
	meaning: string;
}

/** The key to the levels the given rows use, strongest first (levels no row uses are left out). */
export function confidenceKey(levels: Iterable<Confidence>): KeyItem[] {
	const used = new Set(levels);
	return CONFIDENCE.filter((c) => used.has(c)).map((c) => ({
		term: c,
		meaning: CONFIDENCE_MEANING[c]
	}));
}
