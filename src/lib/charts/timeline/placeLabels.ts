/**
 * Collision-free label placement for the timeline. Each label sits in a row just above or below
 * its mark's line, or one row further with a leader line down (up) to the mark. A candidate is taken
 * only if its box stays in bounds and clears every placed label, every leader line and every
 * obstacle (lane names); a label with no room is dropped, never drawn over another. A short
 * search finds room for every label where a label-by-label choice would not.
 */

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface LabelRequest {
	id: string;
	/** The mark's x: the label's start, end or centre sits near it. */
	x: number;
	/** The mark's line (vertical centre). */
	y: number;
	w: number;
	h: number;
	/** A narrower fallback width (a shorter text), tried when the full label finds no room. */
	shortW?: number;
}

export interface PlacedLabel extends Box {
	id: string;
	/** The shorter text was used. */
	short: boolean;
	/** Row offset from the mark's line: −1, −2, −3 (above), 1, 2, 3 (below). */
	row: number;
	/** A vertical leader from the label to the mark, when the label is a row away. */
	leader: { x: number; y1: number; y2: number } | null;
}

export interface PlaceOptions {
	/** Horizontal bounds the labels must stay within. */
	left: number;
	right: number;
	/** Vertical bounds. */
	top: number;
	bottom: number;
	/** Height of a label row; rows start half a mark away from the line. */
	rowHeight: number;
	/** Half the height of the mark, kept clear above and below the line. */
	markGap: number;
	/** Boxes no label may cover. */
	obstacles?: Box[];
	/** Rows to try, in order of preference. */
	rows?: number[];
	/** Room kept between two labels side by side, so that one never reads on into the next. */
	gap?: number;
}

export interface Placement {
	placed: PlacedLabel[];
	dropped: string[];
}

const EPS = 0.01;
/** Places tried, in all, before a crowded set falls back to dropping labels. */
const BUDGET = 400;

export function overlaps(a: Box, b: Box): boolean {
	return (
		a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS
	);
}

/** What a label's place must stay clear of: the bounds, the labels placed so far, the obstacles. */
interface Room {
	opts: PlaceOptions;
	rows: number[];
	obstacles: Box[];
	placed: PlacedLabel[];
}

function clear(box: Box, { opts, obstacles, placed }: Room): boolean {
	const gap = opts.gap ?? 0;
	const spaced = { ...box, x: box.x - gap, w: box.w + 2 * gap };
	return (
		box.x >= opts.left - EPS &&
		box.x + box.w <= opts.right + EPS &&
		box.y >= opts.top - EPS &&
		box.y + box.h <= opts.bottom + EPS &&
		!placed.some((p) => overlaps(p, spaced) || (p.leader && overlaps(leaderBox(p.leader), box))) &&
		!obstacles.some((o) => overlaps(o, box))
	);
}

/** The leader from a label `row`s out to its mark, unless it would cross something. */
function leaderFor(req: LabelRequest, box: Box, row: number, room: Room) {
	const { opts } = room;
	const y1 = row < 0 ? box.y + req.h : req.y + opts.markGap;
	const y2 = row < 0 ? req.y - opts.markGap : box.y;
	const leader = { x: req.x, y1, y2 };
	const line = leaderBox(leader);
	const blocked =
		room.placed.some((p) => overlaps(p, line)) || room.obstacles.some((o) => overlaps(o, line));
	return blocked ? undefined : leader;
}

/** Every place the label can take beside those placed so far, best first. */
function* places(req: LabelRequest, room: Room): Generator<PlacedLabel> {
	const { opts } = room;
	const widths: [number, boolean][] = [[req.w, false]];
	if (req.shortW) widths.push([req.shortW, true]);
	for (const [w, short] of widths) {
		for (const row of room.rows) {
			const y =
				row < 0
					? req.y - opts.markGap - Math.abs(row) * opts.rowHeight
					: req.y + opts.markGap + (row - 1) * opts.rowHeight;
			// End at the mark (leaving room to the right for later labels), start at it, or
			// centre on it; then pulled inside the bounds.
			for (const x0 of [req.x - w + 3, req.x - 3, req.x - w / 2]) {
				const x = Math.min(Math.max(x0, opts.left), opts.right - w);
				// the label must still reach over its mark, or the reader cannot tell whose it is
				if (x > req.x + EPS || x + w < req.x - EPS) continue;
				const box = { x, y, w, h: req.h };
				if (!clear(box, room)) continue;
				const leader = Math.abs(row) > 1 ? leaderFor(req, box, row, room) : null;
				if (leader === undefined) continue;
				yield { id: req.id, ...box, row, leader, short };
			}
		}
	}
}

export function placeLabels(requests: LabelRequest[], opts: PlaceOptions): Placement {
	const rows = opts.rows ?? [-1, 1, -2, 2, -3, 3, -4, 4, -5, 5];
	const placed: PlacedLabel[] = [];
	const room: Room = { opts, rows, obstacles: opts.obstacles ?? [], placed };
	// Left to right, so each label can leave the space on its right to the next.
	const order = [...requests].sort((a, b) => a.x - b.x);

	// Each label takes its best free place; when one finds none, the labels before it try their
	// next best (two marks close together: the left one's label may have to go a row further out
	// so that the right one's leader can pass beside it), within a budget.
	let budget = BUDGET;
	const search = (i: number): boolean => {
		if (i === order.length) return true;
		for (const place of places(order[i]!, room)) {
			if (--budget < 0) return false;
			placed.push(place);
			if (search(i + 1)) return true;
			placed.pop();
		}
		return false;
	};
	if (search(0)) return { placed: [...placed], dropped: [] };

	// No room for them all: each label in turn takes its best place, or is dropped.
	placed.length = 0;
	const dropped: string[] = [];
	for (const req of order) {
		const best = places(req, room).next();
		if (best.done) dropped.push(req.id);
		else placed.push(best.value);
	}
	return { placed, dropped };
}

/** The box a leader line covers (1 unit wide). */
const leaderBox = ({ x, y1, y2 }: NonNullable<PlacedLabel['leader']>): Box => ({
	x: x - 0.5,
	y: Math.min(y1, y2),
	w: 1,
	h: Math.abs(y2 - y1)
});
