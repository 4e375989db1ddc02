import type { RevenueGeometry } from '../revenue/compute.ts';
import type { TimelineGeometry } from '../timeline/compute.ts';
import type { ChartId } from '../registry.ts';
import type { KeyItem } from '../../format/confidence.ts';

/** The drawn chart: its geometry at each layout width, narrowest first. */
export type Drawing =
	| { kind: 'revenue'; layouts: RevenueGeometry[] }
	| { kind: 'timeline'; layouts: TimelineGeometry[] };

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
