import { z } from 'zod';
import { defineEvent } from '@realserv/platform/events';
import { id } from './fields.js';

/** Events the identity subgraph records. */

export const UserDeleted = defineEvent({
  name: 'UserDeleted',
  version: 1,
  producer: 'identity',
  description:
    'A user\'s account was deleted (by themself or an admin): identity erased their name, email, phone and addresses and removed their sign-in. Every subgraph anonymises the personal data it holds about them; records the law requires (orders, invoices) stay (docs/account-deletion.md).',
  schema: z.object({
    userId: id('The deleted user (RealServ user id); it stays on orders and other records, now anonymous.'),
    userType: z.enum(['BUYER', 'VENDOR', 'ADMIN']).describe('What the user was.'),
    deletedAt: z.string().describe('When (ISO 8601).'),
  }),
});
