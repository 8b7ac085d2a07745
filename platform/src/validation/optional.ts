import { IsDefined, ValidateIf } from 'class-validator';

/**
 * An input field that may be omitted (leave the value as it is) but not set to `null`: the value
 * it changes can never be empty (a name, a price, a flag). class-validator's `@IsOptional()` lets
 * `null` through to the service, where it used to become an internal error ("cannot read
 * properties of null"); with this it is BAD_USER_INPUT naming the field, and every other
 * decorator on the field still applies to a present value. Fields whose value may be cleared
 * keep `@IsOptional()` and handle `null` in the service.
 */
export function OptionalNotNull(): PropertyDecorator {
  return (target, property) => {
    ValidateIf((_object, value) => value !== undefined)(target, property);
    IsDefined({ message: '$property may be omitted but not null' })(target, property);
  };
}
