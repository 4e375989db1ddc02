/**
 * Marks that share a lane, moved off its line just enough that none hides another: Observable
 * Plot's dodgeY transform. Marks are placed one at a time in the order given; each takes the line
 * when it is free, else the free offset nearest to it (with anchor "top", the nearest below it),
 * found among the offsets at which it just touches a mark already placed. As in Plot, round marks
 * nestle against each other (a beeswarm); a lane also holds month bars, which dodge as boxes.
 * Pure: extents in, offsets out.
 */

/** A mark centred on the line before dodging: a circle of radius `h`, or a box `h` high each side. */
export interface DodgeMark {
	x0: number;
	x1: number;
	h: number;
	round: boolean;
}

/** How far apart two marks' centres must be vertically, `dx` apart horizontally (0: no need). */
export function separation(a: DodgeMark, b: DodgeMark, padding: number): number {
	const reach = a.h + b.h + padding;
	if (a.round && b.round) {
		const dx = (a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2;
		return Math.abs(dx) < reach ? Math.sqrt(reach * reach - dx * dx) : 0;
	}
	return a.x0 < b.x1 + padding && b.x0 < a.x1 + padding ? reach : 0;
}

/** Each mark's offset from the line (SVG y: positive is below), in the order given. */
export function dodge(
	marks: DodgeMark[],
	padding: number,
	anchor: 'middle' | 'top' = 'middle'
): number[] {
	const offsets: number[] = [];
	marks.forEach((mark, i) => {
		// Marks already placed that this one would touch if they shared a height.
		const near = marks
			.slice(0, i)
			.map((m, j) => ({ y: offsets[j]!, gap: separation(mark, m, padding) }))
			.filter(({ gap }) => gap > 0);
		const candidates = [0, ...near.flatMap(({ y, gap }) => [y + gap, y - gap])].filter(
			(y) => anchor === 'middle' || y >= 0
		);
		// Nearest the line first (at equal distance, below first).
		candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
		const free = candidates.find((y) =>
			near.every(({ y: yb, gap }) => Math.abs(y - yb) >= gap - 1e-6)
		);
		// The furthest candidate below is always free.
		offsets.push(free ?? 0);
	});
	return offsets;
}

/**
 * How far each mark's pointer target may reach beyond it (at most `reach[i]`) so that no two
 * targets overlap: half the gap to the nearest other mark (between circles, along the line
 * joining their centres; otherwise between their boxes, along the axis where they are furthest
 * apart, so that boxes padded by half the gap can at most touch).
 */
export function clearance(marks: (DodgeMark & { y: number })[], reach: number[]): number[] {
	return marks.map((a, i) => {
		let room = reach[i]!;
		marks.forEach((b, j) => {
			if (i === j) return;
			let gap: number;
			if (a.round && b.round) {
				const dx = (a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2;
				gap = Math.hypot(dx, a.y - b.y) - a.h - b.h;
			} else {
				const dx = Math.max(b.x0 - a.x1, a.x0 - b.x1);
				const dy = Math.max(b.y - b.h - (a.y + a.h), a.y - a.h - (b.y + b.h));
				gap = Math.max(dx, dy);
			}
			room = Math.min(room, Math.max(0, gap / 2));
		});
		return room;
	});
}
