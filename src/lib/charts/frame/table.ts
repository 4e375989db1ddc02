/** A figure's data table, built the same way for every chart: only its columns and cells differ. */
import type { Confidence, Source } from '../../data/schema.ts';
import { confidenceKey } from '../../format/confidence.ts';
import { sourceRefs } from './sources.ts';
import type { FigureModel, TableColumn } from './types.ts';

/** A data row as every data file has it: an id, its source ids, how sure the sources make us. */
interface SourcedRow {
	id: string;
	sources: string[];
	confidence: Confidence;
}

export interface TableSpec<R extends SourcedRow> {
	caption: string;
	columns: TableColumn[];
	/** A row's cells by column key (and any the views read beside the columns). */
	cells: (row: R) => Record<string, string>;
}

/** A table row per data row, with its cells and sources; the key to the confidence levels used. */
export function figureTable<R extends SourcedRow>(
	spec: TableSpec<R>,
	rows: R[],
	sources: ReadonlyMap<string, Source>
): FigureModel['table'] {
	return {
		caption: spec.caption,
		columns: spec.columns,
		rows: rows.map((r) => ({
			id: r.id,
			cells: spec.cells(r),
			sources: sourceRefs(r.sources, sources)
		})),
		confidenceKey: confidenceKey(rows.map((r) => r.confidence))
	};
}
