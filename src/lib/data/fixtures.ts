/** Small, valid data files for tests; each test breaks one thing. */
export const SOURCES = `id,publisher,title,url,date,kind
dhs-bod,US Department of Homeland Security,Binding Operational Directive 17-01,https://www.cisa.gov/bod-17-01,2017-09-13,primary
reuters-kremlin,Reuters,"U.S. action against Kaspersky is ""unfair competition"": Kremlin",https://www.reuters.com/x,2017-09,news
`;

export const TIMELINE = `id,date,precision,actor,type,title,label,description,sources,confidence,note
dhs-directive,2017-09-13,day,government,event,DHS orders Kaspersky products out,DHS directive,Agencies were told to find and remove them.,dhs-bod,high,
kremlin,2017-09-14,day,other,event,Kremlin: unfair competition,,Moscow called the move unfair.,reuters-kremlin;dhs-bod,high,
amazon,2017-10,month,retailer,event,Amazon keeps selling,,"Amazon kept listing the software, without comment.",reuters-kremlin,medium,Day not known
`;

export const REVENUE = `id,year,measure,segment,split,base,value,unit,qualifier,wording,sources,confidence,note
revenue-2016,2016,revenue,global,,,644,usd-million,exact,,dhs-bod,high,
share-a,2016,share,europe,regions-2016,global-revenue,36.5,percent,exact,,dhs-bod,medium,
share-b,2016,share,us-canada,regions-2016,global-revenue,24.3,percent,about,a fourth,dhs-bod,medium,
share-c,2016,share,rest-of-world,regions-2016,global-revenue,39.2,percent,derived,,dhs-bod,medium,100 minus the other two shares
gov,2016,revenue,us-government,,,54000,usd,under,"less than $54,000",dhs-bod,medium-high,
`;

export const FILES = { 'sources.csv': SOURCES, 'timeline.csv': TIMELINE, 'revenue.csv': REVENUE };

/** Replace the first occurrence of `from` in one file. */
export function broken(file: keyof typeof FILES, from: string, to: string) {
	const text = FILES[file];
	if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
	return { ...FILES, [file]: text.replace(from, to) };
}
