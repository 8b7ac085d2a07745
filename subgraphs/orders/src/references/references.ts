import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Entities other subgraphs own; orders refers to them by key and never resolves them. */
@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class User {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Vendor {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class Material {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
@Directive('@key(fields: "id", resolvable: false)')
export class LaborCategory {
  @Field(() => ID)
  id!: string;
}

export function ref<T extends { id: string }>(type: new () => T, id: string): T {
  const value = new type();
  value.id = id;
  return value;
}
