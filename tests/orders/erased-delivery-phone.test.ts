import pg from 'pg';
import type { AbstractSqlDriver } from '@mikro-orm/postgresql';
import type { Configuration } from '@mikro-orm/core';
import { serverUrl } from '../harness/subgraph-db.js';
import { placedOrder } from './order-helpers.js';
import { Migration20261201063700 } from '../../subgraphs/orders/src/migrations/Migration20261201063700.js';

/**
 * An erased delivery phone (a deleted buyer's orders; tests/identity/account-deletion.test.ts shows
 * the API answer null) is stored as null: the database refuses the old "" sentinel, and the
 * migration that made it so rewrites the "" already stored.
 */
const phoneOf = async (client: pg.Client, orderId: string) =>
  (await client.query<{ phone: unknown }>(`select delivery_address->'contactPhone' as phone from orders where id = $1`, [orderId])).rows[0]!.phone;

describe('an erased delivery phone', () => {
  it('is null, never "": the check constraint refuses "", and the migration rewrites a stored "" to null', async () => {
    const { order } = await placedOrder(1);
    const client = new pg.Client({ connectionString: serverUrl('orders') });
    await client.connect();
    try {
      expect(await phoneOf(client, order.id)).toMatch(/^\+91\d{10}$/);
      const blank = `update orders set delivery_address = jsonb_set(delivery_address, '{contactPhone}', '""'::jsonb) where id = $1`;
      await expect(client.query(blank, [order.id])).rejects.toMatchObject({ code: '23514', constraint: 'orders_delivery_phone_not_empty' });
      await client.query(`update orders set delivery_address = jsonb_set(delivery_address, '{contactPhone}', 'null'::jsonb) where id = $1`, [order.id]);
      expect(await phoneOf(client, order.id)).toBeNull();

      // The migration on a database holding "" (as before it): down, a "" stored, up again; rolled back.
      const migration = new Migration20261201063700(null as unknown as AbstractSqlDriver, null as unknown as Configuration);
      await client.query('begin');
      try {
        await migration.down();
        for (const sql of migration.getQueries()) await client.query(String(sql));
        expect(await phoneOf(client, order.id)).toBe('');
        migration.reset();
        await migration.up();
        for (const sql of migration.getQueries()) await client.query(String(sql));
        expect(await phoneOf(client, order.id)).toBeNull();
        await expect(client.query(blank, [order.id])).rejects.toMatchObject({ code: '23514' });
      } finally {
        await client.query('rollback');
      }
    } finally {
      await client.end();
    }
  });
});
