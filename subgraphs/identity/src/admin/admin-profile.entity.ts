import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { User } from '../user/user.entity.js';
import { Field, ID, ObjectType } from 'type-graphql';

@Entity({ tableName: 'admin_profiles' })
@ObjectType({ description: 'What RealServ keeps about an admin user; visible to admins only.' })
export class AdminProfile {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID, { description: 'The admin profile id.' })
  id: string = randomUUID();

  @ManyToOne(() => User, { mapToPk: true, fieldName: 'user_id', deleteRule: 'cascade' })
  @Unique({ name: 'admin_profiles_user_unique' })
  userId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The admin’s team, e.g. Operations; null when not set.' })
  department: string | null = null;

  /** Admin who created this admin; null for the bootstrap admin. */
  @Property({ type: 'uuid', nullable: true })
  createdByUserId: string | null = null;

  @Property({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the admin was created.' })
  createdAt: Date & Opt = new Date();
}
