import { on, type EventSubscription } from '@realserv/platform';
import { UserDeleted } from '@realserv/contracts';
import { PushDevice } from '../device/push-device.entity.js';
import { NotificationPreference } from '../preference/notification-preference.entity.js';
import { Notification } from '../notification/notification.entity.js';

/**
 * A user deleted their account (identity): notifications forgets them. Push devices and
 * preferences go; sent messages keep their row (kind, channel, status: delivery bookkeeping) but
 * lose the destination, the variables and the text, which carry names, phones and amounts.
 * Contacts themselves are never cached here (RecipientDirectory asks identity at send time, and
 * identity answers a deleted user as inactive). docs/account-deletion.md.
 */
export const deletedUserSubscriptions: EventSubscription[] = [
  on(UserDeleted, 'forget-deleted-user', async (event, em) => {
    const userId = event.payload.userId;
    await em.nativeDelete(PushDevice, { userId });
    await em.nativeDelete(NotificationPreference, { userId });
    await em.nativeUpdate(Notification, { userId }, { destination: null, variables: {}, subject: null, body: '(erased: the account was deleted)' });
  }),
];
