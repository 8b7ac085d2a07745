import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageInput, Paginated, type RequestContext } from '@realserv/platform';
import type { NotificationChannel, NotificationKind } from '../notification/notification-kinds.js';
import { NotificationChannelEnum } from '../notification/notification.entity.js';
import { NotificationKindEnum, NotificationTemplate, TemplateLanguage } from './notification-template.entity.js';
import { CreateNotificationTemplateInput, NotificationTemplatesFilter, TemplatePreview, TemplateVariableInput, UpdateNotificationTemplateInput } from './template.inputs.js';
import { dltRegisteredText, kindVariables, secretVariables } from './template-rules.js';
import type { TemplateService } from './template.service.js';

@ObjectType({ description: 'One page of notification templates, by kind, channel, language and newest version first.' })
export class NotificationTemplatePage extends Paginated(NotificationTemplate) {}

/** Admin API for the words RealServ sends: list, write (new versions), deactivate and preview. */
@Resolver(() => NotificationTemplate)
export class TemplateResolver {
  constructor(private readonly templates: TemplateService) {}

  @Authorized('ADMIN')
  @Query(() => NotificationTemplatePage, { description: 'Admins only: notification templates, active versions unless includeInactive.' })
  notificationTemplates(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => NotificationTemplatesFilter, { nullable: true, description: 'Kind, channel, language, earlier versions.' }) filter?: NotificationTemplatesFilter,
    @Arg('page', () => PageInput, { nullable: true, description: 'Offset and limit (default the first 20).' }) page?: PageInput,
  ) {
    return this.templates.list(ctx, filter, page);
  }

  @Authorized('ADMIN')
  @Mutation(() => NotificationTemplate, {
    description:
      'Admins only: a template for a kind, channel and language with no active one. Errors: BAD_USER_INPUT naming the field (and `variable`) for an unknown variable, invalid syntax or a part the channel needs or does not have (EMAIL: subject, HTML and text; SMS: DLT id; WHATSAPP: template name and parameter order); CONFLICT when one is active.',
  })
  createNotificationTemplate(@Arg('input', { description: 'Kind, channel, language and content.' }) input: CreateNotificationTemplateInput, @Ctx() ctx: RequestContext): Promise<NotificationTemplate> {
    return this.templates.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => NotificationTemplate, {
    description:
      'Admins only: writes the next version of an active template (omitted fields kept) and deactivates the one given; notifications already sent keep theirs. Errors: BAD_USER_INPUT as for create; NOT_FOUND; CONFLICT when the version given is no longer the active one.',
  })
  updateNotificationTemplate(@Arg('input', { description: 'The active version and the changes.' }) input: UpdateNotificationTemplateInput, @Ctx() ctx: RequestContext): Promise<NotificationTemplate> {
    return this.templates.update(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => NotificationTemplate, {
    description: 'Admins only: stops sending this version; the channel then falls back to the English template, or is not used for the kind. Idempotent. Errors: NOT_FOUND.',
  })
  deactivateNotificationTemplate(@Arg('id', () => ID, { description: 'The template version.' }) id: string, @Ctx() ctx: RequestContext): Promise<NotificationTemplate> {
    return this.templates.deactivate(ctx, id);
  }

  @Authorized('ADMIN')
  @Query(() => TemplatePreview, {
    description: 'Admins only: renders the template a send would use (language falling back to English) without sending. Errors: BAD_USER_INPUT for an unknown or missing variable; NOT_FOUND when the kind has no template on the channel.',
  })
  async previewTemplate(
    @Arg('kind', () => NotificationKindEnum, { description: 'The kind to preview.' }) kind: NotificationKind,
    @Arg('channel', () => NotificationChannelEnum, { description: 'The channel to preview.' }) channel: NotificationChannel,
    @Arg('language', () => TemplateLanguage, { description: 'The recipient’s language; falls back to English like a real send.' }) language: TemplateLanguage,
    @Arg('variables', () => [TemplateVariableInput], { description: 'Every variable the template uses; names must be the kind’s, each once.' }) variables: TemplateVariableInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<TemplatePreview> {
    const rendered = await this.templates.preview(ctx, kind, channel, language, variables);
    return {
      ...rendered,
      language: rendered.language as TemplateLanguage,
      whatsapp: rendered.whatsapp ? { ...rendered.whatsapp, language: rendered.whatsapp.language as TemplateLanguage } : null,
    };
  }

  @FieldResolver(() => [String], { description: 'The variables this template may use (its kind’s).' })
  variables(@Root() template: NotificationTemplate): readonly string[] {
    return kindVariables(template.kind);
  }

  @FieldResolver(() => [String], { description: 'Of those, the secret ones: masked in stored and logged copies.' })
  secretVariables(@Root() template: NotificationTemplate): readonly string[] {
    return secretVariables(template.kind);
  }

  @FieldResolver(() => String, { nullable: true, description: 'SMS only: the text as registered on the DLT portal, each variable a {#var#} slot.' })
  dltRegisteredText(@Root() template: NotificationTemplate): string | null {
    return template.channel === 'SMS' ? dltRegisteredText(template.textBody) : null;
  }
}
