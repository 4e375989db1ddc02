/** The timeline's drawing as plain data: what `compute.ts` returns and the component draws. */
import type { Actor } from '../../data/schema.ts';

export class TimelineDataError extends Error {
	override name = 'TimelineDataError';
}

declare module '../frame/types.ts' {
	interface ChartGeometries {
		timeline: TimelineGeometry;
	}
}

export interface TimelineGeometry {
	width: number;
	height: number;
	plot: { x0: number; x1: number; y0: number; y1: number };
	lanes: {
		actor: Actor;
		name: string;
		/** The lane's line, where its marks sit unless dodged. */
		y: number;
		top: number;
		nameX: number;
		nameY: number;
		nameAnchor: 'start' | 'end';
	}[];
	ticks: { id: string; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	/** x of each break in a compressed axis (the overview squeezes the quiet years). */
	breaks: number[];
	/** The axis line: one piece, or pieces cut at each break. */
	axis: { x1: number; x2: number }[];
	/** The "//" drawn across the axis at each break. */
	breakMarks: { x1: number; y1: number; x2: number; y2: number }[];
	/** What the compressed stretch is, written up its band from the axis (turned 90°). */
	breakLabel: { x: number; y: number; text: string } | null;
	events: {
		id: string;
		actor: Actor;
		kind: 'day' | 'month' | 'deadline';
		x: number;
		w: number;
		/** The lane's line, or off it where the mark is dodged clear of its neighbours. */
		y: number;
		/** Pointer target: a point's radius, or half the height of a bar's (which reaches as far past its ends). */
		hit: number;
		visible: boolean;
		focus: boolean;
	}[];
	labels: {
		id: string;
		x: number;
		y: number;
		w: number;
		text: string;
		visible: boolean;
		leader: { x: number; y1: number; y2: number } | null;
	}[];
	/** Labels that found no room (drawn nowhere; the list and table still name them). */
	dropped: string[];
}
