import * as Y from 'yjs';
import type { DocRules } from './doc-rules.js';
import { valueDepth } from './doc-rules.js';
import { LIMITS } from '../../shared/limits.js';

/** Why a client's update was refused; it is refused whole. */
export class RejectedUpdate extends Error {
  constructor(
    reason: string,
    /** False when the bytes could not be read as an update at all. */
    readonly readable = true,
  ) {
    super(reason);
  }

  /** Refused only because it builds on changes the document does not have (yet). */
  get missesDependencies(): boolean {
    return this.message === MISSING_DEPENDENCIES;
  }
}

const MISSING_DEPENDENCIES = 'update depends on changes the server does not have';

const UNREADABLE = 'unreadable update';

/**
 * Checks a client's update before it touches the shared document. Yjs cannot check an update
 * without applying it (an item's parent is often known only through its neighbours), and it
 * cannot undo one, so the gate keeps a twin of the document: the update is applied to the twin
 * first, and every item it added is judged against the document kind's rules. Only an update
 * the twin took whole and clean is then applied to the real document, where it behaves the
 * same way, since both hold the same state. A refused update leaves the twin rebuilt from the
 * real document, so nothing of it remains anywhere.
 */
export class UpdateGate {
  private twin: Y.Doc;
  /** Estimate of the document's encoded size: exact after a rebuild, then grown per update. */
  private bytes: number;
  /** Set while the gate applies a checked update to the real document itself. */
  private passing = false;
  private readonly follow = (update: Uint8Array) => {
    // Changes the server makes (approved additions, seeds, redaction) reach the twin too.
    if (!this.passing) Y.applyUpdate(this.twin, update);
  };

  constructor(
    private readonly doc: Y.Doc,
    private readonly rules: DocRules,
  ) {
    this.twin = this.copy();
    this.bytes = Y.encodeStateAsUpdate(this.twin).byteLength;
    doc.on('update', this.follow);
  }

  /**
   * Applies `update` to the document with `origin` if it keeps the rules; throws RejectedUpdate
   * (and changes nothing) if not. `author`: the writer's participant number, null if none.
   */
  apply(update: Uint8Array, origin: unknown, author: number | null = null): void {
    let reason: string | null;
    try {
      reason = this.check(update, author);
    } catch (error) {
      // A check that fails is a refusal too: the twin holds the update now and must not keep it,
      // or a resend of the same changes would find nothing new to judge and pass.
      reason = `could not check the update: ${String(error)}`;
    }
    if (reason !== null) {
      this.twin.destroy();
      this.twin = this.copy();
      throw new RejectedUpdate(reason, !reason.startsWith(UNREADABLE));
    }
    this.passing = true;
    try {
      Y.applyUpdate(this.doc, update, origin);
    } finally {
      this.passing = false;
    }
  }

  destroy(): void {
    this.doc.off('update', this.follow);
    this.twin.destroy();
  }

  private copy(): Y.Doc {
    const twin = new Y.Doc({ gc: this.doc.gc });
    this.rules.prepare(twin);
    Y.applyUpdate(twin, Y.encodeStateAsUpdate(this.doc));
    return twin;
  }

  /** Applies the update to the twin and returns why it breaks a rule, or null. */
  private check(update: Uint8Array, author: number | null): string | null {
    let before: Map<number, number> = new Map();
    const capture = (transaction: Y.Transaction) => (before = transaction.beforeState);
    this.twin.on('beforeTransaction', capture);
    try {
      Y.applyUpdate(this.twin, update);
    } catch (error) {
      return `${UNREADABLE}: ${String(error)}`;
    } finally {
      this.twin.off('beforeTransaction', capture);
    }
    const store = this.twin.store;
    // A gap would wait in memory for changes that may never come, and be stored and sent on.
    if (store.pendingStructs !== null || store.pendingDs !== null) {
      return MISSING_DEPENDENCIES;
    }
    const broken = this.checkNewItems(before, author) ?? this.rules.checkCounts(this.twin);
    if (broken !== null) return broken;
    this.bytes += update.byteLength;
    if (this.bytes > this.rules.maxBytes) {
      // The estimate also counts what was since deleted; only the real size may refuse.
      this.bytes = Y.encodeStateAsUpdate(this.twin).byteLength;
      if (this.bytes > this.rules.maxBytes) return 'document too large';
    }
    return null;
  }

  /** Judges every item the twin gained since `before` (a state vector). */
  private checkNewItems(before: Map<number, number>, author: number | null): string | null {
    for (const [client, structs] of this.twin.store.clients) {
      const from = before.get(client) ?? 0;
      const last = structs[structs.length - 1];
      if (last.id.clock + last.length <= from) continue;
      // Merged structs may start before `from`: old content is judged again, which is harmless.
      for (let i = from === 0 ? 0 : Y.findIndexSS(structs, from); i < structs.length; i++) {
        const struct = structs[i];
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const broken = this.checkItem(struct, author);
        if (broken !== null) return broken;
      }
    }
    return null;
  }

  private checkItem(item: Y.Item, author: number | null): string | null {
    const content = item.content;
    if (
      !(content instanceof Y.ContentAny) &&
      !(content instanceof Y.ContentString) &&
      !(content instanceof Y.ContentType) &&
      !(content instanceof Y.ContentFormat)
    ) {
      return 'content kind not allowed';
    }
    if (content instanceof Y.ContentAny) {
      for (const value of content.arr) {
        if (valueDepth(value) > LIMITS.valueNestingDepth) return 'value nested too deep';
      }
    }
    // Walk up to the root, but never further than the rules allow: a hostile chain may be long.
    let depth = 0;
    let type = item.parent;
    while (type instanceof Y.AbstractType && type._item !== null) {
      if (++depth > this.rules.maxDepth) return 'nested too deep';
      type = type._item.parent;
    }
    if (!(type instanceof Y.AbstractType)) return 'item without a parent';
    const root = Y.findRootTypeKey(type);
    if (!this.rules.roots.has(root)) return `top-level ${root} not allowed`;
    return this.rules.checkItem(item, root, depth, author);
  }
}
