import type {
  Addition,
  CanvasSection,
  ConversationOrigin,
  GroupSummary,
  MeetingResults,
  Phase,
  Role,
  Theme,
  ThemeResult,
} from '../../shared/model.js';
import { canvasDocName, conversationDocName, readNotes } from '../../shared/docs.js';
import { conversationEntriesOf, readResidents } from '../../shared/conversation-doc.js';
import type { Store, StoredSubgroup } from '../store/store.js';
import { mustGetMeeting } from './meeting-lookup.js';
import type { DocReader } from './ports.js';
import { DomainError } from '../domain/errors.js';
import { isPublic } from '../domain/themes.js';
import type { FlagFinder } from '../domain/themes.js';
import { redact } from '../domain/redact.js';

/** Phases in which the room (projector, phones) may see the results. */
const RESULTS_PHASES: readonly Phase[] = ['results', 'closed'];

/**
 * The facilitator may look at the results at any time (to check the report before showing it).
 * Everyone else sees them from the results phase on: before it they would show tallies the
 * facilitator has not revealed, and canvases of other tables, which only the Regie may read.
 */
export function mayReadResults(role: Role, phase: Phase): boolean {
  if (role === 'facilitator') return true;
  if (role === 'projector' || role === 'attendee') return RESULTS_PHASES.includes(phase);
  return false;
}

export interface ResultsService {
  /** The evening's results for `role`; FORBIDDEN when it may not see them yet. */
  get(meetingId: string, role: Role): Promise<MeetingResults>;
}

type WeightedText = { text: string; weight: number };

/** Heaviest first (most often mentioned), then in the order they came in. */
function byWeight(additions: Addition[]): WeightedText[] {
  return [...additions]
    .sort((a, b) => b.weight - a.weight || a.createdAt - b.createdAt)
    .map(({ text, weight }) => ({ text, weight }));
}

function emptySections(): Record<CanvasSection, string[]> {
  return { how: [], needs: [], helpers: [] };
}

/**
 * Everything the results phase and the report show, built from the store and the canvases:
 * counts of votes, hands and sign-ups, approved additions and the notes of each table. It
 * never reads a sign-up's name or contact details, only how many there are per theme. Notes
 * were written at a table without moderation ("Wie wil helpen? Kees, 06 …"), so what the
 * anonymiser finds in them is replaced before they reach the hall's screen or the report.
 */
export function createResultsService(deps: {
  store: Store;
  docs: DocReader;
  findFlags: FlagFinder;
}): ResultsService {
  const { store, docs, findFlags } = deps;

  async function summarise(group: StoredSubgroup): Promise<GroupSummary> {
    const sections = await docs.read(canvasDocName(group.meetingId, group.id), (doc) => {
      const perSection = emptySections();
      for (const note of readNotes(doc)) {
        const text = note.text.trim();
        if (text) perSection[note.section].push(redact(text, findFlags));
      }
      return perSection;
    });
    return {
      groupId: group.id,
      tableNumber: group.tableNumber,
      tableName: group.tableName,
      suffix: group.suffix,
      sections,
    };
  }

  async function themeResult(
    theme: Theme,
    additions: Addition[],
    groups: GroupSummary[],
    signups: Record<string, number>,
  ): Promise<ThemeResult> {
    return {
      themeId: theme.id,
      title: theme.title,
      description: theme.description,
      votes: await store.countVotes(theme.id),
      hands: { ...theme.hands },
      additions: byWeight(additions.filter((addition) => addition.themeId === theme.id)),
      groups,
      signupCount: signups[theme.id] ?? 0,
    };
  }

  /** Counts and group labels only: what was said stays with the kopgroep. */
  async function conversationOrigin(meetingId: string): Promise<ConversationOrigin | null> {
    const held: { group: string; residents: number }[] = [];
    for (const conversation of await store.listConversations(meetingId)) {
      const record = await docs.read(conversationDocName(meetingId, conversation.id), (doc) => ({
        residents: readResidents(doc),
        entries: conversationEntriesOf(doc).size,
      }));
      if (record.entries === 0 && record.residents === null) continue;
      held.push({ group: conversation.group, residents: record.residents ?? 0 });
    }
    if (held.length === 0) return null;
    return {
      count: held.length,
      residents: held.reduce((sum, one) => sum + one.residents, 0),
      groups: [...new Set(held.map((one) => one.group))],
    };
  }

  return {
    async get(meetingId, role) {
      const meeting = await mustGetMeeting(store, meetingId);
      if (!mayReadResults(role, meeting.phase)) {
        throw new DomainError('FORBIDDEN', 'The results are shown from the results phase on');
      }
      const themes = (await store.listThemes(meetingId)).filter(isPublic);
      const approved = (await store.listAdditions(meetingId)).filter(
        (addition) => addition.status === 'approved',
      );
      // A proposal the Regie has not confirmed has no canvases yet: no tables to report.
      const subgroups = (
        meeting.groupingState === 'confirmed' ? await store.listSubgroups(meetingId) : []
      ).sort((a, b) => a.tableNumber - b.tableNumber || a.suffix.localeCompare(b.suffix));
      const summaries = await Promise.all(subgroups.map(summarise));
      const tablesOf = (themeId: string) =>
        summaries.filter((_, index) => subgroups[index].themeId === themeId);
      const signups = await store.countSignups(meetingId);
      return {
        meetingName: meeting.name,
        date: meeting.date,
        place: meeting.place,
        attendeeCount: await store.countParticipants(meetingId),
        conversations: await conversationOrigin(meetingId),
        themes: await Promise.all(
          themes.map((theme) => themeResult(theme, approved, tablesOf(theme.id), signups)),
        ),
        // Additions about a theme that was hidden afterwards stay out, like the theme itself.
        otherAdditions: byWeight(approved.filter((addition) => addition.themeId === null)),
      };
    },
  };
}
