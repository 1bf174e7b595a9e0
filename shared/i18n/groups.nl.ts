/**
 * Dutch texts for the Regie after the break: proposing, adjusting and confirming the groups, the overview of the tables and the message to the room.
 * Plain language (B1), "u". The English catalogue has the same keys (checked by groups.en.ts).
 */
export const groupsNl = {};
