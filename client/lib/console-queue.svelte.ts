import type { Addition } from '../../shared/model.js';
import type { AdditionModeratePayload } from '../../shared/protocol.js';
import type { ConsoleState } from './console-state.svelte.js';
import { nextPending, queueGroups } from './console-helpers.js';
import type { QueueKey } from './console-helpers.js';

export type QueueAction =
  'approve' | 'edit' | 'reject' | 'reopen' | 'merge' | 'mergeinto' | 'promote' | 'cancel';
export type ItemMode = 'idle' | 'edit' | 'promote' | 'merge-source' | 'merge-target';

/** How long a rejected or merged addition can be brought back with "Ongedaan maken". */
export const UNDO_MS = 30_000;

/** The last decision that took an addition out of the queue, while it can still be undone. */
export interface Undoable {
  id: string;
  action: 'reject' | 'merge';
  text: string;
}

/**
 * The moderation queue as the facilitator works through it: which addition is selected, what
 * is being done to it (editing, promoting, merging), and the decisions sent to the server.
 * After a decision the selection moves on to the next pending addition, so a run of
 * `a`, `a`, `r` needs no mouse.
 */
export class ModerationQueue {
  private readonly state: ConsoleState;
  /** Moves keyboard focus to an item once it is selected by keyboard or by a decision. */
  private readonly focus: (id: string) => void;

  mode = $state<{ kind: 'edit' | 'promote' | 'merge'; id: string } | null>(null);
  busy = $state(false);
  /**
   * A reject or merge takes a resident's words off the list in one key press; for a while
   * afterwards it can be put back, so a slip of the finger never loses anything (WCAG 2.1.4).
   */
  undoable = $state<Undoable | null>(null);
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** A rejection or merge on its way to the server: "u" pressed meanwhile undoes it on arrival. */
  private deciding: AdditionModeratePayload | null = null;
  private undoWanted = false;

  readonly all: Addition[] = $derived.by(() => Object.values(this.state.additions));
  readonly groups = $derived.by(() =>
    queueGroups(this.all, this.state.themes, this.state.showHandled),
  );
  readonly flat: Addition[] = $derived(this.groups.flatMap((group) => group.items));
  readonly selectedId: string | null = $derived.by(() => {
    const chosen = this.state.selectedAdditionId;
    if (this.flat.some((a) => a.id === chosen)) return chosen;
    return (this.flat.find((a) => a.status === 'pending') ?? this.flat[0])?.id ?? null;
  });
  readonly mergeSource: Addition | null = $derived.by(() =>
    this.mode?.kind === 'merge' ? (this.state.additions[this.mode.id] ?? null) : null,
  );

  constructor(state: ConsoleState, focus: (id: string) => void) {
    this.state = state;
    this.focus = focus;
  }

  select(id: string, focus = false): void {
    this.state.selectedAdditionId = id;
    if (focus) this.focus(id);
  }

  move(step: 1 | -1): void {
    const at = this.flat.findIndex((a) => a.id === this.selectedId);
    const next = this.flat[Math.min(this.flat.length - 1, Math.max(0, at + step))];
    if (next) this.select(next.id, true);
  }

  modeOf(addition: Addition): ItemMode {
    const mode = this.mode;
    if (!mode) return 'idle';
    if (mode.id === addition.id) return mode.kind === 'merge' ? 'merge-source' : mode.kind;
    const target = addition.status === 'pending' || addition.status === 'approved';
    return mode.kind === 'merge' && target ? 'merge-target' : 'idle';
  }

