import { getContext, setContext } from 'svelte';
import type {
  Addition,
  FieldFlag,
  RecognitionAnswer,
  StaffTheme,
  Tally,
} from '../../shared/model.js';
import { isPublic } from './console-helpers.js';
import type { AdditionModeratePayload, ThemeInput } from '../../shared/protocol.js';
import { PageFeedback } from './feedback.svelte.js';
import type { Failure } from './feedback.svelte.js';
import type { MeetingSession } from './meeting-session.svelte.js';

export type ConsoleTab =
  | 'evening'
  | 'themes'
  | 'additions'
  | 'tablehosts'
  | 'signups'
  | 'coregroup'
  | 'conversations'
  | 'analysis';
export type { Failure, Outcome } from './feedback.svelte.js';
export interface TableHost {
  id: string;
  label: string;
}
export interface CreatedTableHost extends TableHost {
  token: string;
}
/** A quote being typed; `key` keeps the input stable while quotes are added and removed. */
export interface QuoteDraft {
  key: number;
  id?: string;
  text: string;
}
/** The theme form's content; `themeId` is null for a new theme. Kept here to survive tab changes. */
export interface ThemeDraft {
  themeId: string | null;
  title: string;
  description: string;
  quotes: QuoteDraft[];
}

const KEY = Symbol('console');

/**
 * What the Regie knows beyond the meeting itself: themes with their anonymiser flags, tallies,
 * the moderation queue and table hosts. Lists are read again after every reconnect and kept
 * current from the server's broadcasts, so an action never needs a full reload.
 */
export class ConsoleState extends PageFeedback {
  themes = $state.raw<StaffTheme[]>([]);
  tallies = $state.raw<Record<string, Tally>>({});
  additions = $state.raw<Record<string, Addition>>({});
  tableHosts = $state.raw<TableHost[]>([]);
  /** Table-host links made in this browser; the token is never shown again after a reload. */
  createdHosts = $state.raw<CreatedTableHost[]>([]);

  tab = $state<ConsoleTab>('evening');
  selectedThemeId = $state<string | null>(null);
  draft = $state<ThemeDraft | null>(null);
  showHandled = $state(false);
  selectedAdditionId = $state<string | null>(null);

  readonly publicThemes = $derived(this.themes.filter(isPublic));
  readonly flaggedThemes = $derived(this.themes.filter((theme) => theme.flags.length > 0).length);
  readonly pendingAdditions = $derived(
    Object.values(this.additions).filter((addition) => addition.status === 'pending').length,
  );

  private readonly session: MeetingSession;
  private readonly stops: (() => void)[];

  constructor(session: MeetingSession) {
    super();
    this.session = session;
    this.stops = [
      session.on('themes:staff-changed', ({ themes }) => (this.themes = byPosition(themes))),
      session.on('tally:changed', ({ tally }) => this.setTally(tally)),
      session.on('addition:changed', ({ addition }) => this.upsertAddition(addition)),
      session.onSynced(() => void this.refresh()),
    ];
  }

  get focusThemeId(): string | null {
    return this.session.meeting?.focusThemeId ?? null;
  }

  /** The theme open in the Themes tab: the one picked, else the first. */
  get shownTheme(): StaffTheme | null {
    return this.theme(this.selectedThemeId) ?? this.themes[0] ?? null;
  }

  theme(id: string | null): StaffTheme | null {
    return this.themes.find((theme) => theme.id === id) ?? null;
  }

  override destroy(): void {
    for (const stop of this.stops) stop();
    super.destroy();
  }

  async refresh(): Promise<void> {
    const request = this.session.request.bind(this.session);
    await Promise.all([
      // A facilitator's connection always gets staff themes, with flags.
      this.run(
        async () => (this.themes = byPosition((await request('themes:list', {})) as StaffTheme[])),
      ),
      this.run(
        async () =>
          (this.tallies = keyed((await request('tally:list', {})).map((t) => [t.themeId, t]))),
      ),
      this.run(
        async () =>
          (this.additions = keyed((await request('addition:list', {})).map((a) => [a.id, a]))),
      ),
      this.run(async () => (this.tableHosts = await request('tablehost:list', {}))),
    ]);
  }

  // ---------- themes ----------

  createTheme(input: ThemeInput) {
    return this.changeTheme(() => this.session.request('theme:create', input));
  }

