/** The timeline's lanes: one per actor, in the registry's order and words, stacked down the plot. */
import type { Actor } from '../../data/schema.ts';
import { round } from '../marks/types.ts';
import { ACTOR_LABELS } from '../registry.ts';
import type { TimelineGeometry } from './geometry.ts';

export const LANES: { actor: Actor; name: string }[] = (
	Object.entries(ACTOR_LABELS) as [Actor, string][]
).map(([actor, name]) => ({ actor, name }));

/** A lane's room above and below its line. */
export type Rooms = Map<Actor, { above: number; below: number }>;

/** The lanes stacked from `top`, each as tall as its room; and where the last one ends. */
export function stackLanes(
	rooms: Rooms,
	{ top, x0, wide }: { top: number; x0: number; wide: boolean }
): { lanes: TimelineGeometry['lanes']; bottom: number } {
	let y0 = top;
	const lanes = LANES.map((lane) => {
		const room = rooms.get(lane.actor)!;
		const y = y0 + room.above;
		const placed = {
			...lane,
			top: round(y0),
			y: round(y),
			nameX: wide ? x0 - 14 : x0,
			nameY: round(wide ? y + 4 : y0 + 11),
			nameAnchor: (wide ? 'end' : 'start') as 'start' | 'end'
		};
		y0 = y + room.below;
		return placed;
	});
	return { lanes, bottom: round(y0) };
}
