import type { PeerClient } from '@realserv/platform';
import { SupportAssigneeDocument } from './generated/identity.js';

/** Who may be assigned a support ticket: an active admin, as identity (which owns users) says. */
export interface SupportAssignees {
  isActiveAdmin(userId: string, requestId: string): Promise<boolean>;
}

export class PeerSupportAssignees implements SupportAssignees {
  constructor(private readonly identity: PeerClient) {}

  async isActiveAdmin(userId: string, requestId: string): Promise<boolean> {
    const [user] = (await this.identity.request(SupportAssigneeDocument, { id: userId }, requestId)).notificationRecipients;
    return user?.type === 'ADMIN' && user.status === 'ACTIVE';
  }
}
