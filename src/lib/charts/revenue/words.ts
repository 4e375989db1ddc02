/**
 * Every sentence and label the revenue chart writes, in one place: the scenes place them, the
 * figures in them come from the data (figures.ts) and the segment names from the registry.
 */
import { SEGMENT_LABELS } from '../registry.ts';
import { cellText, CELLS_TEXT } from './cells.ts';
import type { RevenueFigures } from './figures.ts';

export const REVENUE_WORDS = {
	/** Over the bars of what followed. */
	barsTitle: 'Global revenue',
	/** Under the year's total, across the square. */
	totalCaption: (f: RevenueFigures) => `Kaspersky’s revenue in ${f.year}`,
	/** The key to the grid. */
	gridKey: (f: RevenueFigures) =>
		`Each small square is 1/${CELLS_TEXT} of ${f.year} revenue: about ${cellText(f)}.`,
	/** The magnified cell, in words: what the outer and the dashed squares are. */
	zoomCell: (f: RevenueFigures) =>
		`Outer square: one of the ${CELLS_TEXT} squares, about ${cellText(f)}.`,
	zoomGovernment: (f: RevenueFigures) =>
		`Dashed square inside it: ${SEGMENT_LABELS['us-government']} sales, ${f.governmentText}${
			f.governmentBound ? ' (drawn at that upper bound)' : ''
		}. They fit inside one square.`,
	zoomShare: ({ governmentShare: s }: RevenueFigures) =>
		`“Close to zero”: ${s.bound ? 'at most ' : ''}${s.text} of ${s.year} revenue.`
} as const;