  /** Sends a decision; `advanceFrom` moves the selection on to the next pending addition. */
  async moderate(command: AdditionModeratePayload, advanceFrom: string | null): Promise<void> {
    const next = advanceFrom ? nextPending(this.flat, advanceFrom) : null;
    // The pick as it was (not the derived selectedId, which jumps once the handled item leaves
    // the pending list): moving on only when nobody picked another item meanwhile.
    const picked = this.state.selectedAdditionId;
    this.busy = true;
    this.deciding = command;
    const outcome = await this.state.moderate(command);
    this.busy = false;
    this.deciding = null;
    const undoWanted = this.undoWanted;
    this.undoWanted = false;
    if (!outcome.ok) return;
    this.mode = null;
    this.offerUndo(command);
    // The item may leave the list (the broadcast) before the answer arrives; a quick "u" then
    // still means this decision.
    if (undoWanted && this.undoable?.id === command.id) {
      await this.undo();
      return;
    }
    const stayed = this.state.selectedAdditionId === picked;
    if (advanceFrom && stayed && next) this.select(next, true);
    // Nothing left to move on to: focus stays on the item just decided (or the list, when
    // the item left it), never on the page body.
    else if (advanceFrom) this.focus(advanceFrom);
  }

  private offerUndo(command: AdditionModeratePayload): void {
    if (command.action === 'reopen' && this.undoable?.id === command.id) this.clearUndo();
    if (command.action !== 'reject' && command.action !== 'merge') return;
    const text = this.state.additions[command.id]?.text ?? '';
    this.undoable = { id: command.id, action: command.action, text };
    clearTimeout(this.undoTimer);
    this.undoTimer = setTimeout(() => this.clearUndo(), UNDO_MS);
  }

  private clearUndo(): void {
    clearTimeout(this.undoTimer);
    this.undoable = null;
  }

  /** Puts the last rejected or merged addition back in the queue as new, and selects it. */
  async undo(): Promise<boolean> {
    const last = this.undoable;
    if (!last || this.busy) return false;
    this.busy = true;
    const outcome = await this.state.moderate({ action: 'reopen', id: last.id });
    this.busy = false;
    if (!outcome.ok) return false;
    this.clearUndo();
    this.select(last.id, true);
    return true;
  }

  act(action: QueueAction, addition: Addition): void {
    const id = addition.id;
    const mode = this.mode;
    if (action === 'approve' && addition.flags.length === 0) {
      void this.moderate({ action: 'approve', id }, id);
    } else if (action === 'approve' || action === 'edit') this.mode = { kind: 'edit', id };
    else if (action === 'reject' || action === 'reopen') void this.moderate({ action, id }, id);
    else if (action === 'merge' || action === 'promote') this.mode = { kind: action, id };
    else if (action === 'mergeinto' && mode?.kind === 'merge') {
      void this.moderate({ action: 'merge', id: mode.id, intoId: id }, null);
    } else this.mode = null;
  }

  /** Makes a new (unpublished) theme from an addition; resolves with its title when done. */
  async promote(addition: Addition, title: string): Promise<string | null> {
    this.busy = true;
    const outcome = await this.state.promote(addition.id, title);
    this.busy = false;
    if (!outcome.ok) return null;
    this.mode = null;
    return outcome.data.title;
  }

  /** Handles a shortcut; false when it means nothing now (the key then keeps its usual effect). */
  handleKey(key: QueueKey | null): boolean {
    const current = this.flat.find((a) => a.id === this.selectedId);
    const typing = this.mode?.kind === 'edit' || this.mode?.kind === 'promote';
    if (key === 'undo') {
      const onItsWay = this.deciding?.action === 'reject' || this.deciding?.action === 'merge';
      if (onItsWay && !typing) this.undoWanted = true;
      else if (!this.undoable || this.busy || typing) return false;
      else void this.undo();
    } else if (key === 'stop') {
      if (!this.mode) return false;
      this.mode = null;
    } else if (key === 'next' || key === 'previous') this.move(key === 'next' ? 1 : -1);
    else if (!key || !current || this.busy || typing) return false;
    else if (this.mode?.kind === 'merge') {
      if (key !== 'confirm' && key !== 'merge') return false;
      if (this.modeOf(current) !== 'merge-target') return false;
      this.act('mergeinto', current);
    } else if (key === 'confirm') return false;
    else if (current.status === 'pending' || key === 'promote') this.act(key, current);
    else return false;
    return true;
  }
}
