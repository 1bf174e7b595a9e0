import type { GroupMember, GroupingView, Subgroup } from '../../shared/model.js';
import type { Messages } from '../../shared/i18n/index.js';
import type { ConsoleState } from './console-state.svelte.js';
import type { MeetingSession } from './meeting-session.svelte.js';
import { SyncedState } from './synced-state.svelte.js';

/** The method's table size; the facilitator may change it before proposing. */
export const DEFAULT_MIN_SIZE = 4;
export const DEFAULT_MAX_SIZE = 7;

/** Arrivals within this time are read in one go. */
const JOIN_REFRESH_MS = 500;

const EMPTY: GroupingView = {
  state: 'none',
  groups: [],
  dropped: [],
  firstChoiceShare: 0,
  unplaced: [],
};

/**
 * The Regie's grouping after the break: the proposal or the confirmed groups, and the person
 * picked to move. Read again after every reconnect and kept current from `groups:changed`, so a
 * late arrival the server placed shows up without a reload. Requests go through the console's
 * `run`, which shows a failure in the error banner.
 */
export class GroupingState extends SyncedState {
  view = $state.raw<GroupingView>(EMPTY);
  minSize = $state(DEFAULT_MIN_SIZE);
  maxSize = $state(DEFAULT_MAX_SIZE);
  /** The participant picked to move; the next table chosen receives them. */
  selectedId = $state<string | null>(null);
  busy = $state(false);

  readonly selected = $derived(this.findMember(this.selectedId));
  readonly placedCount = $derived(
    this.view.groups.reduce((sum, group) => sum + group.members.length, 0),
  );

  private joinTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly session: MeetingSession,
    private readonly consoleState: ConsoleState,
  ) {
    super();
    this.stopOnDestroy(() => clearTimeout(this.joinTimer));
    this.follow(
      session,
      session.on('groups:changed', ({ view }) => this.show(view)),
      session.on('attendees:counted', () => this.someoneJoined()),
    );
  }

  group(id: string): Subgroup | null {
    return this.view.groups.find((group) => group.id === id) ?? null;
  }

  /**
   * A new seed each time "opnieuw voorstellen" is pressed, so ties fall differently. `reopen`
   * proposes again after confirming: phones lose their table until the next confirm.
   */
  propose(reshuffle: boolean, reopen = false) {
    const seed = reshuffle ? Math.floor(Math.random() * 2 ** 31) : undefined;
    return this.send(() =>
      this.session.request('groups:propose', {
        minSize: this.minSize,
        maxSize: this.maxSize,
        ...(seed === undefined ? {} : { seed }),
        ...(reopen ? { reopen } : {}),
      }),
    );
  }

  moveSelected(groupId: string) {
    const participantId = this.selectedId;
    if (!participantId) return Promise.resolve(false);
    return this.send(() => this.session.request('group:move', { participantId, groupId }));
  }

  rename(groupId: string, tableNumber: number, tableName: string) {
    return this.send(() =>
      this.session.request('group:rename', { groupId, tableNumber, tableName }),
    );
  }

  merge(groupId: string, intoGroupId: string) {
    return this.send(() => this.session.request('group:merge', { groupId, intoGroupId }));
  }

  confirm() {
    return this.send(() => this.session.request('groups:confirm', {}));
  }

  /**
   * Someone who joins after the proposal is not broadcast as a grouping change, yet belongs under
   * "Nog zonder tafel"; read the grouping again, once for a burst of arrivals.
   */
  private someoneJoined(): void {
    if (this.view.state === 'none') return;
    clearTimeout(this.joinTimer);
    this.joinTimer = setTimeout(() => void this.refresh(), JOIN_REFRESH_MS);
  }

  protected async read(): Promise<void> {
    this.show(await this.session.request('groups:get', {}));
  }

  /** Runs a grouping request; true when it succeeded. */
  private async send(request: () => Promise<GroupingView>): Promise<boolean> {
    this.busy = true;
    const outcome = await this.consoleState.run(request);
    this.busy = false;
    if (outcome.ok) this.show(outcome.data);
    return outcome.ok;
  }

  private show(view: GroupingView): void {
    this.view = view;
    // A person who left (or was merged away with their table) cannot stay picked.
    if (!this.findMember(this.selectedId)) this.selectedId = null;
  }

  private findMember(id: string | null): GroupMember | null {
    if (!id) return null;
    for (const member of [...this.view.groups.flatMap((g) => g.members), ...this.view.unplaced]) {
      if (member.participantId === id) return member;
    }
    return null;
  }
}

// ---------- labels ----------

/** "deelnemer 17", or the first name the person chose to show at their table. */
export function memberLabel(m: Messages, member: Pick<GroupMember, 'number' | 'displayName'>) {
  return member.displayName || m.groups.participant(member.number);
}

/** "Tafel 3" */
export function tableLabel(m: Messages, group: Pick<Subgroup, 'tableNumber'>): string {
  return m.groups.tableLabel(group.tableNumber);
}

/** "Groen A": the theme's title with the table's letter, or "Vrij gesprek" without a theme. */
export function themeLabel(
  m: Messages,
  group: Pick<Subgroup, 'themeId' | 'suffix'>,
  titles: ReadonlyMap<string, string>,
): string {
  const title = group.themeId ? (titles.get(group.themeId) ?? '') : m.groups.noTheme;
  return group.suffix ? `${title} ${group.suffix}` : title;
}

/** "Verkeer en Zorg": titles joined the way a sentence lists them. */
export function listTitles(m: Messages, titles: string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} ${m.groups.and} ${titles[titles.length - 1]}`;
}
