import { newBuyer, newSignedInUser } from '../harness/actors.js';
import { graphql } from '../harness/graphql-client.js';

const MY_NOTIFICATIONS = /* GraphQL */ `
  query MyNotifications($unreadOnly: Boolean) {
    myNotifications(unreadOnly: $unreadOnly, page: { limit: 10 }) {
      unreadCount
      pageInfo { totalCount }
      items { id kind channel subject body status readAt }
    }
  }
`;

describe('the in-app feed', () => {
  test('a new buyer has an empty feed', async () => {
    const buyer = await newBuyer();
    const data = await buyer.ok<{ myNotifications: { unreadCount: number; pageInfo: { totalCount: number } } }>(MY_NOTIFICATIONS);
    expect(data.myNotifications).toMatchObject({ unreadCount: 0, pageInfo: { totalCount: 0 } });
  });

  test('anonymous callers and unregistered accounts are refused', async () => {
    const anonymous = await graphql(MY_NOTIFICATIONS, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unregistered = await newSignedInUser();
    const response = await unregistered.run(MY_NOTIFICATIONS);
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
