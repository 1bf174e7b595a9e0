import type { CoreGroupMember } from '../../shared/model.js';
import type { IssuedCoreGroupLink } from '../../shared/protocol.js';
import { StaffSyncedState } from './synced-state.svelte.js';

/**
 * The kopgroep as the Regie manages it: who was invited, whose link still works, and the links
 * made in this browser. The server keeps only a hash of each link, so a link is shown once,
 * right after it was made; after a reload only "Nieuwe link maken" gives one again.
 */
export class CoreGroupMembers extends StaffSyncedState {
  members = $state.raw<CoreGroupMember[]>([]);
  /** Links made in this browser, newest first; the person hides each once it is handed over. */
  issued = $state.raw<IssuedCoreGroupLink[]>([]);

  protected async read(): Promise<boolean> {
    const outcome = await this.feedback.run(() => this.session.request('coreGroup:list', {}));
    if (outcome.ok) this.members = byCreation(outcome.data);
    return outcome.ok;
  }

  invite(name: string) {
    return this.feedback.run(async () =>
      this.keep(await this.session.request('coreGroup:invite', { name })),
    );
  }

  /** Revokes the link; the member's open screens are closed by the server. */
  revoke(memberId: string) {
    return this.feedback.run(async () => {
      const member = await this.session.request('coreGroup:revoke', { memberId });
      this.upsert(member);
      this.hide(memberId);
      return member;
    });
  }

  /** Revokes the old link and shows the new one. */
  reissue(memberId: string) {
    return this.feedback.run(async () =>
      this.keep(await this.session.request('coreGroup:reissue', { memberId })),
    );
  }

  /** Takes a link off the screen once it has been handed over. */
  hide(memberId: string): void {
    this.issued = this.issued.filter((issued) => issued.member.id !== memberId);
  }

  private keep(issued: IssuedCoreGroupLink): IssuedCoreGroupLink {
    this.upsert(issued.member);
    this.issued = [issued, ...this.issued.filter((i) => i.member.id !== issued.member.id)];
    return issued;
  }

  private upsert(member: CoreGroupMember): void {
    this.members = byCreation([...this.members.filter((m) => m.id !== member.id), member]);
  }
}

function byCreation(members: CoreGroupMember[]): CoreGroupMember[] {
  return [...members].sort((a, b) => a.createdAt - b.createdAt);
}
