/** The timeline's spacing, in the drawing's units (px at its layout width). */

/** Event labels' type size. */
export const LABEL = 12;
/** A row of labels. */
export const ROW = 15;
/** Between two labels side by side in a row: half an em, so each reads as its own. */
export const LABEL_GAP = 6;
/** Half the height kept clear for a mark on its line; a lane also keeps two label rows each side. */
export const GAP = 7;
/** Between marks dodged apart: room for their outlines. */
export const PAD = 2;
/** Under the last lane: the axis, its ticks and their labels. */
export const AXIS = 28;
export const TOP = 6;
export const TICK_SIZE = 11;

/** The plot's left and right ends: room for the lane names on the left when wide. */
export const plotX = (width: number) => ({ x0: width >= 500 ? 104 : 10, x1: width - 14 });
