/** Three short stories of one local paper that all end with the same reporter bio, a line a CMS pastes in. */
export const BIO = 'Jane Moss covers local government for the Riverton Gazette and lives by the river.';

/** Paragraphs as a plain-text story, one blank line apart. */
export const story = (...paragraphs: string[]) => `${paragraphs.join('\n\n')}\n`;

export const LIBRARIES = story('Council closes two libraries', 'The city council voted on Tuesday to close two libraries in the north of the city.', BIO, 'Officials said the buildings would be sold next spring.');
export const ROADS = story('Road repairs delayed again', 'Repairs to the ring road will not start until March, the transport office said.', BIO, 'Drivers are advised to use the bypass.');
export const MARKET = story('Market hall reopens', 'The old market hall reopened on Saturday after a two-year restoration.', BIO);
