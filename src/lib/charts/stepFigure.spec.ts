import { describe, expect, it } from 'vitest';
import { stepFigure } from './stepFigure.ts';

describe('stepFigure', () => {
	it('describes the chart in the step’s words, highlights its rows and offers its pictures', () => {
		expect(stepFigure({ id: 'law', alt: 'Congress writes the ban.', highlight: ['ndaa'] })).toEqual(
			{
				description: 'Congress writes the ban.',
				highlight: ['ndaa'],
				imageStep: 'law'
			}
		);
	});
});
