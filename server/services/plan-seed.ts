import { canvasDocName, readNotes } from '../../shared/docs.js';
import type { Meeting } from '../../shared/model.js';
import type { PlanSeed } from '../../shared/plan-template.js';
import type { Store } from '../store/store.js';
import type { DocReader } from './ports.js';
import type { FlagFinder } from '../domain/themes.js';
import { redact } from '../domain/redact.js';

/**
 * What the tables of one theme wrote on their canvases, per question, for the first version of
 * the werkgroep's plan. Notes were written without moderation ("Kees, 06 …"), so they pass the
 * same redaction as in the results before they enter a document others read.
 */
export async function planSeedFor(
  deps: { store: Store; reader: DocReader; findFlags: FlagFinder },
  meeting: Meeting,
  themeId: string,
): Promise<PlanSeed> {
  const seed: PlanSeed = { meetingDate: meeting.date, how: [], needs: [], helpers: [] };
  // A proposal the Regie never confirmed has no canvases: nothing to carry over.
  if (meeting.groupingState !== 'confirmed') return seed;
  const tables = (await deps.store.listSubgroups(meeting.id))
    .filter((group) => group.themeId === themeId)
    .sort((a, b) => a.tableNumber - b.tableNumber || a.suffix.localeCompare(b.suffix));
  for (const table of tables) {
    const notes = await deps.reader.read(canvasDocName(meeting.id, table.id), readNotes);
    for (const note of notes) {
      const text = note.text.trim();
      if (text) seed[note.section].push(redact(text, deps.findFlags));
    }
  }
  return seed;
}
