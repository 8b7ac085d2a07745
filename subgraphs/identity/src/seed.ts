import { firebaseAuth, type SubgraphRuntime, type FirebaseConfig, type SubgraphConfig } from '@realserv/platform';
import { FirebaseIdentityProvider } from './auth/identity-provider.js';
import { DEMO_USERS } from './demo-users.js';
import { UserService } from './user/user.service.js';
import { DeliveryAddress, LocationSource } from './address/delivery-address.entity.js';

/** Creates the demo accounts in Firebase Auth (the emulator locally) and registers them. Idempotent. */
export async function seedDemoUsers(runtime: SubgraphRuntime<SubgraphConfig & FirebaseConfig>): Promise<void> {
  const identity = new FirebaseIdentityProvider(firebaseAuth(runtime.config));
  // The seed only registers users; it never deletes one, so it needs no deletion check.
  const users = new UserService(identity, { blockersOf: () => Promise.reject(new Error('the demo seed deletes no account')) });
  const em = runtime.orm.em.fork();
  for (const demo of DEMO_USERS) {
    const firebaseUid =
      (await identity.findUserByEmail(demo.email)) ??
      (await identity.createUser({ email: demo.email, password: demo.password, displayName: demo.fullName }));
    const user = await users.ensureUser(em, {
      firebaseUid,
      email: demo.email,
      fullName: demo.fullName,
      type: demo.type,
      phone: demo.phone,
      ...('vendorId' in demo ? { vendorId: demo.vendorId } : {}),
    });
    if ('deliveryAddress' in demo && !(await em.count(DeliveryAddress, { userId: user.id }))) {
      em.create(DeliveryAddress, { ...demo.deliveryAddress, userId: user.id, landmark: null, locationSource: LocationSource.CLIENT, isDefault: true });
      await em.flush();
    }
  }
}
