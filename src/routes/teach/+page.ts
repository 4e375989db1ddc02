// A page of text and links: no JavaScript needed.
export const csr = false;
