import type { ChartId } from '../registry.ts';
import type { KeyItem } from '../../format/confidence.ts';

/**
 * Each chart's geometry type, by chart id. Empty here: each chart's `compute.ts` adds its own entry
 * (`declare module`), so the generic frame names no concrete chart and a new chart adds one line
 * in its own folder.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ChartGeometries {}

/** The drawn chart: its geometry at each layout width, narrowest first. */
export type Drawing = {
	[K in keyof ChartGeometries]: { kind: K; layouts: ChartGeometries[K][] };
}[keyof ChartGeometries];

/** A source as a figure cites it. */
export interface SourceRef {
	id: string;
	publisher: string;
	title: string;
	url: string;
	/** Link text: the publisher, with the date added where a publisher appears twice. */
	text: string;
}

export interface TableColumn {
	key: string;
	label: string;
	numeric?: boolean;
}

export interface TableRow {
	id: string;
	cells: Record<string, string>;
	sources: SourceRef[];
}

/** What a figure shows in one state: plain, serialisable, computed on the server. */
export interface FigureModel {
	chart: ChartId;
	state: string;
	title: string;
	subtitle: string;
	/** What the chart shows in this state, in words (a step's own `alt` overrides it). */
	description: string;
	table: {
		caption: string;
		columns: TableColumn[];
		rows: TableRow[];
		/** What the confidence levels in the rows mean, shown under the table. */
		confidenceKey: KeyItem[];
	};
	/** Row ids emphasised when a step names none of its own. */
	focus: string[];
	sources: SourceRef[];
	/** How many more sources stand behind the rows not in focus (listed in the data table). */
	moreSources: number;
	/** Notes on approximations and derivations. */
	notes: string[];
	drawing: Drawing;
}
