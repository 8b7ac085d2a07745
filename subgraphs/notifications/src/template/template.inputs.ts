import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OptionalNotNull } from '@realserv/platform';
import type { NotificationChannel, NotificationKind } from '../notification/notification-kinds.js';
import { NotificationChannelEnum } from '../notification/notification.entity.js';
import { NotificationKindEnum, TemplateLanguage } from './notification-template.entity.js';

const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9]{0,49}$/;

/** Sizes: an SMS or push text is far shorter, but the email text part and WhatsApp session text may run long. */
const MAX_SUBJECT = 300;
const MAX_TEXT = 5000;
const MAX_HTML = 100_000;

@InputType({ description: 'Which templates to list; all fields optional.' })
export class NotificationTemplatesFilter {
  @Field(() => NotificationKindEnum, { nullable: true, description: 'Only this kind.' })
  @IsOptional()
  kind?: NotificationKind;

  @Field(() => NotificationChannelEnum, { nullable: true, description: 'Only this channel.' })
  @IsOptional()
  channel?: NotificationChannel;

  @Field(() => TemplateLanguage, { nullable: true, description: 'Only this language.' })
  @IsOptional()
  language?: TemplateLanguage;

  @Field({ defaultValue: false, description: 'Include earlier (inactive) versions; default only the active ones.' })
  includeInactive: boolean = false;
}

@InputType({ description: 'A template for a kind, channel and language that has no active one (a deactivated one may exist: this becomes its next version).' })
export class CreateNotificationTemplateInput {
  @Field(() => NotificationKindEnum, { description: 'What the template is for (decides the variables it may use).' })
  kind!: NotificationKind;

  @Field(() => NotificationChannelEnum, { description: 'The channel.' })
  channel!: NotificationChannel;

  @Field(() => TemplateLanguage, { description: 'The language.' })
  language!: TemplateLanguage;

  @Field(() => String, { nullable: true, description: 'EMAIL subject; PUSH and IN_APP title (required for those); none for SMS and WHATSAPP.' })
  @IsOptional()
  @MaxLength(MAX_SUBJECT)
  subject?: string | null;

  @Field({ description: 'Plain-text body with {{variable}} slots.' })
  @Length(1, MAX_TEXT)
  textBody!: string;

  @Field(() => String, { nullable: true, description: 'EMAIL only (required): HTML body; variables are escaped.' })
  @IsOptional()
  @MaxLength(MAX_HTML)
  htmlBody?: string | null;

  @Field(() => String, { nullable: true, description: 'WHATSAPP only (required): the approved template name at Meta.' })
  @IsOptional()
  @MaxLength(512)
  whatsappTemplateName?: string | null;

  @Field(() => [String], { nullable: true, description: 'WHATSAPP only (required): the variable for {{1}}, {{2}}, …' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(VARIABLE_NAME, { each: true, message: 'whatsappParameterOrder entries are variable names' })
  whatsappParameterOrder?: string[] | null;

  @Field(() => String, { nullable: true, description: 'SMS only (required): the 19-digit DLT content template id.' })
  @IsOptional()
  @MaxLength(30)
  dltTemplateId?: string | null;
}

@InputType({ description: 'The next version of a template: omitted fields keep the current version’s value; null clears one.' })
export class UpdateNotificationTemplateInput {
  @Field(() => ID, { description: 'The active version being replaced (an older one is CONFLICT: someone changed it since).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New subject or title (EMAIL, PUSH, IN_APP).' })
  @IsOptional()
  @MaxLength(MAX_SUBJECT)
  subject?: string | null;

  @Field({ nullable: true, description: 'New plain-text body (cannot be null).' })
  @OptionalNotNull()
  @Length(1, MAX_TEXT)
  textBody?: string;

  @Field(() => String, { nullable: true, description: 'New HTML body (EMAIL).' })
  @IsOptional()
  @MaxLength(MAX_HTML)
  htmlBody?: string | null;

  @Field(() => String, { nullable: true, description: 'New approved template name (WHATSAPP).' })
  @IsOptional()
  @MaxLength(512)
  whatsappTemplateName?: string | null;

  @Field(() => [String], { nullable: true, description: 'New parameter order (WHATSAPP).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(VARIABLE_NAME, { each: true, message: 'whatsappParameterOrder entries are variable names' })
  whatsappParameterOrder?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New DLT template id (SMS), after registering the changed text.' })
  @IsOptional()
  @MaxLength(30)
  dltTemplateId?: string | null;
}

@InputType({ description: 'One template variable and its value.' })
export class TemplateVariableInput {
  @Field({ description: 'The variable’s name, e.g. orderNumber.' })
  @Matches(VARIABLE_NAME, { message: 'name must be a variable name' })
  name!: string;

  @Field({ description: 'Its value as it would be sent (amounts already formatted, e.g. ₹1,234.50).' })
  @MaxLength(500)
  value!: string;
}

@ObjectType({ description: 'A WhatsApp template message as it would be sent.' })
export class WhatsAppTemplatePreview {
  @Field({ description: 'The approved template name.' }) templateName!: string;
  @Field(() => TemplateLanguage, { description: 'The template language.' }) language!: TemplateLanguage;
  @Field(() => [String], { description: 'Parameter values, {{1}} first.' }) parameters!: string[];
}

@ObjectType({ description: 'What a stored or logged copy shows: secrets (the delivery OTP) masked.' })
export class MaskedPreview {
  @Field(() => String, { nullable: true, description: 'Subject or title, secrets masked.' }) subject!: string | null;
  @Field({ description: 'Plain-text body, secrets masked.' }) text!: string;
}

@ObjectType({ description: 'A rendered template, not sent.' })
export class TemplatePreview {
  @Field(() => ID, { description: 'The template version used.' }) templateId!: string;
  @Field(() => Int, { description: 'Its version number.' }) templateVersion!: number;
  @Field(() => TemplateLanguage, { description: 'The language used (English when the asked one has no template).' }) language!: TemplateLanguage;
  @Field(() => String, { nullable: true, description: 'Subject or title.' }) subject!: string | null;
  @Field({ description: 'Plain-text body.' }) text!: string;
  @Field(() => String, { nullable: true, description: 'EMAIL: the HTML body.' }) html!: string | null;
  @Field(() => WhatsAppTemplatePreview, { nullable: true, description: 'WHATSAPP: the template message.' }) whatsapp!: WhatsAppTemplatePreview | null;
  @Field(() => String, { nullable: true, description: 'SMS: the DLT template id.' }) dltTemplateId!: string | null;
  @Field(() => MaskedPreview, { description: 'The copy RealServ stores and logs.' }) masked!: MaskedPreview;
}
