import type { DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { DEMO_USERS } from '@realserv/identity/demo-users';
import { signIn, signUp, type FirebaseSession } from './auth.js';
import { dataOf, graphql, type GraphQLResponse } from './graphql-client.js';

/** A signed-in person using the API, as the buyer app, vendor web or admin Sandbox would. */
export class Actor {
  constructor(
    public session: FirebaseSession,
    public userId: string | null = null,
  ) {}

  get token(): string {
    return this.session.idToken;
  }

  run<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<GraphQLResponse<T>> {
    return graphql(document, variables, { token: this.token });
  }

  /** Runs and insists on success. */
  async ok<T = Record<string, unknown>, V = Record<string, unknown>>(
    document: string | DocumentNode | TypedDocumentNode<T, V>,
    variables?: V,
  ): Promise<T> {
    return dataOf(await this.run(document, variables));
  }

  /** Signs in again to pick up claims set since (roles after register, vendorId after onboarding). */
  async refreshToken(): Promise<void> {
    this.session = await signIn(this.session.email, this.session.password);
  }
}

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) { id type }
  }
`;

/** Signed up in Firebase but not registered with RealServ. */
export async function newSignedInUser(prefix = 'user'): Promise<Actor> {
  return new Actor(await signUp(prefix));
}

/** A registered user of the given type, with a token that carries its role claims. */
export async function newRegisteredUser(type: 'BUYER' | 'VENDOR', fullName = 'Test User'): Promise<Actor> {
  const actor = await newSignedInUser(type.toLowerCase());
  const data = await actor.ok<{ register: { id: string } }>(REGISTER, { input: { fullName, type } });
  actor.userId = data.register.id;
  await actor.refreshToken();
  return actor;
}

export const newBuyer = (fullName = 'Test Buyer') => newRegisteredUser('BUYER', fullName);
export const newVendorUser = (fullName = 'Test Vendor') => newRegisteredUser('VENDOR', fullName);

/** The seeded admin (created by the identity seed in the embedded default). */
export async function seededAdmin(): Promise<Actor> {
  const admin = DEMO_USERS.find((u) => u.type === 'ADMIN')!;
  return new Actor(await signIn(admin.email, admin.password));
}
