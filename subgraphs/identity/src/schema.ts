import { z } from 'zod';
import { PeerClient, defineSubgraph, firebaseAuth, firebaseConfigSchema, type RequestContext } from '@realserv/platform';
import { PeerAddressLocator } from './address/address-location.js';
import { FirebaseIdentityProvider } from './auth/identity-provider.js';
import { User } from './user/user.entity.js';
import { UserResolver } from './user/user.resolver.js';
import { UserService } from './user/user.service.js';
import { usersById } from './user/user.loaders.js';
import { BuyerProfile } from './buyer/buyer-profile.entity.js';
import { BuyerProfileResolver } from './buyer/buyer-profile.resolver.js';
import { BuyerProfileService } from './buyer/buyer-profile.service.js';
import { AdminProfile } from './admin/admin-profile.entity.js';
import { PeerAccountDeletionCheck } from './deletion/account-deletion-check.js';
import { DeliveryAddress } from './address/delivery-address.entity.js';
import { DeliveryAddressResolver } from './address/delivery-address.resolver.js';
import { DeliveryAddressService } from './address/delivery-address.service.js';
import { ServiceAddressResolver } from './address/service-address.resolver.js';
import { NotificationRecipientResolver } from './user/notification-recipient.resolver.js';
import { migrations } from './migrations/index.js';
import { seedDemoUsers } from './seed.js';

/** The identity subgraph: users, buyer profiles, delivery addresses, admins. */
export const identitySubgraph = defineSubgraph({
  name: 'identity',
  resolvers: [UserResolver, BuyerProfileResolver, DeliveryAddressResolver, ServiceAddressResolver, NotificationRecipientResolver],
  entities: [User, BuyerProfile, DeliveryAddress, AdminProfile],
  migrations,
  events: true,
  configSchema: z.object({
    ...firebaseConfigSchema.shape,
    PEER_INTEGRATIONS_URL: z.string().url(),
    PEER_INTEGRATIONS_KEY: z.string().min(32),
    PEER_ORDERS_URL: z.string().url(),
    PEER_ORDERS_KEY: z.string().min(32),
  }),
  referenceResolvers: {
    User: (reference, ctx: RequestContext) => ctx.loaders.get(usersById).load(String(reference.id)),
  },
  wire: ({ config }) => {
    const orders = new PeerClient({ self: 'identity', peer: 'orders', url: config.PEER_ORDERS_URL, key: config.PEER_ORDERS_KEY });
    const users = new UserService(new FirebaseIdentityProvider(firebaseAuth(config)), new PeerAccountDeletionCheck(orders));
    const integrations = new PeerClient({ self: 'identity', peer: 'integrations', url: config.PEER_INTEGRATIONS_URL, key: config.PEER_INTEGRATIONS_KEY });
    const addresses = new DeliveryAddressService(users, new PeerAddressLocator(integrations));
    return {
      resolvers: [
        new UserResolver(users),
        new BuyerProfileResolver(new BuyerProfileService(users)),
        new DeliveryAddressResolver(addresses),
        new ServiceAddressResolver(addresses),
      ],
    };
  },
  seed: (runtime) => seedDemoUsers(runtime),
});
