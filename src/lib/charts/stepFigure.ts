/** What a story step asks of its figure, wherever it is shown (the story's stage, a slide). */
export interface FigureStep {
	id: string;
	/** The step's words for what its chart shows. */
	alt: string;
	highlight: string[];
}

/** A step's own props for ChartFigure: its description, its highlighted rows, its pictures. */
export function stepFigure(step: FigureStep) {
	return { description: step.alt, highlight: step.highlight, imageStep: step.id };
}
