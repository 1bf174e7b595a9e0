import type {
  Conversation,
  ConversationForLeader,
  ConversationSummary,
} from '../../shared/model-conversations.js';
import { conversationDocName, parseDocName } from '../../shared/docs.js';
import { conversationEntriesOf, readResidents } from '../../shared/conversation-doc.js';
import { LIMITS } from '../../shared/limits.js';
import type { Store, StoredConversation } from '../store/store.js';
import type { DocReader } from './ports.js';
import type { Broadcaster } from './broadcast.js';
import { DomainError } from '../domain/errors.js';
import { hashToken, newId, newToken } from './tokens.js';
import { localSerialise } from './keyed-queue.js';
import type { Serialise } from './keyed-queue.js';
import { coalesce } from './coalesce.js';

/** What the kopgroep writes down when it plans a conversation (the payload's fields). */
export type ConversationPlan = Pick<
  Conversation,
  'group' | 'place' | 'date' | 'time' | 'leader' | 'question'
>;

/** A conversation with the token of its gespreksleider's new link; the token exists only here. */
export interface IssuedConversation {
  conversation: Conversation;
  token: string;
}

export interface ConversationService {
  /** The evening's conversations, each with what its document says so far. */
  list(meetingId: string): Promise<ConversationSummary[]>;
  create(meetingId: string, plan: ConversationPlan): Promise<Conversation>;
  update(meetingId: string, id: string, plan: ConversationPlan): Promise<Conversation>;
  /** A new link; the one made before stops working and its open connections close. */
  link(meetingId: string, id: string): Promise<IssuedConversation>;
  /** The link stops working, its open connections close; no new one is made. */
  revoke(meetingId: string, id: string): Promise<Conversation>;
  /** What the gespreksleider's screen shows above the record. */
  mine(conversationId: string): Promise<ConversationForLeader>;
  /** Whether the conversation exists in this meeting (the collab endpoint asks). */
  hasConversation(meetingId: string, conversationId: string): Promise<boolean>;
  /**
   * A loaded document changed: when it is a conversation's record, the evening's list (with its
   * counts) goes out again to the Regie and the kopgroep, at most once a second per evening.
   */
  docChanged(docName: string, change: 'doc' | 'connections'): void;
  close(): void;
}

/** How long entries being recorded wait before the list with their counts goes out. */
const RECORDED_COALESCE_MS = 1_000;

const withoutLink = ({
  tokenHash: _hidden,
  revokedAt: _revoked,
  ...conversation
}: StoredConversation): Conversation => conversation;

/**
 * Step 2 of the method: small-group conversations the kopgroep and the adviser plan for the
 * evening meeting (the traject's root), each recorded by its gespreksleider through a personal
 * link kept only as its hash. What is said lives in the conversation's document; the list reads
 * each document for its counts through the DocReader, without opening a room.
 */
export function createConversationService(deps: {
  store: Store;
  clock: () => number;
  broadcast: Broadcaster;
  reader: DocReader;
  /** Closes the open Socket.IO and collab connections made with one conversation's link. */
  closeSessions: (meetingId: string, conversationId: string) => void;
  serialise?: Serialise;
}): ConversationService {
  const { store, clock, broadcast, reader, closeSessions } = deps;
  const oneAtATime = (deps.serialise ?? localSerialise)('conversations');
  const recorded = coalesce(RECORDED_COALESCE_MS, (meetingId) => announce(meetingId));

  async function mustGet(meetingId: string, id: string): Promise<StoredConversation> {
    const conversation = await store.getConversation(id);
    // Another meeting's conversation is as unknown here as one that never existed.
    if (!conversation || conversation.meetingId !== meetingId) {
      throw new DomainError('NOT_FOUND', 'No such conversation');
    }
    return conversation;
  }

  async function summarise(conversation: StoredConversation): Promise<ConversationSummary> {
    const counts = await reader.read(
      conversationDocName(conversation.meetingId, conversation.id),
      (doc) => ({ residents: readResidents(doc), entries: conversationEntriesOf(doc).size }),
    );
    return { ...withoutLink(conversation), ...counts };
  }

  async function list(meetingId: string): Promise<ConversationSummary[]> {
    return Promise.all((await store.listConversations(meetingId)).map(summarise));
  }

  async function save(conversation: StoredConversation): Promise<Conversation> {
    if (!(await store.updateConversation(conversation))) {
      throw new DomainError('NOT_FOUND', 'No such conversation');
    }
    await announce(conversation.meetingId);
    return withoutLink(conversation);
  }

  async function announce(meetingId: string): Promise<void> {
    broadcast.conversationsChanged(meetingId, await list(meetingId));
  }

  return {
    list,

    create: (meetingId, plan) =>
      oneAtATime(meetingId, async () => {
        if ((await store.countConversations(meetingId)) >= LIMITS.conversationsPerMeeting) {
          throw new DomainError('LIMIT_REACHED', 'Too many conversations for this meeting');
        }
        const conversation: StoredConversation = {
          id: newId(),
          meetingId,
          ...plan,
          createdAt: clock(),
          linkIssuedAt: null,
          tokenHash: null,
          revokedAt: null,
        };
        await store.insertConversation(conversation);
        await announce(meetingId);
        return withoutLink(conversation);
      }),

    async update(meetingId, id, plan) {
      return save({ ...(await mustGet(meetingId, id)), ...plan });
    },

    async link(meetingId, id) {
      const token = newToken();
      const conversation = await save({
        ...(await mustGet(meetingId, id)),
        tokenHash: hashToken(token),
        linkIssuedAt: clock(),
        revokedAt: null,
      });
      // The old link's screens close; what they still hold goes through with the new link.
      closeSessions(meetingId, id);
      return { conversation, token };
    },

    async revoke(meetingId, id) {
      const current = await mustGet(meetingId, id);
      const conversation = await save({
        ...current,
        tokenHash: null,
        linkIssuedAt: null,
        revokedAt: current.tokenHash === null ? current.revokedAt : clock(),
      });
      closeSessions(meetingId, id);
      return conversation;
    },

    async mine(conversationId) {
      const conversation = await store.getConversation(conversationId);
      if (!conversation) throw new DomainError('NOT_FOUND', 'No conversation for this link');
      const meeting = await store.getMeeting(conversation.meetingId);
      return {
        id: conversation.id,
        meetingName: meeting?.name ?? '',
        group: conversation.group,
        place: conversation.place,
        date: conversation.date,
        time: conversation.time,
        question: conversation.question,
        docName: conversationDocName(conversation.meetingId, conversation.id),
      };
    },

    async hasConversation(meetingId, conversationId) {
      return (await store.getConversation(conversationId))?.meetingId === meetingId;
    },

    docChanged(docName, change) {
      if (change !== 'doc') return;
      const ref = parseDocName(docName);
      if (ref?.kind === 'conversation') recorded.schedule(ref.meetingId);
    },

    close: () => recorded.close(),
  };
}
