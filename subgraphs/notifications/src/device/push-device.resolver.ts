import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { Length, Matches } from 'class-validator';
import type { RequestContext } from '@realserv/platform';
import { PushDevice, PushPlatform } from './push-device.entity.js';
import type { PushDeviceService } from './push-device.service.js';

const DEVICE_ID = /^[A-Za-z0-9._:-]+$/;

@InputType({ description: 'The app’s device and its current FCM registration token.' })
export class RegisterPushDeviceInput {
  @Field({ description: 'The app’s stable id for this device: 1–200 letters, digits, dots, colons, underscores or hyphens.' })
  @Length(1, 200)
  @Matches(DEVICE_ID, { message: 'deviceId may contain letters, digits, dots, colons, underscores and hyphens' })
  deviceId!: string;

  @Field({ description: 'The FCM registration token (from the Firebase SDK on the device).' })
  @Length(20, 4096)
  @Matches(/^\S+$/, { message: 'token must not contain spaces' })
  token!: string;

  @Field(() => PushPlatform, { description: 'Android, iOS or web.' })
  platform!: PushPlatform;
}

@Resolver(() => PushDevice)
export class PushDeviceResolver {
  constructor(private readonly devices: PushDeviceService) {}

  @Authorized()
  @Mutation(() => PushDevice, {
    description: 'Registers the signed-in user’s device for push, or refreshes its token; call on every app start and token refresh. A token registered elsewhere moves here. Errors: FORBIDDEN until registered.',
  })
  registerPushDevice(@Arg('input', { description: 'The device and its token.' }) input: RegisterPushDeviceInput, @Ctx() ctx: RequestContext): Promise<PushDevice> {
    return this.devices.register(ctx, input);
  }

  @Authorized()
  @Mutation(() => PushDevice, { description: 'Stops push to one of the signed-in user’s devices (sign-out). Errors: NOT_FOUND for a device that is not theirs.' })
  removePushDevice(@Arg('deviceId', { description: 'The deviceId it was registered with.' }) deviceId: string, @Ctx() ctx: RequestContext): Promise<PushDevice> {
    return this.devices.remove(ctx, deviceId);
  }

  @Authorized()
  @Query(() => [PushDevice], { description: 'The signed-in user’s devices registered for push, most recently seen first.' })
  myPushDevices(@Ctx() ctx: RequestContext): Promise<PushDevice[]> {
    return this.devices.mine(ctx);
  }
}
