// Words never proposed as rule terms: English function words and the boilerplate of paper
// abstracts ("we propose a novel method…"), which say nothing about a topic.
const WORDS = `
a about above after again against all also although am among an and another any are around as at be because been
before being below between both but by can cannot could did do does doing done down due during each either else
even ever every few for from further get gets got had has have having he her here hers him his how however i if in
into is it its itself just less let like may me might more most much must my neither no nor not now of off often
on once one only onto or other others otherwise our ours out over own per rather same several she should since so
some such than that the their theirs them then there these they this those though through thus to together too
toward towards under until up upon us use used uses using very via was we well were what whatever when where
whereas whether which while who whom whose why will with within without would yet you your yours
abstract achieve achieves achieving address addresses across additionally approach approaches available based best
better bring broad called case cases challenge challenges challenging comprehensive consider considerable
consistently critical current currently demonstrate demonstrates demonstrated design designed despite develop
developed different directly effective effectively efficient enable enables enhance enhanced enhancing especially
establish evaluate evaluated evaluation evaluations existing experiment experiments experimental extensive
extensively face finally find findings first focus following framework furthermore general generally given github
good great help high higher highly however huggingface identify important improve improved improvement improvements
improves improving include includes including increasing instead introduce introduces introducing issue issues key
known large largely lead leading leads leverage leverages leveraging limited literature made main make makes making
many method methods more moreover new novel number numerous observe obtain offer offers often open paper papers
particular particularly performance perform performs play possible potential present presents previous prior
problem problems promising propose proposed proposes provide provided provides publicly range recent recently reduce
related release released remain remains report research result results reveal reveals robust second series set
several show shown shows significant significantly simple since small specific specifically state still strong
studies study substantial substantially success successful suggest superior support surpasses task tasks technique
techniques therefore third three towards two typically understanding various way ways whole widely work works
accuracy base curated gap high-quality mechanism paradigm trained traditional
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
