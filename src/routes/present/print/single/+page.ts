// The handout is for paper: no JavaScript, every chart prerendered as vector SVG.
export const csr = false;
