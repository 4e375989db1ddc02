/** The marks' drawn sizes, read by the layout code and by the component that draws them. Plain
 * constants with no imports, so the browser gets them without the data schema. */
export const MARK = {
	/** Radius of a day's dot, and of one in focus. */
	dot: 4.5,
	focusDot: 6,
	/** Half the side of a deadline's square, drawn turned 45°. */
	diamond: 5,
	/** Half the height of a month's bar. */
	bar: 6,
	/** Radius of a pointer target where its neighbours leave room (22 px across). */
	hit: 11
};