  updateTheme(themeId: string, theme: ThemeInput, force = false) {
    return this.changeTheme(
      () => this.session.request('theme:update', { themeId, theme, force }),
      ['UNRESOLVED_FLAGS'],
    );
  }

  publish(themeId: string, published: boolean, force = false) {
    return this.changeTheme(
      () => this.session.request('theme:publish', { themeId, published, force }),
      ['UNRESOLVED_FLAGS'],
    );
  }

  hide(themeId: string, hidden: boolean) {
    return this.changeTheme(() => this.session.request('theme:hide', { themeId, hidden }));
  }

  deleteTheme(themeId: string) {
    return this.run(async () => {
      await this.session.request('theme:delete', { themeId });
      this.themes = this.themes.filter((theme) => theme.id !== themeId);
      if (this.selectedThemeId === themeId) this.selectedThemeId = null;
    });
  }

  /** Moves a theme one place up (-1) or down (+1). */
  move(themeId: string, delta: -1 | 1) {
    const ids = this.themes.map((theme) => theme.id);
    const from = ids.indexOf(themeId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ids.length) return Promise.resolve(null);
    [ids[from], ids[to]] = [ids[to], ids[from]];
    return this.run(
      async () =>
        (this.themes = byPosition(await this.session.request('theme:reorder', { themeIds: ids }))),
    );
  }

  importThemes(format: 'markdown' | 'csv', text: string) {
    return this.run(() => this.session.request('theme:import', { format, text }));
  }

  dismissFlag(themeId: string, flag: FieldFlag) {
    return this.changeTheme(() =>
      this.session.request('flag:dismiss', { themeId, class: flag.class, text: flag.text }),
    );
  }

  // ---------- presenting and recognition ----------

  focus(themeId: string | null) {
    return this.run(async () => {
      await this.session.request('focus:set', { themeId });
      // The broadcast follows; updating now keeps "next" quick when pressed twice.
      if (this.session.meeting)
        this.session.meeting = { ...this.session.meeting, focusThemeId: themeId };
    });
  }

  control(themeId: string, change: { open?: boolean; revealed?: boolean }) {
    return this.changeTheme(() =>
      this.session.request('recognition:control', { themeId, ...change }),
    );
  }

  setHands(themeId: string, hands: Record<RecognitionAnswer, number>) {
    return this.run(async () =>
      this.setTally(await this.session.request('hands:set', { themeId, hands })),
    );
  }

  // ---------- additions ----------

  moderate(command: AdditionModeratePayload) {
    return this.run(async () =>
      this.upsertAddition(await this.session.request('addition:moderate', command)),
    );
  }

  promote(id: string, title: string) {
    return this.changeTheme(() => this.session.request('addition:promote', { id, title }));
  }

  // ---------- table hosts ----------

  createTableHost(label: string) {
    return this.run(async () => {
      const host = await this.session.request('tablehost:create', { label });
      this.createdHosts = [host, ...this.createdHosts];
      this.tableHosts = [
        ...this.tableHosts.filter((h) => h.id !== host.id),
        { id: host.id, label: host.label },
      ];
      return host;
    });
  }

  /** Runs a command that answers with the changed theme, and shows that theme. */
  private changeTheme(send: () => Promise<StaffTheme>, handled?: Failure[]) {
    return this.run(async () => this.upsertTheme(await send()), handled);
  }

  private upsertTheme(theme: StaffTheme): StaffTheme {
    this.themes = byPosition([...this.themes.filter((t) => t.id !== theme.id), theme]);
    return theme;
  }

  private upsertAddition(addition: Addition): Addition {
    this.additions = { ...this.additions, [addition.id]: addition };
    return addition;
  }

  private setTally(tally: Tally): Tally {
    this.tallies = { ...this.tallies, [tally.themeId]: tally };
    return tally;
  }
}

export function provideConsole(state: ConsoleState): ConsoleState {
  return setContext(KEY, state);
}

export function useConsole(): ConsoleState {
  return getContext<ConsoleState>(KEY);
}

// ---------- helpers ----------

function byPosition(themes: StaffTheme[]): StaffTheme[] {
  return [...themes].sort((a, b) => a.position - b.position);
}

function keyed<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries(entries);
}
