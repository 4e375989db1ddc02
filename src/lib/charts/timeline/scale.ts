/** The time scale of a state: its window, compressed where the overview squeezes the quiet years. */
import { scaleUtc } from 'd3-scale';
import { endOf, startOf } from '../../data/dates.ts';
import { TIMELINE_VIEWS, type TimelineState } from './states.ts';

/** The piecewise time domain of a state: one piece, or several for a compressed overview. */
export function timeDomain(state: TimelineState): { domain: Date[]; weights: number[] } {
	const view = TIMELINE_VIEWS[state];
	const quiet = view.compressed;
	if (quiet) {
		return {
			domain: [startOf(view.from), startOf(quiet.from), endOf(quiet.to), endOf(view.to)],
			weights: [...quiet.weights]
		};
	}
	return { domain: [startOf(view.from), endOf(view.to)], weights: [1] };
}

export function timeScale(state: TimelineState, x0: number, x1: number) {
	const { domain, weights } = timeDomain(state);
	const range = [x0];
	for (const w of weights) range.push(range.at(-1)! + w * (x1 - x0));
	return scaleUtc().domain(domain).range(range);
}

/** The first and last instants a state's window shows. */
export function viewSpan(state: TimelineState): { from: Date; to: Date } {
	const { domain } = timeDomain(state);
	return { from: domain[0]!, to: domain.at(-1)! };
}
