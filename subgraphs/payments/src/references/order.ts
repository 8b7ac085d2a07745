import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Order is owned by orders; payments contributes `Order.payment`. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Order {
  @Field(() => ID)
  id!: string;
}
